/**
 * Search reads title hits first (search/candidate-passes.ts): on PostgreSQL that pass
 * needs an index of the title's words alone, or a common word would read every document
 * holding it anywhere. SQLite's FTS5 already indexes the title as its own column: nothing
 * to do there. The statement is frozen in 20261208_0027_search_title.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_TITLE_INDEX_0027 } from './20261208_0027_search_title.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const statement of POSTGRES_TITLE_INDEX_0027) await sql.raw(statement).execute(db);
}
