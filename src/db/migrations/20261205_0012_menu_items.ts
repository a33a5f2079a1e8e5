/**
 * Editable site menus: a site admin decides what the public header's menu holds —
 * pages, categories and links, in their order, with one level of sub-items. A page or
 * category deleted elsewhere leaves its item with no target (ON DELETE SET NULL), which
 * the public render hides, rather than refusing the deletion or losing the item's
 * place unseen. Sub-items go with their parent. Same statements on both databases.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('menu_items'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('menu_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addColumn('label', 'text', notNull)
    .addColumn('target_kind', 'text', notNull)
    .addColumn('page_id', 'integer', (c) => c.references('pages.id').onDelete('set null'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
    .addColumn('url', 'text')
    .execute();
  await db.schema.createIndex('menu_items_site_parent_position').on('menu_items').columns(['site_id', 'parent_id', 'position']).execute();
}
