/**
 * The /tim-kiem page and the header search form over HTTP, with one suite run on every
 * database: the query kept in the box, highlighted results, "not found" with the
 * folded suggestion, province-wide results naming their portal, pagination, and
 * hostile input that gets a page or a clear 400, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../../db/database.js';
import { loadSeedArticle } from '../../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument, textOf } from '../../../test-support/html.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

const seed = loadSeedArticle();
const SEED_PATH = `/${seed.category}/${seed.expectedSlug}`;

const HOSTILE = [
  '"',
  '*',
  'NEAR(',
  'NEAR(a b, 2)',
  'OR OR',
  ')',
  '(((',
  'a" OR "b',
  "'",
  "\\'",
  '{title lead}: x',
  'x:* & !y <-> z',
  "'; DROP TABLE articles; --",
  '1 UNION SELECT password_hash FROM users',
  'bình\u0000đẳng',
  '\u0000',
  '😀',
  '<script>alert(1)</script>',
  '%',
  '_',
  'x'.repeat(10_000),
  'từ '.repeat(40),
];

function searchPageSuite(dialect: Dialect) {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });
  const search = (q: string, host = 'camlo.localhost', extra = '') => get(`/tim-kiem?q=${encodeURIComponent(q)}${extra}`, host);

  it('puts a search form in the header of every page', async () => {
    const doc = parseDocument((await get('/')).body);
    const form = doc.querySelector('header form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/tim-kiem');
    expect(form?.getAttribute('method')).toBe('get');
    const input = form?.querySelector('input[name="q"]');
    expect(textOf(doc.querySelector(`label[for="${input?.getAttribute('id') ?? ''}"]`))).toBe('Tìm kiếm');
  });

  it('shows results with the query kept in the box and the matched words marked', async () => {
    const res = await search('binh dang gioi');
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('h1'))).toBe('Tìm kiếm');
    expect(doc.querySelectorAll('h1').length).toBe(1);
    const main = doc.querySelector('main');
    const input = main?.querySelector('form[role="search"] input[name="q"]');
    expect(input?.getAttribute('value')).toBe('binh dang gioi');
    expect(textOf(main?.querySelector(`label[for="${input?.getAttribute('id') ?? ''}"]`))).toBe('Từ khóa');
    expect(textOf(doc.querySelector('[role="status"]'))).toMatch(/^Tìm thấy \d+ kết quả cho “binh dang gioi”/);
    const first = doc.querySelector('.search-result');
    expect(first?.querySelector('h2 a')?.getAttribute('href')).toBe(SEED_PATH);
    expect(Array.from(first?.querySelectorAll('h2 mark') ?? []).map(textOf)).toEqual(['Bình', 'đẳng', 'giới']);
    expect(first?.querySelector('.search-result__snippet mark')).not.toBeNull();
    expect(first?.querySelector('.search-result__source')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('title')?.textContent).toContain('binh dang gioi');
  });

  it('says clearly when nothing is found and suggests the query without diacritics', async () => {
    const doc = parseDocument((await search('“Bình đẳng giới” xyzzy')).body);
    expect(textOf(doc.querySelector('[role="status"]'))).toContain('Không tìm thấy kết quả nào cho ““Bình đẳng giới” xyzzy”');
    const suggestion = doc.querySelector('.search-suggestion a');
    expect(textOf(suggestion)).toBe('binh dang gioi xyzzy');
    expect(suggestion?.getAttribute('href')).toBe('/tim-kiem?q=binh+dang+gioi+xyzzy');
    expect(doc.querySelector('.search-results:not(.search-results--near)')).toBeNull();
    const plain = parseDocument((await search('xyzzy qwv')).body);
    expect(textOf(plain.querySelector('[role="status"]'))).toContain('Không tìm thấy');
    expect(plain.querySelector('.search-suggestion')).toBeNull();
    expect(plain.querySelector('.search-result')).toBeNull();
    expect(plain.querySelector('.search-near')).toBeNull();
    expect(plain.body.textContent).not.toContain('Kết quả gần đúng');
  });

  it('offers near matches under an accessible heading when a mistyped query finds nothing', async () => {
    const doc = parseDocument((await search('binh dang gioj')).body);
    expect(textOf(doc.querySelector('[role="status"]'))).toContain('Không tìm thấy kết quả nào cho “binh dang gioj”');
    expect(doc.querySelector('.search-results:not(.search-results--near)')).toBeNull();
    const near = doc.querySelector('section.search-near');
    const heading = near?.querySelector('h2');
    expect(textOf(heading)).toBe('Kết quả gần đúng');
    expect(near?.getAttribute('aria-labelledby')).toBe(heading?.getAttribute('id'));
    const first = near?.querySelector('ol.search-results li.search-result');
    expect(first?.querySelector('h3 a')?.getAttribute('href')).toBe(SEED_PATH);
    expect(Array.from(first?.querySelectorAll('h3 mark') ?? []).map(textOf)).toEqual(['Bình', 'đẳng', 'giới']);
    expect(doc.querySelectorAll('h1').length).toBe(1);
    // The folded suggestion comes first, then the near matches.
    const suggestion = parseDocument((await search('Bình đẳng giớj')).body);
    const order = Array.from(suggestion.querySelectorAll('.search-suggestion, .search-near')).map((e) => e.className);
    expect(order).toEqual(['search-suggestion', 'search-near']);
  });

  it('searches only its own site on a district portal', async () => {
    const doc = parseDocument((await search('bình đẳng giới')).body);
    const hrefs = Array.from(doc.querySelectorAll('.search-result h2 a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/'))).toBe(true);
    expect(doc.querySelector('select[name="cong"]')).toBeNull();
  });

  it('searches every portal on the province and names the source portal of each hit', async () => {
    const doc = parseDocument((await search('bình đẳng giới', 'localhost:3000')).body);
    const first = doc.querySelector('.search-result');
    expect(first?.querySelector('h2 a')?.getAttribute('href')).toBe(`http://camlo.localhost:3000${SEED_PATH}`);
    expect(textOf(first?.querySelector('.search-result__source'))).toBe('Nguồn: Cổng thông tin điện tử huyện Cam Lộ');
    expect(first?.querySelector('.search-result__source a')?.getAttribute('href')).toBe('http://camlo.localhost:3000/');
    const sources = new Set(Array.from(doc.querySelectorAll('.search-result__source a')).map(textOf));
    expect(sources.size).toBeGreaterThan(1);
    const live = parseDocument((await search('bình đẳng giới', 'quangtri.gov.vn')).body);
    expect(live.querySelector('.search-result h2 a')?.getAttribute('href')).toMatch(new RegExp(`^https?://camlo\\.quangtri\\.gov\\.vn${SEED_PATH}$`));
  });

  it('narrows the province search to one portal with ?cong=', async () => {
    const doc = parseDocument((await search('bình đẳng giới', 'localhost', '&cong=camlo')).body);
    const sources = Array.from(doc.querySelectorAll('.search-result__source a')).map(textOf);
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(['Cổng thông tin điện tử huyện Cam Lộ']));
    expect(doc.querySelector('select[name="cong"] option[selected]')?.getAttribute('value')).toBe('camlo');
    expect((await search('bình đẳng giới', 'localhost', '&cong=khongco')).statusCode).toBe(400);
    expect((await search('bình đẳng giới', 'localhost', '&cong=..%2Fx')).statusCode).toBe(400);
  });

  it('narrows the search to one kind of content with ?loai= and names the kind of every result', async () => {
    const kindsOf = (doc: ReturnType<typeof parseDocument>) => new Set(Array.from(doc.querySelectorAll('.search-result__kind')).map(textOf));
    const hrefsOf = (doc: ReturnType<typeof parseDocument>) => Array.from(doc.querySelectorAll('.search-result h2 a')).map((a) => a.getAttribute('href') ?? '');
    const totalOf = (doc: ReturnType<typeof parseDocument>) => Number(/Tìm thấy (\d+) kết quả/.exec(textOf(doc.querySelector('[role="status"]')))?.[1] ?? NaN);
    const all = parseDocument((await search('Cam Lộ')).body);
    const LABELS = ['Tin bài', 'Trang', 'Văn bản', 'Hỏi đáp', 'Lấy ý kiến', 'Thư viện ảnh'];
    for (const kind of kindsOf(all)) expect(LABELS).toContain(kind);
    expect(all.querySelectorAll('.search-result__kind').length).toBe(all.querySelectorAll('.search-result').length);
    // The choice offers the kinds the index holds, and keeps the one chosen.
    const options = Array.from(all.querySelectorAll('main select[name="loai"] option')).map((o) => [o.getAttribute('value'), textOf(o)]);
    expect(options).toEqual([['', 'Tất cả các loại'], ['tin-bai', 'Tin bài'], ['trang', 'Trang'], ['van-ban', 'Văn bản'], ['hoi-dap', 'Hỏi đáp'], ['lay-y-kien', 'Lấy ý kiến'], ['thu-vien-anh', 'Thư viện ảnh']]);
    expect(textOf(all.querySelector('label[for="loai"]'))).toBe('Loại nội dung');

    const pages = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=trang')).body);
    expect(kindsOf(pages)).toEqual(new Set(['Trang']));
    expect(hrefsOf(pages).length).toBeGreaterThan(0);
    for (const href of hrefsOf(pages)) expect(href).toMatch(/^\/trang\//);
    expect(pages.querySelector('select[name="loai"] option[selected]')?.getAttribute('value')).toBe('trang');

    const articles = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=tin-bai')).body);
    expect(kindsOf(articles)).toEqual(new Set(['Tin bài']));
    for (const href of hrefsOf(articles)) expect(href).not.toMatch(/^\/(trang|van-ban|hoi-dap|lay-y-kien|thu-vien-anh)\//);
    const next = articles.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    if (next !== undefined && next !== null) expect(new URL(next, 'http://x').searchParams.get('loai')).toBe('tin-bai');

    // The demo's documents and draft plan of Cam Lộ are found under their kinds, at their addresses.
    const documents = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=van-ban')).body);
    expect(kindsOf(documents)).toEqual(new Set(['Văn bản']));
    for (const href of hrefsOf(documents)) expect(href).toMatch(/^\/van-ban\/[a-z0-9-]+$/);
    const consultations = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=lay-y-kien')).body);
    expect(kindsOf(consultations)).toEqual(new Set(['Lấy ý kiến']));
    for (const href of hrefsOf(consultations)) expect(href).toMatch(/^\/lay-y-kien\/[a-z0-9-]+$/);
    expect(totalOf(documents)).toBeGreaterThan(0);
    expect(totalOf(consultations)).toBeGreaterThan(0);
    // Every result is of one kind: the choices split the whole.
    // This app's demo has no albums (they need a media folder): that choice finds nothing.
    const albums = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=thu-vien-anh')).body);
    expect(albums.querySelectorAll('.search-result').length).toBe(0);
    expect(totalOf(pages)).toBeGreaterThan(0);
    expect(totalOf(articles)).toBeGreaterThan(0);
    const questions = parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=hoi-dap')).body);
    const questionTotal = questions.querySelectorAll('.search-result').length === 0 ? 0 : totalOf(questions);
    expect(totalOf(pages) + totalOf(articles) + totalOf(documents) + totalOf(consultations) + questionTotal).toBe(totalOf(all));
    expect(totalOf(parseDocument((await search('Cam Lộ', 'camlo.localhost', '&loai=')).body))).toBe(totalOf(all));

    for (const bad of ['tin', 'article', 'TIN-BAI', '..%2Fx', '%00']) {
      const res = await search('Cam Lộ', 'camlo.localhost', `&loai=${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.body).toContain('Loại nội dung tìm kiếm không hợp lệ: tham số loai chỉ nhận một trong các giá trị tin-bai, trang, van-ban, hoi-dap, lay-y-kien, thu-vien-anh');
    }
    expect((await get('/tim-kiem?q=a&loai=trang&loai=tin-bai')).statusCode).toBe(400);
  });

  it('paginates like category pages, keeping the query', async () => {
    const first = parseDocument((await search('nông thôn', 'localhost')).body);
    const next = first.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? '';
    expect(next).toBe('/tim-kiem?q=n%C3%B4ng+th%C3%B4n&trang=2');
    const second = parseDocument((await get(next, 'localhost')).body);
    expect(second.querySelector('.search-results')?.getAttribute('start')).toBe('11');
    expect(second.querySelector('.search-result h2 a')?.getAttribute('href')).not.toBe(first.querySelector('.search-result h2 a')?.getAttribute('href'));
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/tim-kiem?q=n%C3%B4ng+th%C3%B4n');
    for (const bad of ['0', '-1', 'abc', '1.5', '9999999']) expect((await search('nông thôn', 'localhost', `&trang=${bad}`)).statusCode).toBe(400);
    expect((await search('nông thôn', 'localhost', '&trang=500')).statusCode).toBe(404);
  });

  it('shows the form and a hint without a query', async () => {
    for (const url of ['/tim-kiem', '/tim-kiem?q=', '/tim-kiem?q=+++']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const doc = parseDocument(res.body);
      expect(doc.querySelector('main form[role="search"] input[name="q"]')).not.toBeNull();
      expect(doc.querySelector('.search-prompt')).not.toBeNull();
    }
  });

  it('refuses queries that are too long with a clear Vietnamese 400', async () => {
    for (const q of ['a'.repeat(201), Array.from({ length: 13 }, (_, i) => `tu${i}`).join(' '), 'x'.repeat(10_000)]) {
      const res = await search(q);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Từ khóa tìm kiếm quá dài');
    }
    expect((await get('/tim-kiem?q=a&q=b')).statusCode).toBe(400);
  });

  it('answers hostile queries with a page or a 400, never a server error', async () => {
    for (const host of ['camlo.localhost', 'localhost']) {
      for (const q of HOSTILE) {
        const res = await search(q, host);
        expect([200, 400], `${host} ${JSON.stringify(q.slice(0, 40))}`).toContain(res.statusCode);
        expect(res.body).not.toContain('<script>alert(1)</script>');
      }
    }
    for (const raw of ['/tim-kiem?q=%00', '/tim-kiem?q=%E0%A4%A', '/tim-kiem?q=%', '/tim-kiem?q[]=x', '/tim-kiem?q=%22%29%28*']) {
      const res = await get(raw);
      expect(res.statusCode, raw).toBeLessThan(500);
    }
  });
}

describe.each(TEST_DIALECTS)('the search page on %s', (dialect) => {
  searchPageSuite(dialect);
});
