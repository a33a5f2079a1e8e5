/**
 * SQLite statements kept prepared between queries. Kysely's SQLite driver prepares every
 * statement anew; on a page read that was about a tenth of the server's time (SQLite
 * parsing and planning the same few SQL texts again), more than running them. Kysely
 * gives the same text for the same query shape, its values bound as parameters, so a
 * small cache of the latest texts catches nearly every read.
 *
 * A statement being iterated (a streamed sitemap or feed) is busy: the same text then
 * gets a fresh statement of its own. SQLite re-prepares a statement by itself when the
 * schema changes under it (a migration).
 */
import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept; the least recently used goes first. */
export const STATEMENT_CACHE_SIZE = 256;

export function withStatementCache(db: SqliteConnection, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string): Statement {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.busy) {
        // A Map iterates in insertion order: moved to the end, it is the most recently used.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = db.prepare(sql);
      if (kept === undefined) {
        statements.set(sql, statement);
        if (statements.size > size) {
          const oldest = statements.keys().next();
          if (oldest.done !== true) statements.delete(oldest.value);
        }
      }
      return statement;
    },
  };
}
