/**
 * SQLite: the exact-diacritics body leaves the folded FTS table for a table of its own,
 * `search_fts_x`, without prefix indexes. The folded table keeps prefix indexes of 3 to 6
 * letters for the word being typed; FTS5 builds them for every column, so the exact body's
 * words paid for four prefix indexes that no query reads (the exact body is only asked for
 * whole words, search/candidates.ts). They were about half of the FTS index's size and of
 * the time of each FTS insert: `generate` writes about a fifth faster.
 *
 * Both tables keep no text of their own (contentless): the folded one is filled again from
 * the folded text search_documents holds, the exact one by folding every body again —
 * minutes on a database of a million articles, once.
 * PostgreSQL: nothing; its exact words are a column of search_documents (fts_x).
 *
 * The statements are frozen in 20261212_0032_search_exact_table.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { SQLITE_FTS_FILL_0032, SQLITE_FTS_TABLES_0032, SQLITE_SEARCH_TRIGGERS_0032 } from './20261212_0032_search_exact_table.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const statement of [...SQLITE_FTS_TABLES_0032, ...SQLITE_SEARCH_TRIGGERS_0032, ...SQLITE_FTS_FILL_0032]) await sql.raw(statement).execute(db);
}
