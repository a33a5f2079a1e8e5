/**
 * Storage of albums and their items: every query and write of `albums` and
 * `album_items`, no rules. Public reads pass the read gate; the workflow's writes are
 * guarded by the status (and revision) the service read.
 */
import { sql, type Kysely } from 'kysely';
import type { AlbumItemRow, AlbumRow, AlbumUpdate, ArticleStatus, Database, MediaRow, NewAlbum, NewAlbumItem } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

/** An item with the media row it shows (photos and uploaded videos). */
export interface AlbumItemWithMedia extends AlbumItemRow {
  media: MediaRow | undefined;
}

/** A row of a list: the album, its number of items and its cover (chosen, or the first photo). */
export interface AlbumListing {
  album: AlbumRow;
  itemCount: number;
  cover: MediaRow | undefined;
}

export async function insertAlbum(db: Conn, album: NewAlbum): Promise<AlbumRow> {
  return db.insertInto('albums').values(album).returningAll().executeTakeFirstOrThrow();
}

export async function findAlbumById(db: Conn, id: number): Promise<AlbumRow | undefined> {
  return db.selectFrom('albums').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAlbumBySlug(db: Conn, siteId: number, slug: string): Promise<AlbumRow | undefined> {
  return db.selectFrom('albums').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** Every album of a site in every state, latest change first (the editorial list). */
export async function listSiteAlbums(db: Conn, siteId: number): Promise<AlbumRow[]> {
  return db.selectFrom('albums').selectAll().where('site_id', '=', siteId).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

/** Writes only if the album is still in the status (and revision) the caller read; false when another change came first. */
export async function updateAlbumIfUnchanged(db: Conn, id: number, expected: { status: ArticleStatus; revision?: number }, changes: AlbumUpdate): Promise<boolean> {
  let query = db.updateTable('albums').set(changes).where('id', '=', id).where('status', '=', expected.status);
  if (expected.revision !== undefined) query = query.where('revision', '=', expected.revision);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the album (its items go with it) only while it is a draft; false when it is not. */
export async function deleteDraftAlbumRow(db: Conn, id: number): Promise<boolean> {
  const result = await db.deleteFrom('albums').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Replaces the items of an album by these, in this order. */
export async function replaceAlbumItems(db: Conn, albumId: number, items: readonly Omit<NewAlbumItem, 'album_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('album_items').where('album_id', '=', albumId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('album_items')
    .values(items.map((item, i) => ({ ...item, album_id: albumId, position: i + 1 })))
    .execute();
}

/** An album's items in order, with their media rows. */
export async function albumItems(db: Conn, albumId: number): Promise<AlbumItemWithMedia[]> {
  const items = await db.selectFrom('album_items').selectAll().where('album_id', '=', albumId).orderBy('position').execute();
  const ids = [...new Set(items.flatMap((i) => (i.media_id === null ? [] : [i.media_id])))];
  const media = ids.length === 0 ? [] : await db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(media.map((m) => [m.id, m]));
  return items.map((i) => ({ ...i, media: i.media_id === null ? undefined : byId.get(i.media_id) }));
}

/** The media rows of a site with these ids (to check what an editor picked). */
export async function siteMediaByIds(db: Conn, siteId: number, ids: readonly number[]): Promise<MediaRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('id', 'in', [...ids]).execute();
}

/** Item counts and covers of these albums. */
async function listingsOf(db: Conn, albums: AlbumRow[]): Promise<AlbumListing[]> {
  if (albums.length === 0) return [];
  const ids = albums.map((a) => a.id);
  const counts = await db.selectFrom('album_items').select(['album_id', sql<number>`count(*)`.as('n')]).where('album_id', 'in', ids).groupBy('album_id').execute();
  const firstPhotos = await db
    .selectFrom('album_items')
    .select(['album_id', sql<number>`min(position)`.as('position')])
    .where('album_id', 'in', ids)
    .where('kind', '=', 'photo')
    .groupBy('album_id')
    .execute();
  const firstPhotoIds =
    firstPhotos.length === 0
      ? []
      : await db
          .selectFrom('album_items')
          .select(['album_id', 'media_id'])
          .where((eb) => eb.or(firstPhotos.map((f) => eb.and([eb('album_id', '=', f.album_id), eb('position', '=', Number(f.position))]))))
          .execute();
  const coverIdOf = new Map<number, number>();
  for (const f of firstPhotoIds) if (f.media_id !== null) coverIdOf.set(f.album_id, f.media_id);
  for (const a of albums) if (a.cover_media_id !== null) coverIdOf.set(a.id, a.cover_media_id);
  const mediaIds = [...new Set(coverIdOf.values())];
  const media = mediaIds.length === 0 ? [] : await db.selectFrom('media').selectAll().where('id', 'in', mediaIds).execute();
  const mediaById = new Map(media.map((m) => [m.id, m]));
  const countOf = new Map(counts.map((c) => [c.album_id, Number(c.n)]));
  return albums.map((album) => {
    const coverId = coverIdOf.get(album.id);
    return { album, itemCount: countOf.get(album.id) ?? 0, cover: coverId === undefined ? undefined : mediaById.get(coverId) };
  });
}

/** Listings of a site's albums in every state (the editorial list). */
export async function siteAlbumListings(db: Conn, siteId: number): Promise<AlbumListing[]> {
  return listingsOf(db, await listSiteAlbums(db, siteId));
}

// ---- Public reads: through the read gate only ----

export async function countPublishedAlbums(db: Conn, siteId: number): Promise<number> {
  const row = await db.selectFrom('albums').select(sql<number>`count(*)`.as('n')).where('site_id', '=', siteId).where(publicNow('albums')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of a site's public albums, newest first. */
export async function publishedAlbums(db: Conn, siteId: number, limit: number, offset = 0): Promise<AlbumListing[]> {
  const rows = await db
    .selectFrom('albums')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(publicNow('albums'))
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return listingsOf(db, rows);
}

/** The public album of a site with this slug, or undefined (drafts and the rest are unknown). */
export async function findPublishedAlbum(db: Conn, siteId: number, slug: string): Promise<AlbumListing | undefined> {
  const row = await db.selectFrom('albums').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).where(publicNow('albums')).executeTakeFirst();
  if (row === undefined) return undefined;
  return (await listingsOf(db, [row]))[0];
}

/** Removes every album of these sites with its items (the demo's removal, before their media and sites go). */
export async function deleteAlbumsOfSites(db: Conn, siteIds: readonly number[]): Promise<void> {
  if (siteIds.length === 0) return;
  const albums = db.selectFrom('albums').select('id').where('site_id', 'in', [...siteIds]);
  await db.deleteFrom('album_items').where('album_id', 'in', albums).execute();
  await db.deleteFrom('albums').where('site_id', 'in', [...siteIds]).execute();
}
