/**
 * A site's search reads its own matches, not every site's. Before, a district portal's
 * search walked the matches of all 150 sites newest first and dropped the others': at a
 * million articles a common word cost seconds.
 *
 * SQLite: the FTS table is recreated with a `scope` column holding one token naming the
 * document's site, so that FTS5 intersects the words' lists with the site's list; every
 * kind's triggers write it (a move to another site rewrites the row), and the table is
 * filled again from the documents already indexed. The FTS table keeps no text of its own
 * (contentless), so the fill folds every body again: minutes on a database of a million
 * articles, once.
 * PostgreSQL: an index of (site_id, id), from which a site's matches are walked newest first.
 *
 * The statements are frozen in 20261210_0030_search_scope.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_SITE_INDEX_0030, SQLITE_FTS_FILL_0030, SQLITE_FTS_TABLE_0030, SQLITE_SEARCH_TRIGGERS_0030 } from './20261210_0030_search_scope.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const statements = dialect === 'postgres' ? POSTGRES_SITE_INDEX_0030 : [...SQLITE_FTS_TABLE_0030, ...SQLITE_SEARCH_TRIGGERS_0030, ...SQLITE_FTS_FILL_0030];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
