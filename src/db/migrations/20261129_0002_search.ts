/**
 * Search: the index tables and the triggers that keep them in step with articles and
 * pages inside the database (no application hook to forget), then the first fill
 * from existing content. The statements are frozen in 20261129_0002_search.sql.ts:
 * the live search code (reindex) may change, this migration may not.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_REINDEX_0002, POSTGRES_SEARCH_SCHEMA_0002, SQLITE_REINDEX_0002, SQLITE_SEARCH_SCHEMA_0002 } from './20261129_0002_search.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements =
    dialect === 'postgres' ? [...POSTGRES_SEARCH_SCHEMA_0002, ...POSTGRES_REINDEX_0002] : [...SQLITE_SEARCH_SCHEMA_0002, ...SQLITE_REINDEX_0002];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
