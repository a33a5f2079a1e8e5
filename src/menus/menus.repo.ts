/**
 * Storage of site menus: every query and write of `menu_items`, and the few reads of
 * pages a menu needs (choices for the editor, ownership, what is public now). A menu is
 * written whole: replacing it deletes the site's items and inserts the new ones.
 */
import type { Kysely } from 'kysely';
import type { Database, MenuItemRow, PageStatus } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import type { MenuEntry } from './menu-rules.js';

type Conn = Kysely<Database>;

/** A page as a menu knows it: what to name it and where it lives. */
export interface MenuPage {
  id: number;
  slug: string;
  title: string;
  status: PageStatus;
}

/** The site's items, top-level first, each level in its order. */
export async function listMenuItems(db: Conn, siteId: number): Promise<MenuItemRow[]> {
  return db
    .selectFrom('menu_items')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy((eb) => eb.case().when('parent_id', 'is', null).then(0).else(1).end())
    .orderBy('position')
    .orderBy('id')
    .execute();
}

async function deleteItemsOf(db: Conn, siteIds: readonly number[]): Promise<void> {
  if (siteIds.length === 0) return;
  // Sub-items first: the parent reference would refuse the other order on a database that checks it per statement.
  await db.deleteFrom('menu_items').where('site_id', 'in', siteIds).where('parent_id', 'is not', null).execute();
  await db.deleteFrom('menu_items').where('site_id', 'in', siteIds).execute();
}

/** Replaces the site's whole menu; call inside the transaction that audits it. */
export async function replaceMenu(db: Conn, siteId: number, menu: readonly MenuEntry[]): Promise<void> {
  await deleteItemsOf(db, [siteId]);
  for (const [position, item] of menu.entries()) {
    const parent = await db
      .insertInto('menu_items')
      .values({ site_id: siteId, parent_id: null, position, ...columnsOf(item) })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (item.children.length === 0) continue;
    await db
      .insertInto('menu_items')
      .values(item.children.map((child, childPosition) => ({ site_id: siteId, parent_id: parent.id, position: childPosition, ...columnsOf(child) })))
      .execute();
  }
}

function columnsOf(item: MenuEntry) {
  const { target } = item;
  return {
    label: item.label,
    target_kind: target.kind,
    page_id: target.kind === 'page' ? target.pageId : null,
    category_id: target.kind === 'category' ? target.categoryId : null,
    url: target.kind === 'link' ? target.url : null,
  };
}

/** Removes the menus of sites being removed (the demo system). */
export async function deleteMenusOfSites(db: Conn, siteIds: readonly number[]): Promise<void> {
  await deleteItemsOf(db, siteIds);
}

/** Every page of the site, whatever its status: a draft may be placed and shows once published. */
export async function listMenuPages(db: Conn, siteId: number): Promise<MenuPage[]> {
  return db.selectFrom('pages').select(['id', 'slug', 'title', 'status']).where('site_id', '=', siteId).orderBy('title').orderBy('id').execute();
}

/** The site's pages the public may see now (the read gate decides). */
export async function listPublicMenuPages(db: Conn, siteId: number): Promise<MenuPage[]> {
  return db.selectFrom('pages').select(['id', 'slug', 'title', 'status']).where('site_id', '=', siteId).where(publicNow('pages')).execute();
}

/** A page of the site by its slug, whatever its status. */
export async function findMenuPageBySlug(db: Conn, siteId: number, slug: string): Promise<MenuPage | undefined> {
  return db.selectFrom('pages').select(['id', 'slug', 'title', 'status']).where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** Of these page ids, those of pages on the site. */
export async function pageIdsOnSite(db: Conn, siteId: number, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('pages').select('id').where('site_id', '=', siteId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Of these category ids, those of categories on the site. */
export async function categoryIdsOnSite(db: Conn, siteId: number, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('categories').select('id').where('site_id', '=', siteId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
