/**
 * Citizens' questions join the search index (search/kinds.ts slot 3): their triggers keep
 * their documents in step with every write (only the public text, while published), and the
 * rows already there are indexed. The statements are frozen in 20261206_0021_search_questions.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_SEARCH_FILL_0021, POSTGRES_SEARCH_TRIGGERS_0021, SQLITE_SEARCH_FILL_0021, SQLITE_SEARCH_TRIGGERS_0021 } from './20261206_0021_search_questions.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements = dialect === 'postgres' ? [...POSTGRES_SEARCH_TRIGGERS_0021, ...POSTGRES_SEARCH_FILL_0021] : [...SQLITE_SEARCH_TRIGGERS_0021, ...SQLITE_SEARCH_FILL_0021];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
