/**
 * Opens the one Kysely instance the app uses: better-sqlite3 in DATA_DIR by default,
 * PostgreSQL when DATABASE_URL is set. Everything above this file is dialect-blind.
 */
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { registerSearchFunctions } from '../search/sqlite-functions.js';
import { makePrivateDir, touchPrivateFile } from './private-files.js';
import { namingPool } from './named-statements.js';
import { InlineLimitsPlugin } from './inline-limits.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** PostgreSQL's connection pool, for the metrics; SQLite has none. */
  readonly pool?: PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

// PostgreSQL hands back timestamptz as Date and bigint (count(*)) as string; the rest
// of the app expects what SQLite gives: ISO strings and numbers.
pg.types.setTypeParser(TIMESTAMPTZ_OID, (value) => new Date(value).toISOString());
pg.types.setTypeParser(INT8_OID, (value) => Number(value));

export interface OpenOptions {
  /**
   * SQLite's page cache in MB (better-sqlite3's build keeps 16 MB). A bulk load into a database of
   * gigabytes spends much of its time reading back the index pages it has just evicted;
   * `generate` gives itself 256 MB. The server keeps the default, for its memory budget.
   */
  sqliteCacheMb?: number;
}

export function openDatabase(target: Config['database'], options: OpenOptions = {}): Db {
  if (target.kind === 'postgres') {
    // A query waits at most this long for a connection: while the server is away the
    // request gets its 503 in seconds instead of hanging (db/unavailable.ts).
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
    // A connection the server closes (a restart, pg_terminate_backend, a network cut)
    // emits 'error' on its client: the pool's own event for an idle one, the client's for
    // one lent to a query (whose query fails with it, and its request gets a 503). Either
    // way the pool drops it and opens a new one for the next query. Without a listener
    // the event would be an uncaught error and end the process.
    const closed = (error: Error) => process.emitWarning(`PostgreSQL closed a connection: ${error.message}`, 'DatabaseWarning');
    pool.on('error', closed);
    pool.on('connect', (client) => client.on('error', closed));
    // The reads built once run as named statements, planned once per connection (named-statements.ts).
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
    return { kysely, dialect: 'postgres', pool, close: () => kysely.destroy() };
  }
  if (target.file !== ':memory:') {
    // Made before SQLite opens it, so the database never exists world-readable.
    makePrivateDir(path.dirname(target.file));
    touchPrivateFile(target.file);
  }
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  if (options.sqliteCacheMb !== undefined) sqlite.pragma(`cache_size = ${-Math.round(options.sqliteCacheMb * 1024)}`);
  // The search index triggers call these on every write of articles and pages.
  registerSearchFunctions(sqlite);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: [new InlineLimitsPlugin()] });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}
