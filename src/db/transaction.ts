/**
 * Runs `fn` in a transaction, joining the caller's when there already is one, so a
 * service can be atomic alone and still compose into a larger unit of work.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
