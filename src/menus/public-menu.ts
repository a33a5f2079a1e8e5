/**
 * The menu of a site's public header, read per request: the stored menu when the site
 * has one, else the one derived from its content; resolved to links through the read
 * gate (a page shows once it is public; a deleted page or category hides its item).
 */
import type { Kysely } from 'kysely';
import { listCategories } from '../categories/index.js';
import type { Database } from '../db/schema.js';
import { INTRODUCTION_SLUG } from '../urls/paths.js';
import { derivedMenu, menuTree, resolveMenu, type MenuLink } from './menu-tree.js';
import { listMenuItems, listPublicMenuPages } from './menus.repo.js';

export async function publicMenu(db: Kysely<Database>, siteId: number): Promise<MenuLink[]> {
  const [rows, categories, pages] = await Promise.all([listMenuItems(db, siteId), listCategories(db, siteId), listPublicMenuPages(db, siteId)]);
  const items = rows.length > 0 ? menuTree(rows) : derivedMenu(categories, pages.find((p) => p.slug === INTRODUCTION_SLUG));
  return resolveMenu(items, { pages: new Map(pages.map((p) => [p.id, p.slug])), categories: new Map(categories.map((c) => [c.id, c.slug])) });
}
