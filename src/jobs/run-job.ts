/**
 * Running one claimed job: the article's status change, its audit entry and the
 * job's 'done' mark commit together, and only while this worker still holds the
 * claim — so a publish happens once or not at all. A job whose article was changed
 * by a person meanwhile is cancelled with the reason; any other failure marks it
 * failed with last_error and an audit entry, and the dashboard shows it.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { ArticleUpdate, Database, JobRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export const SCHEDULER_NAME = 'Hệ thống (hẹn giờ)';

export type JobOutcome = 'done' | 'cancelled' | 'failed' | 'lost';

class LostClaim extends Error {}

async function finish(trx: Conn, job: JobRow, workerId: string, status: 'done' | 'cancelled', now: Date, reason: string | null): Promise<void> {
  const result = await trx
    .updateTable('jobs')
    .set({ status, done_at: now.toISOString(), last_error: reason })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new LostClaim();
}

async function runInTransaction(trx: Conn, job: JobRow, workerId: string, now: Date): Promise<'done' | 'cancelled'> {
  if (job.article_id === null) throw new Error('Công việc không gắn với tin bài nào.');
  const article = await trx.selectFrom('articles').selectAll().where('id', '=', job.article_id).executeTakeFirst();
  if (article === undefined) throw new Error(`Không tìm thấy tin bài #${job.article_id}.`);
  let from: 'scheduled' | 'published';
  let change: ArticleUpdate;
  if (job.kind === 'publish') {
    if (article.status !== 'scheduled' || article.scheduled_at !== job.run_at) {
      await finish(trx, job, workerId, 'cancelled', now, `Tin bài không còn hẹn giờ đăng lúc này (trạng thái: ${article.status}).`);
      return 'cancelled';
    }
    from = 'scheduled';
    change = { status: 'published', published_at: article.published_at ?? now.toISOString(), scheduled_at: null };
  } else if (job.kind === 'unpublish') {
    if (article.status !== 'published' || article.unpublish_at !== job.run_at) {
      await finish(trx, job, workerId, 'cancelled', now, `Tin bài không còn hẹn giờ gỡ lúc này (trạng thái: ${article.status}).`);
      return 'cancelled';
    }
    from = 'published';
    change = { status: 'unpublished', unpublish_at: null };
  } else {
    throw new Error(`Loại công việc không xác định: ${String(job.kind)}`);
  }
  const updated = await trx
    .updateTable('articles')
    .set({ ...change, updated_at: now.toISOString() })
    .where('id', '=', article.id)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new LostClaim();
  await recordAudit(trx, {
    action: job.kind === 'publish' ? 'workflow_publish' : 'workflow_unpublish',
    actorId: job.created_by,
    actorName: SCHEDULER_NAME,
    siteId: article.site_id,
    objectType: 'article',
    objectId: article.id,
    details: { from, to: change.status, jobId: job.id, runAt: job.run_at, worker: workerId },
  }, now);
  await finish(trx, job, workerId, 'done', now, null);
  return 'done';
}

async function markFailed(db: Conn, job: JobRow, workerId: string, error: unknown, now: Date): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('jobs')
      .set({ status: 'failed', last_error: message, done_at: now.toISOString() })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('locked_by', '=', workerId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return;
    const site = job.article_id === null ? undefined : await trx.selectFrom('articles').select('site_id').where('id', '=', job.article_id).executeTakeFirst();
    await recordAudit(trx, {
      action: 'job_failed',
      actorName: SCHEDULER_NAME,
      siteId: site?.site_id ?? null,
      objectType: 'article',
      objectId: job.article_id,
      details: { jobId: job.id, kind: job.kind, runAt: job.run_at, error: message, worker: workerId },
    }, now);
  });
}

export async function runJob(db: Conn, job: JobRow, workerId: string, now = new Date()): Promise<JobOutcome> {
  try {
    return await db.transaction().execute((trx) => runInTransaction(trx, job, workerId, now));
  } catch (error) {
    if (error instanceof LostClaim) return 'lost';
    await markFailed(db, job, workerId, error, now);
    return 'failed';
  }
}
