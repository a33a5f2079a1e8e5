/**
 * Editing a site's menu: reading it for the menu screen (the stored menu, or — when the
 * site has none — the one derived from its content, marked `stored: false`, so the
 * screen starts from what readers see), with the pages and categories it may point at;
 * and saving a whole menu, which replaces the stored one in one transaction with its
 * audit entry. Only a site's own pages and categories may be targets. The public
 * header reads the menu per request (public-menu.ts), so nothing held in memory changes.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { listCategories } from '../categories/index.js';
import type { MenuInput, MenuItemAnswer, SiteMenu } from '../contract/menus.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { can } from '../editorial/workflow.js';
import type { FieldDetail } from '../errors/domain-error.js';
import { INTRODUCTION_SLUG } from '../urls/paths.js';
import { MenuError } from './errors.js';
import { checkMenu, menuLabels, menuSize, type MenuEntry } from './menu-rules.js';
import { derivedMenu, menuTree, type StoredMenuItem } from './menu-tree.js';
import { categoryIdsOnSite, listMenuItems, listMenuPages, pageIdsOnSite, replaceMenu } from './menus.repo.js';
import { menuMessages } from './messages.js';

type Conn = Kysely<Database>;

/** Who may change a site's menu: its administrators (and system administrators), as for the site's settings. */
export const MENU_RIGHT = 'manage_settings';

export type MenuContext = Pick<EditContext, 'actor' | 'actorName' | 'siteId' | 'ip' | 'now'>;

function toAnswer(item: StoredMenuItem): MenuItemAnswer {
  return { label: item.label, target: item.target, children: item.children.map((child) => ({ label: child.label, target: child.target })) };
}

export async function menuForEditing(db: Conn, siteId: number): Promise<SiteMenu> {
  const [rows, categories, pages] = await Promise.all([listMenuItems(db, siteId), listCategories(db, siteId), listMenuPages(db, siteId)]);
  const stored = rows.length > 0;
  const items = stored ? menuTree(rows) : derivedMenu(categories, pages.find((p) => p.slug === INTRODUCTION_SLUG));
  return {
    stored,
    items: items.map(toAnswer),
    choices: {
      pages: pages.map((p) => ({ id: p.id, title: p.title, slug: p.slug, status: p.status })),
      categories: categories.map((c) => ({ id: c.id, name: c.name, slug: c.slug, parentId: c.parent_id })),
    },
  };
}

/** Every page and category the menu points at must be the site's own; the fields of those that are not. */
async function foreignTargets(db: Conn, siteId: number, menu: readonly MenuEntry[]): Promise<FieldDetail[]> {
  const placed = menu.flatMap((item, i) => [
    { item, field: `items.${i}` },
    ...item.children.map((child, j) => ({ item: child, field: `items.${i}.children.${j}` })),
  ]);
  const pageIds = placed.flatMap(({ item }) => (item.target.kind === 'page' ? [item.target.pageId] : []));
  const categoryIds = placed.flatMap(({ item }) => (item.target.kind === 'category' ? [item.target.categoryId] : []));
  const [pages, categories] = await Promise.all([pageIdsOnSite(db, siteId, pageIds), categoryIdsOnSite(db, siteId, categoryIds)]);
  return placed.flatMap(({ item: { target }, field }): FieldDetail[] => {
    if (target.kind === 'page' && !pages.has(target.pageId)) return [{ field: `${field}.target.pageId`, message: menuMessages.pageNotOnSite }];
    if (target.kind === 'category' && !categories.has(target.categoryId)) return [{ field: `${field}.target.categoryId`, message: menuMessages.categoryNotOnSite }];
    return [];
  });
}

/** Replaces the site's menu with `input` (already shaped by the contract); answers the menu as the screen reads it. */
export async function saveMenu(db: Conn, ctx: MenuContext, input: MenuInput): Promise<SiteMenu> {
  if (!can(ctx.actor, MENU_RIGHT)) throw new EditorialError('forbidden', 'Chỉ quản trị cổng được sửa menu của cổng.');
  const check = checkMenu(input.items);
  if (!check.ok) throw new MenuError(check.errors);
  const menu = check.menu;
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const foreign = await foreignTargets(trx, ctx.siteId, menu);
    if (foreign.length > 0) throw new MenuError(foreign);
    const before = menuTree(await listMenuItems(trx, ctx.siteId));
    await replaceMenu(trx, ctx.siteId, menu);
    await recordAudit(
      trx,
      {
        action: 'menu_changed',
        actorId: ctx.actor.userId,
        actorName: ctx.actorName,
        siteId: ctx.siteId,
        objectType: 'menu',
        objectId: ctx.siteId,
        ip: ctx.ip ?? null,
        details: {
          before: { count: menuSize(before), labels: menuLabels(before) },
          after: { count: menuSize(menu), labels: menuLabels(menu) },
        },
      },
      now,
    );
    return menuForEditing(trx, ctx.siteId);
  });
}
