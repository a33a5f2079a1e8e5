/**
 * Claiming due jobs so each runs once, however many server processes poll.
 * PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED in a transaction, then mark them
 * running with this worker's id. SQLite has one writer: a conditional UPDATE per
 * job (status still 'pending') and its row count decide.
 */
import type { Db } from '../db/database.js';
import type { JobRow } from '../db/schema.js';

/** A job left 'running' this long (its process died mid-run) becomes pending again. */
export const STALE_RUNNING_MS = 5 * 60_000;

type Conn = Db['kysely'];

/** Ids of pending jobs whose time has come, oldest first; locked (skipping others' locks) on PostgreSQL. */
function dueJobIds(trx: Conn, due: string, limit: number, lock: boolean) {
  let query = trx
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'pending')
    .where('run_at', '<=', due)
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit);
  if (lock) query = query.forUpdate().skipLocked();
  return query.execute();
}

export async function claimDueJobs(db: Db, workerId: string, now: Date, limit: number): Promise<JobRow[]> {
  const due = now.toISOString();
  const claim = { status: 'running' as const, locked_by: workerId, locked_at: due };
  const postgres = db.dialect === 'postgres';
  return db.kysely.transaction().execute(async (trx) => {
    const rows = await dueJobIds(trx, due, limit, postgres);
    const claimed: JobRow[] = [];
    // The status condition makes each claim conditional: on SQLite it is what
    // decides; on PostgreSQL the row locks already do and it costs nothing.
    for (const { id } of rows) {
      const row = await trx
        .updateTable('jobs')
        .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      if (row !== undefined) claimed.push(row);
    }
    return claimed;
  });
}

/** Gives back jobs whose worker vanished mid-run; the run itself re-checks its claim. */
export async function releaseStaleJobs(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - STALE_RUNNING_MS).toISOString();
  const result = await db.kysely
    .updateTable('jobs')
    .set({ status: 'pending', locked_by: null, locked_at: null })
    .where('status', '=', 'running')
    .where('locked_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
