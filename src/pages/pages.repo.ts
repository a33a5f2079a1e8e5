/**
 * Storage of static pages (Giới thiệu, Liên hệ, …) and their revisions: every query
 * and write of `pages` and `page_revisions`, no rules. Public reads pass the read gate;
 * the workflow's writes are guarded by the status (and revision) the service read.
 */
import type { Kysely } from 'kysely';
import type { Database, NewPage, PageLanguage, PageRow, PageStatus, PageUpdate } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

/** The public page of a site with this slug in this language (Vietnamese unless asked). */
export async function findPublishedPage(db: Conn, siteId: number, slug: string, language: PageLanguage = 'vi'): Promise<PageRow | undefined> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('slug', '=', slug)
    .where('language', '=', language)
    .where(publicNow('pages'))
    .executeTakeFirst();
}

/** The public pages of a site, in one language when `language` is given, in both otherwise (the sitemap). */
export async function listPublishedPages(db: Conn, siteId: number, language?: PageLanguage): Promise<PageRow[]> {
  let query = db.selectFrom('pages').selectAll().where('site_id', '=', siteId).where(publicNow('pages'));
  if (language !== undefined) query = query.where('language', '=', language);
  return query.orderBy('menu_order').orderBy('id').execute();
}

export async function insertPage(db: Conn, page: NewPage): Promise<PageRow> {
  return db.insertInto('pages').values(page).returningAll().executeTakeFirstOrThrow();
}

export async function findPageById(db: Conn, id: number): Promise<PageRow | undefined> {
  return db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The page of a site with this slug, whatever its state. */
export async function findPageBySlug(db: Conn, siteId: number, slug: string): Promise<PageRow | undefined> {
  return db.selectFrom('pages').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

export async function isPageSlugTaken(db: Conn, siteId: number, slug: string): Promise<boolean> {
  return (await findPageBySlug(db, siteId, slug)) !== undefined;
}

/** Every page of a site, in every state, in menu order (a site has a handful). */
export async function listSitePages(db: Conn, siteId: number): Promise<PageRow[]> {
  return db.selectFrom('pages').selectAll().where('site_id', '=', siteId).orderBy('menu_order').orderBy('id').execute();
}

export async function updatePageRow(db: Conn, id: number, changes: PageUpdate): Promise<PageRow> {
  return db.updateTable('pages').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Writes only if the page is still in the status (and revision) the caller read; false when another change came first. */
export async function updatePageIfUnchanged(db: Conn, id: number, expected: { status: PageStatus; revision?: number }, changes: PageUpdate): Promise<boolean> {
  let query = db.updateTable('pages').set(changes).where('id', '=', id).where('status', '=', expected.status);
  if (expected.revision !== undefined) query = query.where('revision', '=', expected.revision);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the page only while it is a draft; false when it is not (or is gone). */
export async function deleteDraftPageRow(db: Conn, id: number): Promise<boolean> {
  const result = await db.deleteFrom('pages').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface PageRevisionSummary {
  number: number;
  authorId: number | null;
  authorName: string | null;
  createdAt: string;
  note: string | null;
}

export async function insertPageRevision(
  db: Conn,
  r: { pageId: number; number: number; authorId: number | null; snapshot: unknown; note: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('page_revisions')
    .values({ page_id: r.pageId, number: r.number, author_id: r.authorId, created_at: r.now.toISOString(), snapshot: JSON.stringify(r.snapshot), note: r.note })
    .execute();
}

/** Newest first: at most `limit`, those numbered below `before` when it is given. */
export async function listPageRevisions(db: Conn, pageId: number, page: { limit: number; before?: number | undefined }): Promise<PageRevisionSummary[]> {
  let query = db
    .selectFrom('page_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.number', 'r.author_id', 'u.display_name', 'r.created_at', 'r.note'])
    .where('r.page_id', '=', pageId);
  if (page.before !== undefined) query = query.where('r.number', '<', page.before);
  const rows = await query.orderBy('r.number', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({ number: r.number, authorId: r.author_id, authorName: r.display_name, createdAt: r.created_at, note: r.note }));
}

/** The stored JSON of revision `number`, or undefined when there is none. */
export async function findPageRevisionJson(db: Conn, pageId: number, number: number): Promise<string | undefined> {
  const row = await db.selectFrom('page_revisions').select('snapshot').where('page_id', '=', pageId).where('number', '=', number).executeTakeFirst();
  return row?.snapshot;
}
