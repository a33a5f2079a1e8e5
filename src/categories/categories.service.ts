/**
 * Changing a category's slug: the old listing URL and its RSS feed keep working
 * through a 301, and articles' old URLs follow because the article route redirects
 * any path whose category slug is not the article's current one.
 */
import type { Kysely } from 'kysely';
import type { CategoryRow, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError, type ErrorKind } from '../errors/domain-error.js';
import { deleteRedirect, saveRedirect } from '../redirects/index.js';
import { isSlug, toStoredInstant } from '../text/index.js';
import { categoryPath } from '../urls/paths.js';
import { findCategoryById, findCategoryBySlug } from './categories.repo.js';

/** A slug change refused: not a slug, no such category, or the slug is taken. */
export class CategorySlugError extends DomainError<'category_slug'> {
  constructor(message: string, kind: ErrorKind = 'conflict') {
    super(kind, 'category_slug', message);
    this.name = 'CategorySlugError';
  }
}

export async function changeCategorySlug(db: Kysely<Database>, id: number, slug: string, now = new Date()): Promise<CategoryRow> {
  if (!isSlug(slug)) throw new CategorySlugError(`Đường dẫn chuyên mục không hợp lệ: ${slug}`, 'invalid');
  return inTransaction(db, async (trx) => {
    const before = await findCategoryById(trx, id);
    if (before === undefined) throw new CategorySlugError(`Không tìm thấy chuyên mục #${id}`, 'not-found');
    if (before.slug === slug) return before;
    if ((await findCategoryBySlug(trx, before.site_id, slug)) !== undefined) {
      throw new CategorySlugError(`Đường dẫn "${slug}" đã được chuyên mục khác dùng`);
    }
    const after = await trx
      .updateTable('categories')
      .set({ slug, updated_at: toStoredInstant(now) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await saveRedirect(trx, before.site_id, categoryPath(before.slug), { categoryId: id });
    await saveRedirect(trx, before.site_id, `${categoryPath(before.slug)}/rss.xml`, { toPath: `${categoryPath(slug)}/rss.xml` });
    await deleteRedirect(trx, before.site_id, categoryPath(slug));
    return after;
  });
}
