/**
 * Page views by day, without personal data: how many views each site had on a Vietnam
 * calendar day ('YYYY-MM-DD', Asia/Ho_Chi_Minh) — every public page counted — and how many
 * each article had, with the category it was in when read (the yearly report per category
 * sums these). The counter in memory adds its batch to these rows in one transaction (an
 * upsert adding the counts); articles.view_count stays the article's running total.
 */
import type { Kysely } from 'kysely';
import { notNull } from './columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('view_days')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('day', 'text', notNull)
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('view_days_pk', ['site_id', 'day'])
    .execute();

  await db.schema
    .createTable('article_view_days')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'text', notNull)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    // No foreign key: an emptied category may be deleted later, and its history stays counted.
    .addColumn('category_id', 'integer', notNull)
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_view_days_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_view_days_site_day').on('article_view_days').columns(['site_id', 'day']).execute();
}
