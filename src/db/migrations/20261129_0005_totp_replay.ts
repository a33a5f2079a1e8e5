/**
 * Remembers the last TOTP time step each account has used, so that a code seen over
 * someone's shoulder (or replayed from a captured request) cannot be used a second
 * time within its validity window.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
}
