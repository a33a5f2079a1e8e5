/**
 * Search opens to more kinds of content: document ids move from row id × 2 (+ 1 for pages)
 * to row id × 8 + the kind's slot (search/kinds.ts: article 0, page 1, document 2,
 * question 3, consultation 4, album 5), and the article and page triggers are recreated
 * for it. The rows already indexed are re-keyed in place (their folded text is kept); on
 * SQLite the FTS rows are refilled under the new rowids. The statements are frozen in
 * 20261206_0019_search_kinds.sql.ts: the live search code may change, this migration may not.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_REKEY_0019, POSTGRES_SEARCH_TRIGGERS_0019, SQLITE_REKEY_0019, SQLITE_SEARCH_TRIGGERS_0019 } from './20261206_0019_search_kinds.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements = dialect === 'postgres' ? [...POSTGRES_REKEY_0019, ...POSTGRES_SEARCH_TRIGGERS_0019] : [...SQLITE_REKEY_0019, ...SQLITE_SEARCH_TRIGGERS_0019];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
