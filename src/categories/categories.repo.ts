/** Storage of categories: a tree per site, ordered for menus. */
import type { Kysely } from 'kysely';
import type { CategoryRow, Database, NewCategory } from '../db/schema.js';

type Conn = Kysely<Database>;

export async function listCategories(db: Conn, siteId: number): Promise<CategoryRow[]> {
  return db.selectFrom('categories').selectAll().where('site_id', '=', siteId).orderBy('menu_order').orderBy('id').execute();
}

export async function findCategoryBySlug(db: Conn, siteId: number, slug: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

export async function findCategoryById(db: Conn, id: number): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCategory(db: Conn, category: NewCategory): Promise<CategoryRow> {
  return db.insertInto('categories').values(category).returningAll().executeTakeFirstOrThrow();
}

/** A template's categories (a new site's menu, the demo's), top-level and in the menu, in its order. */
export async function insertMenuCategories(
  db: Conn,
  siteId: number,
  template: readonly { slug: string; name: string; description: string; menuOrder: number }[],
  stamp: string,
): Promise<CategoryRow[]> {
  const rows: CategoryRow[] = [];
  for (const c of template) {
    rows.push(
      await insertCategory(db, {
        site_id: siteId,
        parent_id: null,
        slug: c.slug,
        name: c.name,
        description: c.description,
        menu_order: c.menuOrder,
        in_menu: 1,
        created_at: stamp,
        updated_at: stamp,
      }),
    );
  }
  return rows;
}
