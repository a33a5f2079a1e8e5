/**
 * A site's public menu in the editorial API: the whole menu as its administrator sends
 * it (PUT replaces it) and as the menu screen reads it, with the pages and categories
 * it may point at. The schemas hold only the shape and bounds against abuse; the menu's
 * own rules (how many items, labels, which addresses, no duplicates) are
 * src/menus/menu-rules.ts, re-exported here so the admin checks a menu as the server does.
 */
import { z } from 'zod';
import { checkMenu, MENU_LIMITS } from '../menus/menu-rules.js';
import { idNumber } from './common.js';

export { checkMenu, MENU_LIMITS };

/** Generous bounds on what is parsed at all; the rules give the real limits with their reasons. */
const RAW_LABEL_MAX = 1000;
const RAW_URL_MAX = 4000;
const RAW_ITEMS_MAX = 100;

export const menuTargetInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), pageId: idNumber }).strict(),
  z.object({ kind: z.literal('category'), categoryId: idNumber }).strict(),
  z.object({ kind: z.literal('link'), url: z.string().max(RAW_URL_MAX) }).strict(),
]);

/** A sub-item: the menu has one level of them, so it has no `children` of its own. */
const menuSubItemInputSchema = z.object({ label: z.string().max(RAW_LABEL_MAX), target: menuTargetInputSchema }).strict();

const menuItemInputSchema = z
  .object({
    label: z.string().max(RAW_LABEL_MAX),
    target: menuTargetInputSchema,
    children: z.array(menuSubItemInputSchema).max(RAW_ITEMS_MAX).default([]),
  })
  .strict();

export const menuInputSchema = z
  .object({ items: z.array(menuItemInputSchema).max(RAW_ITEMS_MAX) })
  .strict()
  .describe('Toàn bộ menu của cổng, theo thứ tự: tối đa 12 mục cấp trên cùng, mỗi mục tối đa 15 mục con');
export type MenuInput = z.input<typeof menuInputSchema>;
export type MenuItemInput = MenuInput['items'][number];

/** Where a stored item leads; `pageId`/`categoryId` null: the page or category was deleted since. */
export const menuTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), pageId: z.number().int().nullable() }),
  z.object({ kind: z.literal('category'), categoryId: z.number().int().nullable() }),
  z.object({ kind: z.literal('link'), url: z.string() }),
]);
export type MenuTargetAnswer = z.infer<typeof menuTargetSchema>;

const menuSubItemSchema = z.object({ label: z.string(), target: menuTargetSchema });

const menuItemSchema = z.object({ label: z.string(), target: menuTargetSchema, children: z.array(menuSubItemSchema) });

export const siteMenuSchema = z
  .object({
    /** false: the site has stored no menu; these are the items derived from its content, as its readers see them. */
    stored: z.boolean(),
    items: z.array(menuItemSchema),
    choices: z.object({
      pages: z.array(z.object({ id: z.number().int(), title: z.string(), slug: z.string(), status: z.string() })),
      categories: z.array(z.object({ id: z.number().int(), name: z.string(), slug: z.string(), parentId: z.number().int().nullable() })),
    }),
  })
  .describe('Menu của cổng, cùng các trang và chuyên mục có thể đưa vào menu');
export type SiteMenu = z.infer<typeof siteMenuSchema>;
export type MenuItemAnswer = SiteMenu['items'][number];
