/**
 * The articles of a tag, newest first, for the public `/tag/{slug}` pages: the primary
 * key of article_tags leads with the article, so finding a tag's articles scanned the
 * whole table. Same statement on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('article_tags_by_tag').on('article_tags').columns(['tag_id', 'article_id']).execute();
}
