/**
 * The public lists of a category read the newest of its own articles and of those filed
 * there as another category, each cut at what the page takes (articles.repo.ts,
 * newestInCategory). Whatever the page size, offset, excluded article, keyset position or
 * date bounds, they show exactly what the plain definition gives: every public article of
 * the category, own or other, newest first, the id breaking ties. The featured list reads
 * its ordered and unordered articles apart and still shows them in the one order.
 * On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCategoryBySlug } from '../categories/index.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { articlesInCategory, categoryArticlesFrom, otherArticlesInCategory, featuredArticles, publishedArticlesAfter, type KeysetWindow } from './articles.repo.js';
import { createArticle } from './articles.service.js';

interface Row {
  id: number;
  publishedAt: string;
  own: boolean;
  other: boolean;
  public: boolean;
  featuredOrder: number | null | undefined;
}

const newestFirst = (a: Row, b: Row) => (a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1);

describe.each(TEST_DIALECTS)('category lists on %s', (dialect) => {
  let t: TestApp;
  let siteId = 0;
  let listed = 0;
  let elsewhere = 0;
  const rows: Row[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 0, environment: { PAGE_CACHE: 'off' } });
    const db = t.database.db.kysely;
    siteId = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    listed = (await findCategoryBySlug(db, siteId, 'tin-tuc-su-kien'))?.id ?? 0;
    elsewhere = (await findCategoryBySlug(db, siteId, 'kinh-te-xa-hoi'))?.id ?? 0;
    for (let i = 0; i < 60; i += 1) {
      // Own articles and articles filed here as another category interleave in time; pairs share an instant.
      const own = i % 3 !== 1;
      const status = i % 11 === 5 ? 'draft' : 'published';
      const future = i % 13 === 7;
      const publishedAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 2) * 3_600_000 + (future ? 10 * 365 * 86_400_000 : 0)).toISOString();
      const row = await createArticle(db, { siteId, categoryId: own ? listed : elsewhere, title: `Tin danh sách ${i}`, lead: '', bodyHtml: '<p>Nội dung.</p>', status, publishedAt });
      const other = !own && i % 2 === 0;
      if (other) await db.insertInto('article_categories').values({ article_id: row.id, category_id: listed }).execute();
      if (i % 4 === 0) await db.updateTable('articles').set({ featured: 1, featured_order: i % 8 === 0 ? null : 1 + (i % 5) }).where('id', '=', row.id).execute();
    }
    // What the lists must show, from every article of the site (the demo's own included).
    const others = new Set((await db.selectFrom('article_categories').select('article_id').where('category_id', '=', listed).execute()).map((r) => r.article_id));
    const now = new Date().toISOString();
    for (const a of await db.selectFrom('articles').select(['id', 'category_id', 'status', 'published_at', 'featured', 'featured_order']).where('site_id', '=', siteId).execute()) {
      const publishedAt = a.published_at === null ? '' : new Date(a.published_at).toISOString();
      rows.push({
        id: a.id,
        publishedAt,
        own: a.category_id === listed,
        other: others.has(a.id),
        public: a.status === 'published' && publishedAt !== '' && publishedAt <= now,
        featuredOrder: a.featured === 1 ? a.featured_order : undefined,
      });
    }
  }, 120_000);
  afterAll(() => t.close());

  const inList = () => rows.filter((r) => r.public && (r.own || r.other)).sort(newestFirst);

  it('shows the newest of the category at any size and offset, and without any one article', async () => {
    const db = t.database.db.kysely;
    const all = inList().map((r) => r.id);
    for (const [limit, offset] of [[1, 0], [5, 0], [7, 3], [12, 20], [40, 0], [10, 38]] as const) {
      expect((await articlesInCategory(db, listed, limit, offset)).map((a) => a.id), `${limit} from ${offset}`).toEqual(all.slice(offset, offset + limit));
      const excluded = all[offset] ?? 0;
      const without = all.filter((id) => id !== excluded);
      // The article page's "other news": the newest but the article itself (here the one at `offset`, listed or not among them).
      expect((await otherArticlesInCategory(db, listed, limit, excluded)).map((a) => a.id), `${limit} without ${excluded}`).toEqual(without.slice(0, limit));
    }
  });

  it('walks every article of the category once by keyset, older then back newer', async () => {
    const db = t.database.db.kysely;
    const all = inList();
    const seen: number[] = [];
    let window: KeysetWindow = { limit: 7, direction: 'older' };
    for (;;) {
      const page = await categoryArticlesFrom(db, siteId, listed, window);
      seen.push(...page.map((a) => a.id));
      const last = page.at(-1);
      if (page.length < window.limit || last === undefined) break;
      window = { limit: 7, direction: 'older', from: { publishedAt: last.publishedAt, id: last.id } };
    }
    expect(seen).toEqual(all.map((r) => r.id));
    const oldest = all.at(-1) as Row;
    const back = await categoryArticlesFrom(db, siteId, listed, { limit: 7, direction: 'newer', from: { publishedAt: oldest.publishedAt, id: oldest.id } });
    expect(back.map((a) => a.id)).toEqual(all.slice(-8, -1).map((r) => r.id));
  });

  it('filters the public list by category within date bounds and after a position', async () => {
    const db = t.database.db.kysely;
    const all = inList();
    const from = all[30]?.publishedAt ?? '';
    const to = all[5]?.publishedAt ?? '';
    const bounded = all.filter((r) => r.publishedAt >= from && r.publishedAt <= to);
    const first = await publishedArticlesAfter(db, { siteId, categoryId: listed, from, to, limit: 6 });
    expect(first.map((a) => a.id)).toEqual(bounded.slice(0, 6).map((r) => r.id));
    const last = first.at(-1);
    if (last === undefined) throw new Error('empty page');
    const next = await publishedArticlesAfter(db, { siteId, categoryId: listed, from, to, limit: 6, after: { publishedAt: last.publishedAt, id: last.id } });
    expect(next.map((a) => a.id)).toEqual(bounded.slice(6, 12).map((r) => r.id));
  });

  it('shows featured articles by their order, then the newest unordered', async () => {
    const db = t.database.db.kysely;
    const featured = rows
      .filter((r) => r.public && r.featuredOrder !== undefined)
      .sort((a, b) => (a.featuredOrder ?? 1_000) - (b.featuredOrder ?? 1_000) || newestFirst(a, b))
      .map((r) => r.id);
    for (const limit of [1, 3, 8, 30]) expect((await featuredArticles(db, siteId, limit)).map((a) => a.id), `${limit}`).toEqual(featured.slice(0, limit));
  });
});
