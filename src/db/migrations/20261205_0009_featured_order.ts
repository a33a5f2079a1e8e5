/**
 * The home page under the editors' control: a featured article has an order (lower
 * first; none sorts after the ordered ones) and may have an end time, after which the
 * home page stops showing it without anything being written. Both columns are
 * nullable, so the articles featured before this migration stay featured, unordered
 * and without end. Same statements on both databases (the instant type differs).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('featured_order', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('featured_until', instantType(dialect)).execute();
  await db.schema.createIndex('articles_featured').on('articles').columns(['site_id', 'featured']).execute();
}
