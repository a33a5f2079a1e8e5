/**
 * Search: the index tables and the triggers that keep them in step with articles and
 * pages inside the database (no application hook to forget), then the first fill
 * from existing content. The statements live beside the search code
 * (search/schema-sqlite.ts, search/schema-postgres.ts), which reindex reuses.
 */
import { sql, type Kysely } from 'kysely';
import { POSTGRES_REINDEX, POSTGRES_SEARCH_SCHEMA } from '../../search/schema-postgres.js';
import { SQLITE_REINDEX, SQLITE_SEARCH_SCHEMA } from '../../search/schema-sqlite.js';
import type { Dialect } from '../database.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements = dialect === 'postgres' ? [...POSTGRES_SEARCH_SCHEMA, ...POSTGRES_REINDEX] : [...SQLITE_SEARCH_SCHEMA, ...SQLITE_REINDEX];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
