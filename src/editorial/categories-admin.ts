/**
 * Managing a site's categories from the admin: create, change (a new slug goes
 * through changeCategorySlug so old URLs answer 301), delete when empty. Each change
 * is one transaction with its audit entry.
 */
import type { Kysely } from 'kysely';
import type { AdminCategory, CategoryInput } from '../contract/categories.js';
import { recordAudit } from '../audit/audit.js';
import { CategorySlugError, changeCategorySlug, findCategoryById, findCategoryBySlug } from '../categories/index.js';
import type { CategoryRow, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { isSlug, slugify, uniqueSlug } from '../text/index.js';
import { isReservedPath, reservedPathClash } from '../urls/reserved-paths.js';
import type { EditContext } from './editing.js';
import { EditorialError } from './errors.js';

type Conn = Kysely<Database>;

// What is sent and answered is the editorial API's contract (src/contract/categories.ts).
export { categoryInputSchema, type AdminCategory, type CategoryInput } from '../contract/categories.js';

export function toAdminCategory(c: CategoryRow): AdminCategory {
  return { id: c.id, name: c.name, slug: c.slug, parentId: c.parent_id, menuOrder: c.menu_order, inMenu: c.in_menu === 1, description: c.description };
}

export async function categoryOnSite(db: Conn, siteId: number, id: number): Promise<CategoryRow> {
  const row = await findCategoryById(db, id);
  if (row === undefined || row.site_id !== siteId) throw new EditorialError('not_found', 'Không tìm thấy chuyên mục trên cổng thông tin này.');
  return row;
}

function checkSlug(slug: string): void {
  if (!isSlug(slug)) throw new EditorialError('invalid', 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.', 'slug');
  const clash = reservedPathClash(slug);
  if (clash !== undefined) throw new EditorialError('invalid', clash, 'slug');
}

/** The parent must be on the site and must not be the category itself or one of its descendants. */
async function checkParent(db: Conn, siteId: number, parentId: number | null, selfId?: number): Promise<void> {
  for (let id = parentId, depth = 0; id !== null; depth += 1) {
    if (id === selfId || depth > 50) throw new EditorialError('invalid', 'Chuyên mục cha không được là chính nó hoặc chuyên mục con của nó.', 'parentId');
    const parent = await findCategoryById(db, id);
    if (parent === undefined || parent.site_id !== siteId) throw new EditorialError('invalid', 'Chuyên mục cha không tồn tại trên cổng này.', 'parentId');
    id = parent.parent_id;
  }
}

function audit(db: Conn, ctx: EditContext, id: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action: 'category_changed', actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'category', objectId: id, ip: ctx.ip ?? null, details }, now);
}

export async function createCategory(db: Conn, ctx: EditContext, input: CategoryInput): Promise<CategoryRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await checkParent(trx, ctx.siteId, input.parentId);
    let slug: string;
    if (input.slug) {
      checkSlug(input.slug);
      if (await findCategoryBySlug(trx, ctx.siteId, input.slug)) throw new EditorialError('conflict', `Đường dẫn "${input.slug}" đã được chuyên mục khác dùng.`);
      slug = input.slug;
    } else {
      slug = await uniqueSlug(slugify(input.name) || 'chuyen-muc', async (s) => isReservedPath(s) || (await findCategoryBySlug(trx, ctx.siteId, s)) !== undefined);
    }
    const row = await trx
      .insertInto('categories')
      .values({ site_id: ctx.siteId, parent_id: input.parentId, slug, name: input.name, description: input.description || null, menu_order: input.menuOrder, in_menu: input.inMenu ? 1 : 0, created_at: now.toISOString(), updated_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, row.id, { op: 'create', name: row.name, slug }, now);
    return row;
  });
}

export async function updateCategory(db: Conn, ctx: EditContext, id: number, input: CategoryInput): Promise<CategoryRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await categoryOnSite(trx, ctx.siteId, id);
    await checkParent(trx, ctx.siteId, input.parentId, id);
    if (input.slug && input.slug !== before.slug) {
      checkSlug(input.slug);
      try {
        await changeCategorySlug(trx, id, input.slug, now);
      } catch (error) {
        if (error instanceof CategorySlugError) throw new EditorialError('conflict', error.message);
        throw error;
      }
    }
    const after = await trx
      .updateTable('categories')
      .set({ name: input.name, parent_id: input.parentId, menu_order: input.menuOrder, in_menu: input.inMenu ? 1 : 0, description: input.description || null, updated_at: now.toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, id, { op: 'update', before: toAdminCategory(before), after: toAdminCategory(after) }, now);
    return after;
  });
}

/** Only an empty category (no articles, no subcategories) can go. */
export async function deleteCategory(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await categoryOnSite(trx, ctx.siteId, id);
    const article = await trx.selectFrom('articles').select('id').where('category_id', '=', id).limit(1).executeTakeFirst();
    const child = await trx.selectFrom('categories').select('id').where('parent_id', '=', id).limit(1).executeTakeFirst();
    if (article !== undefined || child !== undefined) {
      throw new EditorialError('conflict', 'Chuyên mục còn tin bài hoặc chuyên mục con; hãy chuyển chúng đi trước khi xóa.');
    }
    await trx.deleteFrom('categories').where('id', '=', id).execute();
    await audit(trx, ctx, id, { op: 'delete', name: row.name, slug: row.slug }, now);
  });
}
