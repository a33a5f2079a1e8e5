/**
 * The durable jobs table: scheduled publish and unpublish of articles. Rows are
 * written in the same transaction as the workflow change that asks for them, so a
 * schedule is never recorded without its job, nor a job without its schedule.
 */
import type { Kysely } from 'kysely';
import type { Database, JobKind, JobRow } from '../db/schema.js';

type Conn = Kysely<Database>;

/** A pending job older than this is reported as overdue. */
export const OVERDUE_AFTER_MS = 60_000;

export async function insertJob(db: Conn, job: { kind: JobKind; articleId: number; runAt: string; createdBy: number | null; now: Date }): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({ kind: job.kind, article_id: job.articleId, run_at: job.runAt, status: 'pending', created_by: job.createdBy, created_at: job.now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Cancels the article's jobs that have not run (pending, or failed and waiting for a person). */
export async function cancelArticleJobs(db: Conn, articleId: number, kinds: readonly JobKind[] = ['publish', 'unpublish']): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'cancelled' })
    .where('article_id', '=', articleId)
    .where('kind', 'in', [...kinds])
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface OverdueJob {
  jobId: number;
  kind: JobKind;
  articleId: number;
  runAt: string;
  status: 'pending' | 'failed';
  attempts: number;
  lastError: string | null;
}

/** Jobs of a site that should have run: pending for over a minute, or failed. Never hidden. */
export async function overdueJobs(db: Conn, siteId: number, now: Date): Promise<OverdueJob[]> {
  const limit = new Date(now.getTime() - OVERDUE_AFTER_MS).toISOString();
  const rows = await db
    .selectFrom('jobs as j')
    .innerJoin('articles as a', 'a.id', 'j.article_id')
    .select(['j.id', 'j.kind', 'j.article_id', 'j.run_at', 'j.status', 'j.attempts', 'j.last_error'])
    .where('a.site_id', '=', siteId)
    .where((eb) => eb.or([eb('j.status', '=', 'failed'), eb.and([eb('j.status', '=', 'pending'), eb('j.run_at', '<', limit)])]))
    .orderBy('j.run_at')
    .limit(200)
    .execute();
  return rows.flatMap((r) =>
    r.article_id === null || (r.status !== 'pending' && r.status !== 'failed')
      ? []
      : [{ jobId: r.id, kind: r.kind, articleId: r.article_id, runAt: r.run_at, status: r.status, attempts: r.attempts, lastError: r.last_error }],
  );
}

export interface QueueStats {
  /** Jobs waiting to run, due or not. */
  pending: number;
  /** How long the oldest due pending job has waited past its time, in seconds (0 when none is due). */
  lagSeconds: number;
}

/** The queue as the metrics report it: one small aggregate over pending jobs. */
export async function queueStats(db: Conn, now: Date): Promise<QueueStats> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => [eb.fn.countAll<number>().as('pending'), eb.fn.min('run_at').as('oldest')])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const oldest = row.oldest === null ? null : Date.parse(row.oldest);
  const lag = oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000);
  return { pending: Number(row.pending), lagSeconds: lag };
}
