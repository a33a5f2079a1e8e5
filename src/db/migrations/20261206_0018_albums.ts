/**
 * Photo and video albums (Thư viện ảnh, /thu-vien-anh): one row per album, taking the
 * article workflow's statuses like static pages, with the revision counter of optimistic
 * concurrency; and its items in order — a photo or an uploaded video from the media
 * library, or a link to a video on an allowed host. `body_html` is the description as
 * sanitised HTML, for the search index to take up later. Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await withId(db.schema.createTable('albums'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', instant)
    .addColumn('cover_media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('return_note', 'text')
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, notNull)
    .addUniqueConstraint('albums_site_slug_unique', ['site_id', 'slug'])
    .execute();
  await db.schema.createIndex('albums_site_published').on('albums').columns(['site_id', 'status', 'published_at']).execute();

  await withId(db.schema.createTable('album_items'), dialect)
    .addColumn('album_id', 'integer', (c) => c.notNull().references('albums.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    /** 'photo' | 'video_file' (both from the media library) | 'video_link' (url on an allowed host). */
    .addColumn('kind', 'text', notNull)
    .addColumn('media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('url', 'text')
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('album_items_position_unique', ['album_id', 'position'])
    .execute();
  await db.schema.createIndex('album_items_media').on('album_items').column('media_id').execute();
}
