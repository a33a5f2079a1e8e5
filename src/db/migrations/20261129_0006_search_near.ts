/**
 * Near matches for search ("binh dang gioj" → "bình đẳng giới"): pg_trgm and GIN
 * trigram indexes on PostgreSQL, an FTS5 trigram table with its triggers on SQLite,
 * filled from the search index already there. The statements live beside the search
 * code (search/schema-near.ts).
 */
import { sql, type Kysely } from 'kysely';
import { POSTGRES_NEAR_SCHEMA, POSTGRES_TRIGRAM_EXTENSION, SQLITE_NEAR_REINDEX, SQLITE_NEAR_SCHEMA } from '../../search/schema-near.js';
import type { Dialect } from '../database.js';

async function createTrigramExtension(db: Kysely<unknown>): Promise<void> {
  try {
    await sql.raw(POSTGRES_TRIGRAM_EXTENSION).execute(db);
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
  const statements = dialect === 'postgres' ? POSTGRES_NEAR_SCHEMA : [...SQLITE_NEAR_SCHEMA, ...SQLITE_NEAR_REINDEX];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
