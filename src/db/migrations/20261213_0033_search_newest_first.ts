/**
 * SQLite: a document's rowid in both FTS tables becomes minus its id, so that FTS5's forward
 * order, the one it reads cheaply, is search's order, the newest first (search/schema-sqlite.ts
 * ftsRowid). Read backwards from the highest id, a site's newest matches cost more the more
 * other sites' entries lie above them: at a million articles a department's passes cost about
 * 5 ms each, those of the last site written 0.5 ms.
 *
 * Both tables are contentless: they are dropped and filled again, newest first, the folded one
 * from the folded text search_documents holds, the exact one by folding every body again, and
 * the exact one merged into one segment: 892 s on a database of a million articles (the fill;
 * the merge 32 s more), once.
 * PostgreSQL: nothing; its passes walk its own indexes (search/candidate-passes.ts).
 *
 * The statements are frozen in 20261213_0033_search_newest_first.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { SQLITE_FTS_COMPACT_0033, SQLITE_FTS_FILL_0033, SQLITE_FTS_TABLES_0033, SQLITE_SEARCH_TRIGGERS_0033 } from './20261213_0033_search_newest_first.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const statement of [...SQLITE_FTS_TABLES_0033, ...SQLITE_SEARCH_TRIGGERS_0033, ...SQLITE_FTS_FILL_0033, ...SQLITE_FTS_COMPACT_0033]) await sql.raw(statement).execute(db);
}
