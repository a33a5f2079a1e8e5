/**
 * Category and tag pages by keyset, as a reader walks them: "Tin cũ hơn" from the top to
 * the end shows every public article once, in the order OFFSET pages would have shown
 * (ties on equal times broken by id), and "Tin mới hơn" walks back through the same pages.
 * Old `?trang=N` bookmarks still land on their rows; a hostile cursor is a 400 page, never
 * a 500, and a cursor cannot show another category's articles. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelations } from '../../articles/articles.repo.js';
import { createArticle } from '../../articles/articles.service.js';
import { findCategoryBySlug, listCategories } from '../../categories/index.js';
import { publicNow } from '../../publishing/read-gate.js';
import { encodeListCursor } from '../../publishing/list-cursor.js';
import { OFFSET_PAGES } from '../../publishing/list-window.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { articlePath } from '../../urls/paths.js';

const PAGE = 20;
const CATEGORY = 'tin-tuc-su-kien';
/** Enough for pages past the ones an old `?trang=N` is answered in place. */
const ADDED = (OFFSET_PAGES + 2) * PAGE;

describe.each(TEST_DIALECTS)('keyset list pages on %s', (dialect) => {
  let t: TestApp;
  let siteId = 0;
  let categoryId = 0;
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });

  beforeAll(async () => {
    // Rows are written straight to storage here (no editorial event): what is tested is the
    // queries, uncached; that the page cache drops these pages on a change is web/page-cache's test.
    t = await createTestApp(dialect, { articlesPerSite: 3, environment: { PAGE_CACHE: 'off' } });
    const db = t.database.db.kysely;
    siteId = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    categoryId = (await findCategoryBySlug(db, siteId, CATEGORY))?.id ?? 0;
    for (let i = 0; i < ADDED; i += 1) {
      // Groups of three share one instant: only the id orders them.
      const publishedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 3_600_000).toISOString();
      const row = await createArticle(db, { siteId, categoryId, title: `Tin phân trang số ${i}`, lead: '', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt });
      if (i % 4 === 0) await writeRelations(db, row, { tags: ['Phân trang'], attachmentIds: [] });
    }
  }, 120_000);
  afterAll(() => t.close());

  /** What OFFSET pages would show, in order: the category's public articles, newest first, id breaking ties. */
  async function expectedPaths(): Promise<string[]> {
    const db = t.database.db.kysely;
    const rows = await db
      .selectFrom('articles as a')
      .innerJoin('categories as c', 'c.id', 'a.category_id')
      .select(['a.slug', 'c.slug as cat'])
      .where('a.site_id', '=', siteId)
      .where((eb) => eb.or([eb('a.category_id', '=', categoryId), eb('a.id', 'in', eb.selectFrom('article_categories').select('article_id').where('category_id', '=', categoryId))]))
      .where(publicNow('a'))
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
    return rows.map((r) => articlePath(r.cat, r.slug));
  }

  async function pageAt(url: string): Promise<{ paths: string[]; next: string | undefined; prev: string | undefined; status: string; canonical: string | undefined }> {
    const res = await get(url);
    expect(res.statusCode, url).toBe(200);
    const doc = parseDocument(res.body);
    return {
      paths: Array.from(doc.querySelectorAll('.article-list__title a')).map((a) => a.getAttribute('href') ?? ''),
      next: doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? undefined,
      prev: doc.querySelector('.pagination a[rel="prev"]')?.getAttribute('href') ?? undefined,
      status: textOf(doc.querySelector('.pagination__status')),
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    };
  }

  /** Follows "Tin cũ hơn" from `start` to the end: each page's paths and address. */
  async function walkOlder(start: string): Promise<{ url: string; paths: string[]; prev: string | undefined }[]> {
    const pages = [];
    let url: string | undefined = start;
    while (url !== undefined && pages.length < 100) {
      const page = await pageAt(url);
      pages.push({ url, paths: page.paths, prev: page.prev });
      url = page.next;
    }
    return pages;
  }

  it('walks every public article once with "Tin cũ hơn", page for page as OFFSET would show them', async () => {
    const expected = await expectedPaths();
    const pages = await walkOlder(`/${CATEGORY}`);
    expect(pages.length).toBe(Math.ceil(expected.length / PAGE));
    pages.forEach((page, k) => expect(page.paths, page.url).toEqual(expected.slice(k * PAGE, (k + 1) * PAGE)));
    expect(pages[0]?.prev).toBeUndefined();
    for (const page of pages.slice(1)) expect(page.url).toMatch(/^\/tin-tuc-su-kien\?cu-hon=\d{8}T\d{6}(\.\d{3})?Z-\d+$/);
  });

  it('walks back with "Tin mới hơn" through the same pages, the last link being the list’s own address', async () => {
    const forward = await walkOlder(`/${CATEGORY}`);
    let url = forward[forward.length - 1]?.prev;
    for (let k = forward.length - 2; k >= 0; k -= 1) {
      expect(url, `page ${k}`).toBeDefined();
      const page = await pageAt(url ?? '');
      expect(page.paths, url).toEqual(forward[k]?.paths);
      if (k === 0) expect(url).toBe(`/${CATEGORY}`);
      url = page.prev;
    }
    expect(url).toBeUndefined();
  });

  it('says where a page stands by its dates, links with rel next and prev, and names its own address', async () => {
    const top = await pageAt(`/${CATEGORY}`);
    expect(top.status).toMatch(/^Tin từ ngày \d{2}-\d{2}-\d{4} đến ngày \d{2}-\d{2}-\d{4}$|^Tin ngày \d{2}-\d{2}-\d{4}$/);
    const second = await pageAt(top.next ?? '');
    expect(second.canonical).toBe(`http://camlo.localhost${top.next ?? ''}`);
    const res = await get(top.next ?? '');
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('.pagination a[rel="next"]'))).toBe('Tin cũ hơn');
    expect(textOf(doc.querySelector('.pagination a[rel="prev"]'))).toBe('Tin mới hơn');
    // The title differs from the top's: it says the dates the page holds.
    expect(textOf(doc.querySelector('title'))).toMatch(/^Tin tức - Sự kiện - (từ|ngày) /);
  });

  it('answers an old ?trang=N in place for the first pages and with a 301 to the same rows deeper', async () => {
    const expected = await expectedPaths();
    const second = await pageAt(`/${CATEGORY}?trang=2`);
    expect(second.paths).toEqual(expected.slice(PAGE, 2 * PAGE));
    expect(second.canonical).toBe(`http://camlo.localhost/${CATEGORY}?trang=2`);
    const deep = OFFSET_PAGES + 1;
    const res = await get(`/${CATEGORY}?trang=${deep}`);
    expect(res.statusCode).toBe(301);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/tin-tuc-su-kien\?cu-hon=/);
    expect((await pageAt(location)).paths).toEqual(expected.slice((deep - 1) * PAGE, deep * PAGE));
    expect((await get(`/${CATEGORY}?trang=${Math.ceil(expected.length / PAGE) + 1}`)).statusCode).toBe(404);
  });

  it('drops a withdrawn article from the page that showed it, the next one moving up', async () => {
    const db = t.database.db.kysely;
    const top = await pageAt(`/${CATEGORY}`);
    const url = top.next ?? '';
    const before = await pageAt(url);
    const victim = before.paths[5] ?? '';
    const slug = victim.split('/').pop() ?? '';
    await db.updateTable('articles').set({ status: 'withdrawn' }).where('site_id', '=', siteId).where('slug', '=', slug).execute();
    const after = await pageAt(url);
    expect(after.paths).not.toContain(victim);
    // The page starts after the same row (the top's last): the rows below it move up by one.
    expect(after.paths).toEqual((await expectedPaths()).slice(PAGE, 2 * PAGE));
    const all = (await walkOlder(`/${CATEGORY}`)).flatMap((p) => p.paths);
    expect(all).toEqual(await expectedPaths());
  });

  it('refuses a malformed or forged cursor with a Vietnamese 400, and shows nothing of another category through one', async () => {
    for (const query of [
      'cu-hon=abc',
      'cu-hon=',
      'moi-hon=20261305T000000Z-1',
      'cu-hon=20261205T031500Z-0',
      `cu-hon=${'1'.repeat(5000)}`,
      'cu-hon=%FF',
      'cu-hon=20261205T031500Z-1&cu-hon=20261205T031500Z-2',
      'cu-hon=20261205T031500Z-1&moi-hon=20261205T031500Z-2',
      'cu-hon=20261205T031500Z-1&trang=2',
    ]) {
      const res = await get(`/${CATEGORY}?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body, query).toContain('Liên kết trang không hợp lệ');
    }
    const db = t.database.db.kysely;
    const other = (await listCategories(db, siteId)).find((c) => c.id !== categoryId);
    const foreign = await db.selectFrom('articles').select(['id', 'published_at']).where('category_id', '=', other?.id ?? 0).where(publicNow('articles')).executeTakeFirst();
    const expected = new Set(await expectedPaths());
    if (foreign?.published_at) {
      const cursor = encodeListCursor({ publishedAt: foreign.published_at, id: foreign.id });
      for (const direction of ['cu-hon', 'moi-hon']) {
        const page = await pageAt(`/${CATEGORY}?${direction}=${cursor}`);
        for (const path of page.paths) expect(expected.has(path), path).toBe(true);
      }
    }
    // Positions far beyond either end: the top, or an empty page that leads back.
    expect((await pageAt(`/${CATEGORY}?cu-hon=99991231T235959Z-1`)).paths).toEqual([...expected].slice(0, PAGE));
    const end = await pageAt(`/${CATEGORY}?cu-hon=10000101T000000Z-1`);
    expect(end.paths).toEqual([]);
    expect(end.prev).toBeDefined();
  });

  it('pages a tag the same way, with its count', async () => {
    const db = t.database.db.kysely;
    const tagged = await db
      .selectFrom('articles as a')
      .innerJoin('article_tags as at', 'at.article_id', 'a.id')
      .innerJoin('tags as g', 'g.id', 'at.tag_id')
      .innerJoin('categories as c', 'c.id', 'a.category_id')
      .select(['a.slug', 'c.slug as cat'])
      .where('g.slug', '=', 'phan-trang')
      .where('g.site_id', '=', siteId)
      .where(publicNow('a'))
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
    const expected = tagged.map((r) => articlePath(r.cat, r.slug));
    const pages = await walkOlder('/tag/phan-trang');
    expect(pages.flatMap((p) => p.paths)).toEqual(expected);
    expect(pages.length).toBe(Math.ceil(expected.length / PAGE));
    expect(textOf(parseDocument((await get('/tag/phan-trang')).body).querySelector('main .lead'))).toBe(`${expected.length} tin bài`);
    expect((await get('/tag/phan-trang?cu-hon=nope')).statusCode).toBe(400);
  });
});
