/** Storage of static pages (Giới thiệu, Liên hệ, …). */
import type { Kysely } from 'kysely';
import type { Database, NewPage, PageRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export async function findPublishedPage(db: Conn, siteId: number, slug: string): Promise<PageRow | undefined> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export async function listPublishedPages(db: Conn, siteId: number): Promise<PageRow[]> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .orderBy('menu_order')
    .orderBy('id')
    .execute();
}

export async function insertPage(db: Conn, page: NewPage): Promise<PageRow> {
  return db.insertInto('pages').values(page).returningAll().executeTakeFirstOrThrow();
}
