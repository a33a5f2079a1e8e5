/**
 * Legal documents, consultations and albums join the search index (search/kinds.ts slots
 * 2, 4 and 5): their triggers keep their documents in step with every write, and the rows
 * already there are indexed. The statements are frozen in 20261206_0020_search_services.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_SEARCH_FILL_0020, POSTGRES_SEARCH_TRIGGERS_0020, SQLITE_SEARCH_FILL_0020, SQLITE_SEARCH_TRIGGERS_0020 } from './20261206_0020_search_services.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements = dialect === 'postgres' ? [...POSTGRES_SEARCH_TRIGGERS_0020, ...POSTGRES_SEARCH_FILL_0020] : [...SQLITE_SEARCH_TRIGGERS_0020, ...SQLITE_SEARCH_FILL_0020];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
