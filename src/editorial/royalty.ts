/**
 * Royalty (nhuận bút): per article a genre, the approver's coefficient, a reprint
 * flag and the authors with their shares (summing to 100); per month a report of the
 * articles published in that month (Vietnam time), one line per author and article.
 */
import type { Kysely } from 'kysely';
import { updateArticleRow } from '../articles/articles.repo.js';
import type { Royalty, RoyaltyInput } from '../contract/royalty.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { articleOnSite, auditArticle, type EditContext } from './editing.js';
import { EditorialError } from './errors.js';
import { can } from './workflow.js';

type Conn = Kysely<Database>;

// What is sent and answered is the editorial API's contract (src/contract/royalty.ts).
export { royaltyInputSchema, type Royalty, type RoyaltyInput } from '../contract/royalty.js';

export async function royaltyOf(db: Conn, articleId: number): Promise<Royalty> {
  const [article, authors] = await Promise.all([
    db.selectFrom('articles').select(['genre', 'royalty_coefficient', 'is_reprint']).where('id', '=', articleId).executeTakeFirstOrThrow(),
    db.selectFrom('article_authors').select(['name', 'user_id', 'share']).where('article_id', '=', articleId).orderBy('position').execute(),
  ]);
  return {
    genre: article.genre,
    coefficient: article.royalty_coefficient === null ? null : Number(article.royalty_coefficient),
    isReprint: article.is_reprint === 1,
    authors: authors.map((a) => ({ name: a.name, userId: a.user_id, share: Number(a.share) })),
  };
}

/**
 * Whoever may edit the article sets genre, reprint flag and authors; only who may
 * `set_royalty` (approvers) sets or changes the coefficient.
 */
export async function setRoyalty(db: Conn, ctx: EditContext, id: number, input: RoyaltyInput): Promise<Royalty> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await articleOnSite(trx, ctx.siteId, id);
    const facts = { status: row.status, createdBy: row.created_by };
    const mayGrade = can(ctx.actor, 'set_royalty', facts);
    if (!mayGrade && !can(ctx.actor, 'edit', facts)) throw new EditorialError('forbidden', 'Bạn không có quyền sửa thông tin nhuận bút của tin bài này.');
    const coefficient = input.coefficient === undefined ? row.royalty_coefficient : input.coefficient;
    if (!mayGrade && coefficient !== row.royalty_coefficient) {
      throw new EditorialError('forbidden', 'Chỉ lãnh đạo duyệt bài được chấm hệ số nhuận bút.');
    }
    const userIds = input.authors.flatMap((a) => (a.userId == null ? [] : [a.userId]));
    if (userIds.length > 0) {
      const found = await trx.selectFrom('users').select('id').where('id', 'in', userIds).execute();
      if (found.length !== new Set(userIds).size) throw new EditorialError('invalid', 'Có tác giả không phải tài khoản của hệ thống.', 'authors');
    }
    await updateArticleRow(trx, id, { genre: input.genre || null, royalty_coefficient: coefficient, is_reprint: input.isReprint ? 1 : 0, updated_at: now.toISOString() });
    await trx.deleteFrom('article_authors').where('article_id', '=', id).execute();
    if (input.authors.length > 0) {
      await trx
        .insertInto('article_authors')
        .values(input.authors.map((a, position) => ({ article_id: id, position, user_id: a.userId ?? null, name: a.name, share: a.share })))
        .execute();
    }
    const details = { genre: input.genre, coefficient, previousCoefficient: row.royalty_coefficient, isReprint: input.isReprint, authors: input.authors };
    await auditArticle(trx, ctx, 'royalty_changed', id, details, now);
    return royaltyOf(trx, id);
  });
}
