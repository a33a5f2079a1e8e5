/**
 * /api/v1/articles on every dialect: cursor pagination walks the whole list in
 * (published_at, id) order without gaps or duplicates, ties included; filters agree
 * with storage; the detail carries what a client needs; unpublished content stays out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPublishedArticles, updateArticleRow } from '../../articles/articles.repo.js';
import { createArticle } from '../../articles/articles.service.js';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createApiTestApp, type ApiTestApp } from './testing/api-app.js';

const seed = loadSeedArticle();
const HOST = 'camlo.localhost';
const TIE = '2025-05-05T05:05:05.000Z';

interface Summary {
  id: number;
  publishedAt: string;
  category: { slug: string };
  featuredImageUrl: string | null;
}
interface ListBody {
  items: Summary[];
  nextCursor: string | null;
}

describe.each(TEST_DIALECTS)('articles API on %s', (dialect) => {
  let t: ApiTestApp;
  let siteId: number;
  let categoryId: number;
  const ids: Record<'draft' | 'withdrawn' | 'unpublished' | 'scheduled' | 'illustrated' | 'otherSite', number> = {
    draft: 0, withdrawn: 0, unpublished: 0, scheduled: 0, illustrated: 0, otherSite: 0,
  };
  const tieIds: number[] = [];

  const get = (url: string, host = HOST) => t.app.inject({ url, headers: { host } });

  /** Follows nextCursor from `url` to the end; returns every page. */
  async function walk(url: string, start: string | null = null): Promise<ListBody[]> {
    const pages: ListBody[] = [];
    let next: string | null = start;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const res = await get(next === null ? url : `${url}${separator}cursor=${next}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<ListBody>();
      pages.push(body);
      next = body.nextCursor;
      expect(pages.length).toBeLessThan(1000);
    } while (next !== null);
    return pages;
  }

  /** What storage says the list is, in the API's order. */
  async function expectedIds(filter: { categoryId?: number; from?: string; to?: string } = {}): Promise<number[]> {
    let q = t.database.db.kysely.selectFrom('articles').select('id').where('site_id', '=', siteId).where('status', '=', 'published').where('published_at', 'is not', null);
    if (filter.categoryId !== undefined) q = q.where('category_id', '=', filter.categoryId);
    if (filter.from !== undefined) q = q.where('published_at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('published_at', '<=', filter.to);
    const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    t = await createApiTestApp(dialect, { rateLimit: false });
    const db = t.database.db.kysely;
    const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    siteId = site.id;
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', siteId).where('slug', '=', seed.category).executeTakeFirstOrThrow();
    categoryId = category.id;
    const make = (title: string, status: 'published' | 'draft' | 'withdrawn' | 'unpublished' | 'scheduled', publishedAt: string | null, extra: { siteId?: number; categoryId?: number; featuredImageId?: number } = {}) =>
      createArticle(db, {
        siteId: extra.siteId ?? siteId,
        categoryId: extra.categoryId ?? categoryId,
        title,
        lead: 'Tóm tắt',
        bodyHtml: '<p>Nội dung</p>',
        status,
        publishedAt,
        featuredImageId: extra.featuredImageId,
        featuredImageCaption: extra.featuredImageId === undefined ? undefined : 'Quang cảnh buổi lễ',
      });
    // Several articles at one instant: the cursor must order them by id and not lose any at a page edge.
    for (let i = 0; i < 5; i += 1) tieIds.push((await make(`Tin cùng thời điểm ${i}`, 'published', TIE)).id);
    ids.draft = (await make('Bản nháp chưa đăng', 'draft', null)).id;
    ids.scheduled = (await make('Tin hẹn giờ', 'scheduled', '2030-01-01T00:00:00.000Z')).id;
    ids.unpublished = (await make('Tin đã gỡ', 'unpublished', '2024-01-01T00:00:00.000Z')).id;
    const withdrawn = await make('Tin đã thu hồi', 'withdrawn', '2024-01-02T00:00:00.000Z');
    await updateArticleRow(db, withdrawn.id, { withdrawn_note: 'Thu hồi do thông tin chưa chính xác.' });
    ids.withdrawn = withdrawn.id;
    const media = await db
      .insertInto('media')
      .values({ site_id: siteId, kind: 'image', storage_key: 'camlo/2025/le-phat-dong.jpg', original_name: 'le phat dong.jpg', mime_type: 'image/jpeg', byte_size: 12345, width: 1200, height: 800, alt_text: 'Lễ phát động', caption: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const illustrated = await make('Tin có ảnh đại diện', 'published', '2025-06-01T01:00:00.000Z', { featuredImageId: media.id });
    await db.insertInto('article_attachments').values({ article_id: illustrated.id, media_id: media.id, position: 0 }).execute();
    ids.illustrated = illustrated.id;
    const dongha = await db.selectFrom('sites').select('id').where('slug', '=', 'dongha').executeTakeFirstOrThrow();
    const donghaCategory = await db.selectFrom('categories').select('id').where('site_id', '=', dongha.id).limit(1).executeTakeFirstOrThrow();
    ids.otherSite = (await make('Tin của Đông Hà', 'published', '2025-06-02T01:00:00.000Z', { siteId: dongha.id, categoryId: donghaCategory.id })).id;
  });
  afterAll(() => t.close());

  it('walks every published article exactly once, newest first, across pages of 7', async () => {
    const pages = await walk('/api/v1/articles?limit=7');
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await countPublishedArticles(t.database.db.kysely, siteId));
    expect(seen).toEqual(await expectedIds());
    for (const page of pages.slice(0, -1)) expect(page.items.length).toBe(7);
    for (const tie of tieIds) expect(seen).toContain(tie);
    for (const hidden of [ids.draft, ids.scheduled, ids.unpublished, ids.withdrawn, ids.otherSite]) expect(seen).not.toContain(hidden);
  });

  it('gives the same list whatever the page size', async () => {
    const [a, b, c] = await Promise.all([walk('/api/v1/articles?limit=1'), walk('/api/v1/articles?limit=100'), walk('/api/v1/articles')]);
    const flat = (pages: ListBody[]) => pages.flatMap((p) => p.items.map((i) => i.id));
    expect(flat(a)).toEqual(flat(b));
    expect(flat(c)).toEqual(flat(b));
    expect(c[0]?.items.length).toBe(20);
  });

  it('keeps its place when an article is published between two pages', async () => {
    const first = (await get('/api/v1/articles?limit=5')).json<ListBody>();
    const later = await createArticle(t.database.db.kysely, { siteId, categoryId, title: 'Tin mới đăng giữa chừng', lead: '', bodyHtml: '<p>x</p>', status: 'published', publishedAt: '2026-11-28T00:00:00.000Z' });
    try {
      const rest = await walk('/api/v1/articles?limit=5', first.nextCursor);
      const seen = [...first.items, ...rest.flatMap((p) => p.items)].map((i) => i.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).not.toContain(later.id);
      expect(seen.length).toBe((await expectedIds()).length - 1);
    } finally {
      await t.database.db.kysely.deleteFrom('articles').where('id', '=', later.id).execute();
    }
  });

  it('filters by category and dates in agreement with storage', async () => {
    const from = '2024-01-01';
    const to = '2025-12-31';
    const pages = await walk(`/api/v1/articles?limit=9&category=${seed.category}&from=${from}&to=${to}`);
    const seen = pages.flatMap((p) => p.items);
    expect(seen.every((i) => i.category.slug === seed.category)).toBe(true);
    const expected = await expectedIds({ categoryId, from: '2023-12-31T17:00:00.000Z', to: '2025-12-31T16:59:59.999Z' });
    expect(expected.length).toBeGreaterThan(5);
    expect(seen.map((i) => i.id)).toEqual(expected);
  });

  it('reads bare dates as whole days in Vietnam time and bounds inclusively', async () => {
    const has = async (query: string) => (await walk(`/api/v1/articles?limit=100&${query}`)).flatMap((p) => p.items).some((i) => i.publishedAt === '2022-11-16T09:21:00.000Z');
    expect(await has('from=2022-11-16&to=2022-11-16')).toBe(true);
    expect(await has('from=2022-11-17')).toBe(false);
    expect(await has('to=2022-11-15')).toBe(false);
    expect(await has('to=2022-11-16T16:21:00%2B07:00')).toBe(true);
    expect(await has('to=2022-11-16T16:20:59%2B07:00')).toBe(false);
    expect(await has('from=2022-11-16T09:21:00Z&to=2022-11-16T09:21:00.000Z')).toBe(true);
  });

  it('refuses a range that ends before it starts, naming both bounds', async () => {
    const res = await get('/api/v1/articles?from=2023-01-02&to=2023-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { name: string }[] }>().errors.map((e) => e.name)).toEqual(['from', 'to']);
  });

  it('refuses an unknown category as a 400 naming it', async () => {
    const res = await get('/api/v1/articles?category=khong-co-chuyen-muc');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { name: string }[] }>().errors[0]?.name).toBe('category');
  });

  it('gives the seed article in full, with UTC and Vietnam times and its canonical URL', async () => {
    const row = await t.database.db.kysely.selectFrom('articles').selectAll().where('slug', '=', seed.expectedSlug).executeTakeFirstOrThrow();
    const res = await get(`/api/v1/articles/${row.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      id: row.id,
      site: 'camlo',
      slug: seed.expectedSlug,
      title: seed.title,
      category: { slug: seed.category, name: 'Tin tức - Sự kiện' },
      publishedAt: '2022-11-16T09:21:00.000Z',
      publishedAtLocal: '2022-11-16T16:21:00+07:00',
      url: `http://camlo.localhost/${seed.category}/${seed.expectedSlug}`,
      bodyHtml: row.body_html,
      featuredImage: null,
      featuredImageUrl: null,
      attachments: [],
    });
  });

  it('links the featured image and attachments absolutely, in the detail and the list', async () => {
    const body = (await get(`/api/v1/articles/${ids.illustrated}`)).json<Record<string, unknown>>();
    expect(body['featuredImage']).toEqual({ url: 'http://camlo.localhost/media/camlo/2025/le-phat-dong.jpg', alt: 'Lễ phát động', caption: 'Quang cảnh buổi lễ', width: 1200, height: 800 });
    expect(body['attachments']).toEqual([{ url: 'http://camlo.localhost/media/camlo/2025/le-phat-dong.jpg', name: 'le phat dong.jpg', mimeType: 'image/jpeg', size: 12345 }]);
    const listed = (await walk('/api/v1/articles?limit=100')).flatMap((p) => p.items).find((i) => i.id === ids.illustrated);
    expect(listed?.featuredImageUrl).toBe('http://camlo.localhost/media/camlo/2025/le-phat-dong.jpg');
  });

  it('answers 410 for withdrawn (with its public note) and unpublished articles', async () => {
    const withdrawn = await get(`/api/v1/articles/${ids.withdrawn}`);
    expect(withdrawn.statusCode).toBe(410);
    expect(withdrawn.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(withdrawn.json<{ detail: string }>().detail).toBe('Thu hồi do thông tin chưa chính xác.');
    expect((await get(`/api/v1/articles/${ids.unpublished}`)).statusCode).toBe(410);
  });

  it('answers 404 for drafts, scheduled articles and articles of another site', async () => {
    for (const id of [ids.draft, ids.scheduled, ids.otherSite]) {
      const res = await get(`/api/v1/articles/${id}`);
      expect(res.statusCode, String(id)).toBe(404);
      expect(res.json<{ status: number }>().status).toBe(404);
    }
    expect((await get(`/api/v1/articles/${ids.otherSite}`, 'dongha.localhost')).statusCode).toBe(200);
  });

  it('ranks by search when q is given, still paged by cursor', async () => {
    const pages = await walk(`/api/v1/articles?limit=2&q=${encodeURIComponent('binh dang gioi')}`);
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    const seedRow = await t.database.db.kysely.selectFrom('articles').select('id').where('slug', '=', seed.expectedSlug).executeTakeFirstOrThrow();
    expect(seen).toContain(seedRow.id);
    // A search cursor does not fit a plain listing, nor the reverse.
    expect(pages.length).toBeGreaterThan(1);
    const searchCursor = pages[0]?.nextCursor;
    expect(searchCursor).toEqual(expect.any(String));
    expect((await get(`/api/v1/articles?cursor=${searchCursor}`)).statusCode).toBe(400);
    const listCursor = (await get('/api/v1/articles?limit=1')).json<ListBody>().nextCursor;
    expect((await get(`/api/v1/articles?q=binh&cursor=${listCursor}`)).statusCode).toBe(400);
  });
});
