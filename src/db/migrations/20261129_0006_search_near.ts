/**
 * Near matches for search ("binh dang gioj" → "bình đẳng giới"): pg_trgm and GIN
 * trigram indexes on PostgreSQL, an FTS5 trigram table with its triggers on SQLite,
 * filled from the search index already there. The statements are frozen in
 * 20261129_0006_search_near.sql.ts: the live search code may change, this migration may not.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_NEAR_SCHEMA_0006, POSTGRES_TRIGRAM_EXTENSION_0006, SQLITE_NEAR_REINDEX_0006, SQLITE_NEAR_SCHEMA_0006 } from './20261129_0006_search_near.sql.js';

async function createTrigramExtension(db: Kysely<unknown>): Promise<void> {
  try {
    await sql.raw(POSTGRES_TRIGRAM_EXTENSION_0006).execute(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Search needs the PostgreSQL extension pg_trgm, which could not be created (${reason}). ` +
        'Install it (Debian: postgresql-contrib, part of postgresql-15) and run the migration as a role that may create it ' +
        '(the database owner; or run CREATE EXTENSION pg_trgm once as a superuser).',
      { cause: error },
    );
  }
}

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await createTrigramExtension(db);
  const statements = dialect === 'postgres' ? POSTGRES_NEAR_SCHEMA_0006 : [...SQLITE_NEAR_SCHEMA_0006, ...SQLITE_NEAR_REINDEX_0006];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
