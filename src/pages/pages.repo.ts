/** Storage of static pages (Giới thiệu, Liên hệ, …). Public reads pass the read gate. */
import type { Kysely } from 'kysely';
import type { Database, NewPage, PageRow } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

export async function findPublishedPage(db: Conn, siteId: number, slug: string): Promise<PageRow | undefined> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('slug', '=', slug)
    .where(publicNow('pages'))
    .executeTakeFirst();
}

export async function listPublishedPages(db: Conn, siteId: number): Promise<PageRow[]> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(publicNow('pages'))
    .orderBy('menu_order')
    .orderBy('id')
    .execute();
}

export async function insertPage(db: Conn, page: NewPage): Promise<PageRow> {
  return db.insertInto('pages').values(page).returningAll().executeTakeFirstOrThrow();
}
