/**
 * Moving an article through the workflow, by a person or by the scheduler for the
 * account that scheduled it. workflow.ts decides whether a move is allowed;
 * applyStatusChange below is the one place an article's status changes: the UPDATE
 * guarded by the status it was read in (so two moves cannot both happen), its side
 * effects (notes, publication time, scheduled jobs), its audit entry, and the event
 * delivered once the transaction commits.
 */
import type { Kysely } from 'kysely';
import { findUserById, rolesOf } from '../accounts/index.js';
import { findArticleById, updateArticleIfUnchanged } from '../articles/articles.repo.js';
import type { ArticleUpdate, ArticleRow, ArticleStatus, Database, JobRow } from '../db/schema.js';
import { cancelArticleJobs, insertJob } from '../jobs/jobs.repo.js';
import { articleOnSite, auditArticle, type EditContext } from './editing.js';
import { EditorialError } from './errors.js';
import { articleEvent, statusEvent, withEvents, type ArticleEvent } from './events.js';
import { applyScheduledTransition, applyTransition, SCHEDULED_TRANSITIONS, STATUS_LABELS, WorkflowError, type Actor, type Transition } from './workflow.js';

type Conn = Kysely<Database>;

/** The actor's name in the audit log when a scheduled job makes the change. */
export const SCHEDULER_NAME = 'Hệ thống (hẹn giờ)';

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

interface StatusChange {
  transition: Transition;
  /** The new status, as workflow.ts allowed it. */
  to: ArticleStatus;
  input: TransitionInput;
  /** Set when a scheduled job makes the change. */
  job?: { id: number; runAt: string; worker: string };
}

/** The one write of an article's status, in the caller's transaction; returns the event it raises, if any. */
async function applyStatusChange(trx: Conn, ctx: EditContext, row: ArticleRow, change: StatusChange, now: Date): Promise<ArticleEvent | undefined> {
  const { transition: t, to, input, job } = change;
  const unpublishAt = unpublishTime(t, input, now);
  const changes: ArticleUpdate = { ...changesFor(t, row, input, ctx, now), ...(unpublishAt ? { unpublish_at: unpublishAt } : {}) };
  const written = await updateArticleIfUnchanged(trx, row.id, { status: row.status }, { ...changes, status: to, updated_at: now.toISOString() });
  if (!written) throw new EditorialError('conflict', 'Tin bài vừa được người khác chuyển trạng thái; hãy tải lại.');

  if (t === 'schedule' || t === 'unschedule' || t === 'unpublish' || t === 'withdraw') await cancelArticleJobs(trx, row.id);
  if (t === 'schedule' && typeof changes.scheduled_at === 'string') {
    await insertJob(trx, { kind: 'publish', articleId: row.id, runAt: changes.scheduled_at, createdBy: ctx.actor.userId, now });
  }
  if (unpublishAt !== null) {
    await cancelArticleJobs(trx, row.id, ['unpublish']);
    await insertJob(trx, { kind: 'unpublish', articleId: row.id, runAt: unpublishAt, createdBy: ctx.actor.userId, now });
  }
  const details = {
    from: row.status, to, note: input.note?.trim() || null, at: changes.scheduled_at ?? null, unpublishAt,
    ...(job === undefined ? {} : { jobId: job.id, runAt: job.runAt, worker: job.worker }),
  };
  await auditArticle(trx, ctx, `workflow_${t}`, row.id, details, now);
  const type = statusEvent(to);
  return type === undefined ? undefined : articleEvent(type, row, { actorId: ctx.actor.userId, scheduled: job !== undefined }, now);
}

/** A person moves an article: checked against their role, applied, audited, announced after the commit. */
export async function transitionArticle(db: Conn, ctx: EditContext, id: number, input: TransitionInput): Promise<ArticleRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const row = await articleOnSite(trx, ctx.siteId, id);
    const to = applyTransition(ctx.actor, { status: row.status, createdBy: row.created_by }, input.transition, { note: input.note, at: input.at, now });
    const event = await applyStatusChange(trx, ctx, row, { transition: input.transition, to, input }, now);
    if (event !== undefined) raise(event);
    return articleOnSite(trx, ctx.siteId, id);
  });
}

/** The account that scheduled a job as it stands now: its current role on the site, none once disabled or gone. */
async function accountNow(trx: Conn, userId: number | null, siteId: number): Promise<Actor> {
  const user = userId === null ? undefined : await findUserById(trx, userId);
  if (user === undefined || user.status !== 'active') return { userId: userId ?? 0, isSystemAdmin: false, role: undefined };
  const role = (await rolesOf(trx, user.id)).find((r) => r.siteId === siteId)?.role;
  return { userId: user.id, isSystemAdmin: user.is_system_admin === 1, role };
}

export type DueJob = Pick<JobRow, 'id' | 'kind' | 'article_id' | 'run_at' | 'created_by'>;

export type ScheduledOutcome =
  | { outcome: 'done'; event: ArticleEvent | undefined }
  /** A person changed the article or its time since it was scheduled: nothing is left to do. */
  | { outcome: 'cancelled'; reason: string }
  /** The scheduling account may no longer do it: the article stays as it is, for a person to decide. */
  | { outcome: 'refused'; reason: string; siteId: number };

/**
 * The scheduler fires a due job, in the caller's transaction: the same move as the
 * person's transition of that name, checked against the right the scheduling account
 * holds now. Throws on a job that makes no sense (unknown kind, article gone).
 */
export async function fireScheduledJob(trx: Conn, job: DueJob, worker: string, now: Date): Promise<ScheduledOutcome> {
  if (!Object.hasOwn(SCHEDULED_TRANSITIONS, job.kind)) throw new Error(`Loại công việc không xác định: ${String(job.kind)}`);
  if (job.article_id === null) throw new Error('Công việc không gắn với tin bài nào.');
  const row = await findArticleById(trx, job.article_id);
  if (row === undefined) throw new Error(`Không tìm thấy tin bài #${job.article_id}.`);
  const time = job.kind === 'publish' ? row.scheduled_at : row.unpublish_at;
  if (time !== job.run_at) {
    return { outcome: 'cancelled', reason: `Giờ hẹn của tin bài đã được đổi hoặc hủy sau khi lập công việc này (trạng thái: "${STATUS_LABELS[row.status]}").` };
  }
  const scheduledBy = await accountNow(trx, job.created_by, row.site_id);
  let to: ArticleStatus;
  try {
    to = applyScheduledTransition(scheduledBy, { status: row.status, createdBy: row.created_by }, job.kind);
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    if (error.code === 'invalid_transition') return { outcome: 'cancelled', reason: error.message };
    return { outcome: 'refused', reason: error.message, siteId: row.site_id };
  }
  const transition = SCHEDULED_TRANSITIONS[job.kind].right;
  const ctx: EditContext = { actor: scheduledBy, actorName: SCHEDULER_NAME, siteId: row.site_id, ip: null, now };
  const event = await applyStatusChange(trx, ctx, row, { transition, to, input: { transition }, job: { id: job.id, runAt: job.run_at, worker } }, now);
  return { outcome: 'done', event };
}
