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
