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

export function openDatabase(target: Config['database']): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
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
  // The search index triggers call these on every write of articles and pages.
  registerSearchFunctions(sqlite);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}
