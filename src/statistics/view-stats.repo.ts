/**
 * Storage of the page-view statistics (tables view_days and article_view_days, migration
 * 0026): adding a batch counted in memory in one transaction, reading a site's totals for
 * the footer, and the yearly sums of the report. No personal data is stored here.
 */
import { sql, type Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';

type Conn = Kysely<Database>;

/** Views of one Vietnam day, as the counter gathered them. */
export interface ViewBatch {
  /** `${siteId}|${day}` → views of every public page of that site that day. */
  readonly sites: ReadonlyMap<string, number>;
  /** `${articleId}|${day}` → views, with the article's site and category when read. */
  readonly articles: ReadonlyMap<string, { siteId: number; categoryId: number; views: number }>;
}

function split(key: string): [number, string] {
  const bar = key.indexOf('|');
  return [Number(key.slice(0, bar)), key.slice(bar + 1)];
}

/**
 * Adds a batch to the daily rows (an upsert adding the counts) and to articles.view_count,
 * all in one transaction: either the whole batch is counted or none of it.
 */
export async function addViewBatch(db: Conn, batch: ViewBatch): Promise<void> {
  if (batch.sites.size === 0 && batch.articles.size === 0) return;
  await inTransaction(db, async (trx) => {
    for (const [key, views] of batch.sites) {
      const [siteId, day] = split(key);
      await trx
        .insertInto('view_days')
        .values({ site_id: siteId, day, views })
        .onConflict((oc) => oc.columns(['site_id', 'day']).doUpdateSet((eb) => ({ views: eb('view_days.views', '+', eb.ref('excluded.views')) })))
        .execute();
    }
    const perArticle = new Map<number, number>();
    for (const [key, row] of batch.articles) {
      const [articleId, day] = split(key);
      perArticle.set(articleId, (perArticle.get(articleId) ?? 0) + row.views);
      // An article deleted since it was read has no row to count against: skip it.
      await trx
        .insertInto('article_view_days')
        .columns(['article_id', 'day', 'site_id', 'category_id', 'views'])
        .expression(
          trx
            .selectFrom('articles')
            .select((eb) => ['id', eb.val(day).as('day'), eb.val(row.siteId).as('site_id'), eb.val(row.categoryId).as('category_id'), eb.val(row.views).as('views')])
            .where('id', '=', articleId),
        )
        .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet((eb) => ({ views: eb('article_view_days.views', '+', eb.ref('excluded.views')) })))
        .execute();
    }
    for (const [id, views] of perArticle) {
      await trx
        .updateTable('articles')
        .set((eb) => ({ view_count: eb('view_count', '+', views) }))
        .where('id', '=', id)
        .execute();
    }
  });
}

/** Every site's views of all time and of `day`, for the footer's snapshot (one query). */
export async function siteViewTotals(db: Conn, day: string): Promise<Map<number, { total: number; today: number }>> {
  const rows = await db
    .selectFrom('view_days')
    .select((eb) => [
      'site_id',
      eb.fn.sum<string | number>('views').as('total'),
      eb.fn.sum<string | number>(eb.case().when('day', '=', day).then(eb.ref('views')).else(0).end()).as('today'),
    ])
    .groupBy('site_id')
    .execute();
  return new Map(rows.map((r) => [r.site_id, { total: toCount(r.total), today: toCount(r.today) }]));
}

/** The statistics of sites being removed (the demo's removal), before their sites go. */
export async function deleteViewStatsOfSites(db: Conn, siteIds: readonly number[]): Promise<void> {
  if (siteIds.length === 0) return;
  await db.deleteFrom('article_view_days').where('site_id', 'in', siteIds).execute();
  await db.deleteFrom('view_days').where('site_id', 'in', siteIds).execute();
}

/** 'YYYY-MM' of a day, written out the same in the select and the group (PostgreSQL matches them as text). */
const MONTH_OF_DAY = sql<string>`substr(day, 1, 7)`;

/** What the yearly report reads: the site's categories, the items published in the year, the views by category and by month. */
export async function yearlyReportData(db: Conn, siteId: number, range: { from: string; to: string }, year: number) {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const [categories, published, categoryViews, monthViews] = await Promise.all([
    db.selectFrom('categories').select(['id', 'name', 'slug']).where('site_id', '=', siteId).orderBy('menu_order').orderBy('id').execute(),
    db
      .selectFrom('articles')
      .select(['category_id', 'published_at'])
      .where('site_id', '=', siteId)
      .where('status', 'in', ['published', 'unpublished', 'withdrawn'])
      .where('published_at', '>=', range.from)
      .where('published_at', '<', range.to)
      .execute(),
    db
      .selectFrom('article_view_days')
      .select((eb) => ['category_id', eb.fn.sum<string | number>('views').as('views')])
      .where('site_id', '=', siteId)
      .where('day', '>=', first)
      .where('day', '<=', last)
      .groupBy('category_id')
      .execute(),
    db
      .selectFrom('view_days')
      .select((eb) => [MONTH_OF_DAY.as('month'), eb.fn.sum<string | number>('views').as('views')])
      .where('site_id', '=', siteId)
      .where('day', '>=', first)
      .where('day', '<=', last)
      .groupBy(MONTH_OF_DAY)
      .execute(),
  ]);
  return {
    categories,
    published: published.flatMap((p) => (p.published_at === null ? [] : [{ categoryId: p.category_id, publishedAt: p.published_at }])),
    categoryViews: new Map(categoryViews.map((r) => [r.category_id, toCount(r.views)])),
    monthViews: new Map(monthViews.map((r) => [r.month, toCount(r.views)])),
  };
}
