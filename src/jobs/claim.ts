/**
 * Claiming the next due job so each runs once, however many server processes poll.
 * The claim is the first statement of the transaction that runs the job and marks it
 * done, so it commits with the run or not at all; no job is ever left claimed by a
 * process that died:
 * - PostgreSQL: the row is locked with FOR UPDATE SKIP LOCKED, so other processes pass
 *   over it while it runs. If this process dies, its connection closes, the
 *   transaction rolls back, the lock goes, and another process takes the job at its
 *   next poll.
 * - SQLite (one writer): the UPDATE takes the write lock at once and its
 *   `status = 'pending'` condition decides; a crash rolls the transaction back too.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Database, JobRow } from '../db/schema.js';

type Conn = Kysely<Database>;

/** A job left 'running' this long becomes pending again. Only versions that committed a claim apart from its run left such rows. */
export const STALE_RUNNING_MS = 5 * 60_000;

/** Claims the oldest job due at `due` inside `trx`, or none if every due job is taken. */
export async function claimNextDueJob(trx: Conn, dialect: Dialect, workerId: string, due: Date, now: Date): Promise<JobRow | undefined> {
  let next = trx
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'pending')
    .where('run_at', '<=', due.toISOString())
    .orderBy('run_at')
    .orderBy('id')
    .limit(1);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  return trx
    .updateTable('jobs')
    .set((eb) => ({ locked_by: workerId, locked_at: now.toISOString(), attempts: eb('attempts', '+', 1) }))
    .where('id', '=', next)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/** Gives back jobs an earlier version left 'running' when its process died mid-run. */
export async function releaseStaleJobs(trx: Conn, now: Date): Promise<number> {
  const before = new Date(now.getTime() - STALE_RUNNING_MS).toISOString();
  const result = await trx
    .updateTable('jobs')
    .set({ status: 'pending', locked_by: null, locked_at: null })
    .where('status', '=', 'running')
    .where('locked_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
