/**
 * Indexes in the exact order of the public lists, so that a keyset page (a row comparison
 * on (published_at, id), publishing/list-cursor.ts) and a sitemap chunk (by id) start at
 * their position instead of reading every row before it. The earlier (…, status,
 * published_at) indexes leave the tie on equal times to a sort; these end with the id.
 * Same statements on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('articles_site_keyset').on('articles').columns(['site_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_category_keyset').on('articles').columns(['category_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_site_by_id').on('articles').columns(['site_id', 'status', 'id', 'published_at']).execute();
}
