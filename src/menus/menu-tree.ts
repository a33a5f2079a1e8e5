/**
 * A site's menu between storage and the screens, pure: stored rows as a tree, the menu
 * a site without a stored one shows (derived from its content, as before menus were
 * editable), and a menu resolved to links for the public header — a page or category
 * by its current slug, so a renamed one is followed, and an item whose target is gone
 * or not public hidden with its sub-items.
 */
import type { MenuItemRow } from '../db/schema.js';
import { categoryPath, pagePath } from '../urls/paths.js';
import { isExternalUrl } from './menu-rules.js';
import { menuMessages } from './messages.js';

/** Where a stored item leads; a page or category deleted since leaves its id null. */
export type StoredTarget = { kind: 'page'; pageId: number | null } | { kind: 'category'; categoryId: number | null } | { kind: 'link'; url: string };

export interface StoredMenuItem {
  label: string;
  target: StoredTarget;
  children: StoredMenuItem[];
}

/** An item of the public header: where it goes and whether that leaves the site. */
export interface MenuLink {
  label: string;
  href: string;
  external: boolean;
  children: MenuLink[];
}

function targetOf(row: MenuItemRow): StoredTarget {
  switch (row.target_kind) {
    case 'page':
      return { kind: 'page', pageId: row.page_id };
    case 'category':
      return { kind: 'category', categoryId: row.category_id };
    case 'link':
      return { kind: 'link', url: row.url ?? '' };
  }
}

/** Rows (any order) as the menu's tree, each level by position. */
export function menuTree(rows: readonly MenuItemRow[]): StoredMenuItem[] {
  const byPosition = [...rows].sort((a, b) => a.position - b.position || a.id - b.id);
  const top = byPosition.filter((r) => r.parent_id === null);
  return top.map((parent) => ({
    label: parent.label,
    target: targetOf(parent),
    children: byPosition.filter((r) => r.parent_id === parent.id).map((child) => ({ label: child.label, target: targetOf(child), children: [] })),
  }));
}

/**
 * The menu of a site that has stored none: its introduction page, then its top-level
 * categories marked for the menu, in their order — what the header showed before.
 */
export function derivedMenu(
  categories: readonly { id: number; name: string; parent_id: number | null; in_menu: number }[],
  introduction: { id: number } | undefined,
): StoredMenuItem[] {
  const items: StoredMenuItem[] = [];
  if (introduction !== undefined) items.push({ label: menuMessages.introduction, target: { kind: 'page', pageId: introduction.id }, children: [] });
  for (const c of categories) {
    if (c.parent_id === null && c.in_menu === 1) items.push({ label: c.name, target: { kind: 'category', categoryId: c.id }, children: [] });
  }
  return items;
}

/** What the public may reach: slugs of the site's public pages and of its categories, by id. */
export interface PublicTargets {
  pages: ReadonlyMap<number, string>;
  categories: ReadonlyMap<number, string>;
}

function hrefOf(target: StoredTarget, targets: PublicTargets): string | undefined {
  switch (target.kind) {
    case 'page': {
      const slug = target.pageId === null ? undefined : targets.pages.get(target.pageId);
      return slug === undefined ? undefined : pagePath(slug);
    }
    case 'category': {
      const slug = target.categoryId === null ? undefined : targets.categories.get(target.categoryId);
      return slug === undefined ? undefined : categoryPath(slug);
    }
    case 'link':
      return target.url === '' ? undefined : target.url;
  }
}

/** The menu as the public header shows it: only items whose target a reader can reach. */
export function resolveMenu(items: readonly StoredMenuItem[], targets: PublicTargets): MenuLink[] {
  return items.flatMap((item) => {
    const href = hrefOf(item.target, targets);
    if (href === undefined) return [];
    return [{ label: item.label, href, external: item.target.kind === 'link' && isExternalUrl(href), children: resolveMenu(item.children, targets) }];
  });
}
