/**
 * The sitemap of a site with more URLs than one file holds: an index of files per content
 * type, each well-formed XML read by a strict parser, together listing exactly the public
 * URLs once — no draft, withdrawn or not-yet-due article, no other site's — and a file
 * number that names no file is a 404, never a 500. On both databases.
 */
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createArticle } from '../../articles/articles.service.js';
import { findCategoryBySlug } from '../../categories/index.js';
import type { Database } from '../../db/schema.js';
import { SITEMAP_CHUNK, urlset, type SitemapEntry } from '../../feeds/sitemap.js';
import { publicNow } from '../../publishing/read-gate.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { albumPath, articlePath, consultationPath, documentPath, questionPath } from '../../urls/paths.js';

const CHUNK = 7;
const ORIGIN = 'http://camlo.localhost';

/** Root element and every <loc>, read strictly (a well-formedness error throws). */
function readXml(xml: string): { root: string; locs: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const found = { root: '', locs: [] as string[] };
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (found.root === '') found.root = tag.name;
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (tag) => {
    if (tag.name === 'loc') found.locs.push(text);
  });
  parser.write(xml).close();
  return found;
}

/** Every public URL of the site with a page of its own, from storage through the read gate. */
async function publicUrls(db: Kysely<Database>, siteId: number): Promise<Map<string, string[]>> {
  const articles = await db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select(['a.slug', 'c.slug as cat'])
    .where('a.site_id', '=', siteId)
    .where(publicNow('a'))
    .execute();
  const slugs = async (table: 'legal_documents' | 'albums' | 'questions' | 'consultations') =>
    (await db.selectFrom(table).select('slug').where('site_id', '=', siteId).where(publicNow(table)).execute()).flatMap((r) => (r.slug === null ? [] : [r.slug]));
  return new Map([
    ['bai-viet', articles.map((r) => `${ORIGIN}${articlePath(r.cat, r.slug)}`)],
    ['van-ban', (await slugs('legal_documents')).map((s) => `${ORIGIN}${documentPath(s)}`)],
    ['thu-vien-anh', (await slugs('albums')).map((s) => `${ORIGIN}${albumPath(s)}`)],
    ['hoi-dap', (await slugs('questions')).map((s) => `${ORIGIN}${questionPath(s)}`)],
    ['lay-y-kien', (await slugs('consultations')).map((s) => `${ORIGIN}${consultationPath(s)}`)],
  ]);
}

