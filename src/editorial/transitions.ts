/**
 * Moving an article through the workflow. workflow.ts decides whether a transition
 * is allowed; this file applies it: the status change (guarded by the status it was
 * read in, so two people cannot both move it), its side effects (notes, publication
 * time, scheduled jobs) and its audit entry, all in one transaction.
 */
import type { Kysely } from 'kysely';
import type { ArticleUpdate, ArticleRow, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { cancelArticleJobs, insertJob } from '../jobs/jobs.repo.js';
import { articleOnSite, auditArticle, type EditContext } from './editing.js';
import { EditorialError } from './errors.js';
import { applyTransition, type Transition } from './workflow.js';

type Conn = Kysely<Database>;

export interface TransitionInput {
  transition: Transition;
  note?: string | undefined;
  /** schedule: when to publish (ISO 8601, in the future). */
  at?: string | undefined;
  /** publish / schedule: when to take the article down again (optional, after publication). */
  unpublishAt?: string | undefined;
}

function changesFor(t: Transition, row: ArticleRow, input: TransitionInput, ctx: EditContext, now: Date): ArticleUpdate {
  const note = input.note?.trim() || null;
  switch (t) {
    case 'submit':
      return { return_note: null };
    case 'return':
      return { return_note: note };
    case 'approve':
      return { approved_by: ctx.actor.userId };
    case 'publish':
      return { published_at: row.published_at ?? now.toISOString(), scheduled_at: null };
    case 'schedule':
      return { scheduled_at: new Date(input.at ?? '').toISOString() };
    case 'unschedule':
      return { scheduled_at: null, unpublish_at: null };
    case 'unpublish':
      return { unpublish_at: null };
    case 'withdraw':
      return { withdrawn_note: note, unpublish_at: null };
    case 'reopen':
      return { withdrawn_note: null };
  }
}

/** When the article should come down again, checked against when it goes up. */
function unpublishTime(t: Transition, input: TransitionInput, now: Date): string | null {
  if (input.unpublishAt === undefined || (t !== 'publish' && t !== 'schedule')) return null;
  const at = Date.parse(input.unpublishAt);
  const goesUp = t === 'schedule' ? Date.parse(input.at ?? '') : now.getTime();
  if (Number.isNaN(at) || at <= goesUp) {
    throw new EditorialError('invalid', 'Thời điểm gỡ bài phải sau thời điểm đăng.', 'unpublishAt');
  }
  return new Date(at).toISOString();
}

export async function transitionArticle(db: Conn, ctx: EditContext, id: number, input: TransitionInput): Promise<ArticleRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await articleOnSite(trx, ctx.siteId, id);
    const t = input.transition;
    const to = applyTransition(ctx.actor, { status: row.status, createdBy: row.created_by }, t, { note: input.note, at: input.at, now });
    const unpublishAt = unpublishTime(t, input, now);
    const changes: ArticleUpdate = { ...changesFor(t, row, input, ctx, now), ...(unpublishAt ? { unpublish_at: unpublishAt } : {}) };
    const result = await trx
      .updateTable('articles')
      .set({ ...changes, status: to, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new EditorialError('conflict', 'Tin bài vừa được người khác chuyển trạng thái; hãy tải lại.');

    if (t === 'schedule' || t === 'unschedule' || t === 'unpublish' || t === 'withdraw') await cancelArticleJobs(trx, id);
    if (t === 'schedule' && typeof changes.scheduled_at === 'string') {
      await insertJob(trx, { kind: 'publish', articleId: id, runAt: changes.scheduled_at, createdBy: ctx.actor.userId, now });
    }
    if (unpublishAt !== null) {
      await cancelArticleJobs(trx, id, ['unpublish']);
      await insertJob(trx, { kind: 'unpublish', articleId: id, runAt: unpublishAt, createdBy: ctx.actor.userId, now });
    }
    const details = { from: row.status, to, note: input.note?.trim() || null, at: changes.scheduled_at ?? null, unpublishAt };
    await auditArticle(trx, ctx, `workflow_${t}`, id, details, now);
    return articleOnSite(trx, ctx.siteId, id);
  });
}
