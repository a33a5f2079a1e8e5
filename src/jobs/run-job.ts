/**
 * Running one due job: claim it, fire it through the workflow and mark it, in one
 * transaction, so it runs once or not at all, and a process that dies mid-run leaves
 * it to the next poll of any other (claim.ts). This file writes no article: the
 * change, the right it needs and its audit entry are editorial/transitions.ts's, and
 * its event is delivered after the commit. A job whose article a person changed
 * meanwhile is cancelled with the reason; one the scheduling account may no longer
 * do, or that throws, is marked failed with the reason and an audit entry, and the
 * approvers' dashboard shows it until a person acts.
 */
import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { Database, JobRow } from '../db/schema.js';
import { EditorialError } from '../editorial/errors.js';
import type { DomainEvents } from '../editorial/events.js';
import { fireScheduledJob, SCHEDULER_NAME, type ScheduledOutcome } from '../editorial/transitions.js';
import { claimNextDueJob } from './claim.js';

type Conn = Kysely<Database>;

/** 'retry': the run was rolled back (a concurrent change, a deadlock); the job is pending again. */
export type JobOutcome = 'done' | 'cancelled' | 'failed' | 'retry';

/** Errors that say "try again" rather than "this job is wrong": the job stays pending. */
function isTransient(error: unknown): boolean {
  if (error instanceof EditorialError) return error.code === 'conflict';
  const code = (error as { code?: unknown } | null)?.code;
  // PostgreSQL class 40 (serialization failure, deadlock); SQLite busy or locked.
  return typeof code === 'string' && (code.startsWith('40') || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

async function mark(trx: Conn, job: JobRow, status: 'done' | 'cancelled' | 'failed', reason: string | null, now: Date): Promise<void> {
  await trx.updateTable('jobs').set({ status, done_at: now.toISOString(), last_error: reason }).where('id', '=', job.id).execute();
}

async function fail(trx: Conn, job: JobRow, workerId: string, reason: string, now: Date): Promise<void> {
  const message = reason.slice(0, 1000);
  await mark(trx, job, 'failed', message, now);
  const site = job.article_id === null ? undefined : await trx.selectFrom('articles').select('site_id').where('id', '=', job.article_id).executeTakeFirst();
  await recordAudit(trx, {
    action: 'job_failed',
    actorName: SCHEDULER_NAME,
    siteId: site?.site_id ?? null,
    objectType: 'article',
    objectId: job.article_id,
    details: { jobId: job.id, kind: job.kind, runAt: job.run_at, scheduledBy: job.created_by, error: message, worker: workerId },
  }, now);
}

/** The name of the archived site the job's article belongs to: an archived site's content does not change. */
async function archivedSiteOf(trx: Conn, job: JobRow): Promise<string | undefined> {
  if (job.article_id === null) return undefined;
  const row = await trx
    .selectFrom('articles')
    .innerJoin('sites', 'sites.id', 'articles.site_id')
    .select('sites.name')
    .where('articles.id', '=', job.article_id)
    .where('sites.status', '=', 'archived')
    .executeTakeFirst();
  return row?.name;
}

/** Runs `fn` so that a failure undoes its writes alone and the job can still be marked failed. */
async function inSavepoint<T>(trx: Conn, fn: () => Promise<T>): Promise<T> {
  await sql`savepoint run_job`.execute(trx);
  try {
    const result = await fn();
    await sql`release savepoint run_job`.execute(trx);
    return result;
  } catch (error) {
    await sql`rollback to savepoint run_job`.execute(trx);
    throw error;
  }
}

/** Claims the oldest job due at `due` and runs it; undefined when none is left for this process. */
export async function runNextDueJob(db: Db, events: DomainEvents, workerId: string, due: Date): Promise<JobOutcome | undefined> {
  try {
    return await events.transaction(db.kysely, async (trx, raise) => {
      const now = new Date();
      const job = await claimNextDueJob(trx, db.dialect, workerId, due, now);
      if (job === undefined) return undefined;
      const archived = await archivedSiteOf(trx, job);
      if (archived !== undefined) {
        await mark(trx, job, 'cancelled', `Cổng "${archived}" đã được lưu trữ (chỉ xem): không đăng hay gỡ tin theo giờ hẹn.`, now);
        return 'cancelled';
      }
      let fired: ScheduledOutcome;
      try {
        fired = await inSavepoint(trx, () => fireScheduledJob(trx, job, workerId, now));
      } catch (error) {
        if (isTransient(error)) throw error;
        await fail(trx, job, workerId, error instanceof Error ? error.message : String(error), now);
        return 'failed';
      }
      switch (fired.outcome) {
        case 'done':
          await mark(trx, job, 'done', null, now);
          if (fired.event !== undefined) raise(fired.event);
          return 'done';
        case 'cancelled':
          await mark(trx, job, 'cancelled', fired.reason, now);
          return 'cancelled';
        case 'refused':
          await fail(trx, job, workerId, fired.reason, now);
          return 'failed';
      }
    });
  } catch (error) {
    if (isTransient(error)) return 'retry';
    throw error;
  }
}
