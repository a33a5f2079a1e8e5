/**
 * What came in from an old platform (migration 0025): one row per imported post (a WXR
 * post id, an RSS guid or link) naming the article it became, and one per fetched image
 * address naming the media row it became, unique per site, kind and key, so that running
 * the same import again finds them and adds nothing. Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await withId(db.schema.createTable('import_sources'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    /** 'wxr' | 'rss' (a post) | 'image' (an image address). */
    .addColumn('source_kind', 'text', notNull)
    .addColumn('source_key', 'text', notNull)
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('import_sources_site_key_unique', ['site_id', 'source_kind', 'source_key'])
    .execute();
  await db.schema.createIndex('import_sources_article').on('import_sources').column('article_id').execute();
  await db.schema.createIndex('import_sources_media').on('import_sources').column('media_id').execute();
}
