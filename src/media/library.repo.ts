/**
 * Storage of the media library: insert, list, delete, and where a file is used.
 * Plain functions taking the connection (or a transaction) first.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { Database, MediaKind, MediaRow, MediaTable } from '../db/schema.js';
import { storageStem } from './variants.js';

type Conn = Kysely<Database>;

export type NewMedia = Insertable<MediaTable>;

export async function insertMedia(db: Conn, media: NewMedia): Promise<MediaRow> {
  return db.insertInto('media').values(media).returningAll().executeTakeFirstOrThrow();
}

export interface MediaFilter {
  kind?: MediaKind | undefined;
}

/** A site's library, newest first. */
export async function listMedia(db: Conn, siteId: number, filter: MediaFilter, limit: number, offset: number): Promise<MediaRow[]> {
  let query = db.selectFrom('media').selectAll().where('site_id', '=', siteId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countMedia(db: Conn, siteId: number, filter: MediaFilter): Promise<number> {
  let query = db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', siteId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  const row = await query.executeTakeFirst();
  return toCount(row?.n);
}

export async function deleteMediaRow(db: Conn, id: number): Promise<void> {
  await db.deleteFrom('media').where('id', '=', id).execute();
}

/** LIKE pattern for `/media/{stem}` anywhere in a text, with LIKE's wildcards escaped. */
function usePattern(storageKey: string): string {
  const stem = storageStem(storageKey).replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%/media/${stem}%`;
}

/**
 * What uses a file: articles (by id) that have it as featured image, as attachment,
 * or inside their body (the original or one of its variants); static pages that
 * embed it ("page:{id}"); sites that show it as their logo ("site:{id}"); albums that
 * hold it as an item or cover ("album:{id}").
 */
export async function mediaUses(db: Conn, media: Pick<MediaRow, 'id' | 'storage_key' | 'site_id'>): Promise<string[]> {
  const pattern = usePattern(media.storage_key);
  const [featured, attached, embedded, pages, logos, albumItems, covers] = await Promise.all([
    db.selectFrom('articles').select('id').where('featured_image_id', '=', media.id).execute(),
    db.selectFrom('article_attachments').select('article_id as id').where('media_id', '=', media.id).execute(),
    db.selectFrom('articles').select('id').where('site_id', '=', media.site_id).where(sql<boolean>`body_html like ${pattern} escape '\\'`).execute(),
    db.selectFrom('pages').select('id').where('site_id', '=', media.site_id).where(sql<boolean>`body_html like ${pattern} escape '\\'`).execute(),
    db.selectFrom('sites').select('id').where('logo_path', '=', `/media/${media.storage_key}`).execute(),
    db.selectFrom('album_items').select('album_id as id').where('media_id', '=', media.id).execute(),
    db.selectFrom('albums').select('id').where('cover_media_id', '=', media.id).execute(),
  ]);
  const albumIds = new Set([...albumItems, ...covers].map((r) => `album:${r.id}`));
  const articleIds = new Set([...featured, ...attached, ...embedded].map((r) => String(r.id)));
  return [...articleIds, ...pages.map((p) => `page:${p.id}`), ...logos.map((l) => `site:${l.id}`), ...albumIds];
}

/** Rows of a site whose original file has one of these storage keys. */
export async function findMediaByStorageKeys(db: Conn, siteId: number, keys: readonly string[]): Promise<MediaRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('storage_key', 'in', [...keys]).execute();
}
