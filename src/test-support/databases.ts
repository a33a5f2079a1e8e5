/**
 * Real databases for tests: a fresh SQLite file, and a PostgreSQL database with a
 * unique name that is dropped afterwards. PostgreSQL is mandatory when CI=true; a
 * local run without it tests SQLite alone and says so plainly.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Dialect } from '../db/database.js';
import { migrateToLatest, migrateUpTo } from '../db/migrations/index.js';

const ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`PostgreSQL is required in CI but unreachable at ${ADMIN_URL}: ${String(error)}`);
    }
    console.warn(`\n*** PostgreSQL unreachable at ${ADMIN_URL}: PostgreSQL tests were SKIPPED (SQLite only). ***\n`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable: boolean = await probePostgres();

/** The dialects this run covers: both, or SQLite alone when PostgreSQL is absent locally. */
export const TEST_DIALECTS: readonly Dialect[] = postgresAvailable ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  readonly db: Db;
  readonly target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A migrated, empty database of the given dialect (migrated up to `upTo` only, to test a later migration's upgrade). */
export async function createTestDatabase(dialect: Dialect, upTo?: string): Promise<TestDatabase> {
  const migrate = (db: Db) => (upTo === undefined ? migrateToLatest(db) : migrateUpTo(db, upTo));
  const name = `govportal_test_${crypto.randomBytes(6).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-test-'));
    const target = { kind: 'sqlite' as const, file: path.join(dir, `${name}.sqlite`) };
    const db = openDatabase(target);
    await migrate(db);
    return {
      db,
      target,
      async drop() {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const target = { kind: 'postgres' as const, url: url.toString() };
  const db = openDatabase(target);
  await migrate(db);
  return {
    db,
    target,
    async drop() {
      await db.close();
      await withAdmin(async (c) => {
        // pool.end() resolves before its sockets close: forcing the drop then would hand the
        // closing clients a FATAL error nobody listens to. Let the backends leave first.
        for (let i = 0; i < 100; i += 1) {
          const left = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if ((left.rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}
