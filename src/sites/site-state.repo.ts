/**
 * Storage of the site-state version (table site_state, one row): raised by every write
 * that changes what processes hold in memory about the sites, read by each process to
 * tell whether it must reload (site-state.ts). Functions take the connection first.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Conn = Kysely<Database>;

/**
 * Raises the version by one. Call it inside the transaction that makes the change, so
 * the version moves exactly when the change commits (and not at all when it rolls back).
 */
export async function bumpSiteState(trx: Conn): Promise<void> {
  await trx
    .updateTable('site_state')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** The current version: one primary-key read. */
export async function readSiteStateVersion(db: Conn): Promise<number> {
  const row = await db.selectFrom('site_state').select('version').where('id', '=', 1).executeTakeFirst();
  return row?.version ?? 0;
}