describe.each(TEST_DIALECTS)('chunked sitemaps on %s', (dialect) => {
  let t: TestApp;
  let siteId = 0;
  const hidden: string[] = [];
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });

  beforeAll(async () => {
    // Rows are written straight to storage here (no editorial event): what is tested is the
    // queries, uncached; that the page cache drops these pages on a change is web/page-cache's test.
    t = await createTestApp(dialect, { articlesPerSite: 20, sitemapLimit: CHUNK, environment: { PAGE_CACHE: 'off' } });
    const db = t.database.db.kysely;
    siteId = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    const category = await findCategoryBySlug(db, siteId, 'tin-tuc-su-kien');
    const write = async (title: string, status: 'draft' | 'published', publishedAt?: string) =>
      createArticle(db, { siteId, categoryId: category?.id ?? 0, title, lead: '', bodyHtml: '<p>x</p>', status, publishedAt });
    const draft = await write('Bản nháp không lên sitemap', 'draft');
    const future = await write('Tin hẹn giờ chưa tới', 'published', '2099-01-01T00:00:00.000Z');
    const withdrawn = await write('Tin đã gỡ khỏi sitemap', 'published', '2026-01-01T00:00:00.000Z');
    await db.updateTable('articles').set({ status: 'withdrawn' }).where('id', '=', withdrawn.id).execute();
    for (const row of [draft, future, withdrawn]) hidden.push(`${ORIGIN}${articlePath('tin-tuc-su-kien', row.slug)}`);
  }, 120_000);
  afterAll(() => t.close());

  it('indexes files of at most the chunk size per content type, together listing each public URL exactly once', async () => {
    const expected = await publicUrls(t.database.db.kysely, siteId);
    const index = readXml((await get('/sitemap.xml')).body);
    expect(index.root).toBe('sitemapindex');
    expect(index.locs[0]).toBe(`${ORIGIN}/sitemap-trang.xml`);
    const listed: string[] = [];
    for (const [slug, urls] of expected) {
      const files = index.locs.filter((loc) => loc.startsWith(`${ORIGIN}/sitemap-${slug}-`));
      expect(files.length, slug).toBe(Math.ceil(urls.length / CHUNK));
      files.forEach((loc, i) => expect(loc).toBe(`${ORIGIN}/sitemap-${slug}-${i + 1}.xml`));
      const ofType: string[] = [];
      for (const loc of files) {
        const res = await get(new URL(loc).pathname);
        expect(res.statusCode, loc).toBe(200);
        expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
        const file = readXml(res.body);
        expect(file.root).toBe('urlset');
        expect(file.locs.length, loc).toBeGreaterThan(0);
        expect(file.locs.length, loc).toBeLessThanOrEqual(CHUNK);
        ofType.push(...file.locs);
      }
      expect([...ofType].sort(), slug).toEqual([...urls].sort());
      listed.push(...ofType);
    }
    expect(new Set(listed).size).toBe(listed.length);
    expect(expected.get('bai-viet')?.length ?? 0).toBeGreaterThan(2 * CHUNK);
    for (const url of hidden) expect(listed).not.toContain(url);
    for (const url of listed) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  });

  it('lists home, pages, categories and topics in /sitemap-trang.xml', async () => {
    const fixed = readXml((await get('/sitemap-trang.xml')).body);
    expect(fixed.root).toBe('urlset');
    expect(fixed.locs).toContain(`${ORIGIN}/`);
    expect(fixed.locs).toContain(`${ORIGIN}/tin-tuc-su-kien`);
    expect(new Set(fixed.locs).size).toBe(fixed.locs.length);
  });

  it('answers 404 for a file number that names no file', async () => {
    const articleFiles = Math.ceil(((await publicUrls(t.database.db.kysely, siteId)).get('bai-viet')?.length ?? 0) / CHUNK);
    for (const n of ['0', '-1', '99999', '1e3', '01', '1.5', ' 1', '%00', 'x', '9'.repeat(400), String(articleFiles + 1)]) {
      for (const type of ['bai-viet', 'van-ban', 'lay-y-kien']) {
        const res = await get(`/sitemap-${type}-${encodeURIComponent(n)}.xml`);
        expect(res.statusCode, `${type} ${n}`).toBe(404);
      }
    }
    expect((await get('/sitemap-khong-co-1.xml')).statusCode).toBe(404);
  });

  it('keeps another site’s content out of this site’s files', async () => {
    const db = t.database.db.kysely;
    const other = t.services.registry.bySlugOrUndefined('dongha')?.id ?? 0;
    const category = await findCategoryBySlug(db, other, 'tin-tuc-su-kien');
    const theirs = await createArticle(db, { siteId: other, categoryId: category?.id ?? 0, title: 'Tin riêng của Đông Hà trong sitemap', lead: '', bodyHtml: '<p>x</p>', status: 'published', publishedAt: '2026-01-02T00:00:00.000Z' });
    const index = readXml((await get('/sitemap.xml')).body);
    for (const loc of index.locs) expect((await get(new URL(loc).pathname)).body, loc).not.toContain(theirs.slug);
    const their = readXml((await get('/sitemap.xml', 'dongha.localhost')).body);
    const listed: string[] = [];
    for (const loc of their.locs) listed.push(...readXml((await get(new URL(loc).pathname, 'dongha.localhost')).body).locs);
    expect(listed).toContain(`http://dongha.localhost${articlePath('tin-tuc-su-kien', theirs.slug)}`);
  });
});

describe('a urlset', () => {
  it('escapes every value, and a file stays within the protocol\'s limit', () => {
    const entries: SitemapEntry[] = [
      { loc: 'http://x.localhost/a?b=1&c=<2>', lastmod: '2026-12-05T03:15:00.000Z' },
      { loc: `http://x.localhost/"'\u0001]]>` },
    ];
    expect(readXml(urlset(entries)).locs).toEqual(['http://x.localhost/a?b=1&c=<2>', `http://x.localhost/"']]>`]);
    expect(SITEMAP_CHUNK).toBeLessThanOrEqual(50_000);
  });
});
