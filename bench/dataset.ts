/**
 * The benchmark's data: a fresh database of the dialect (SQLite in a temporary DATA_DIR, or
 * a PostgreSQL database created for the run and dropped after it), filled by `generate`
 * (timed), plus a system administrator for the publish measurement and the sample URLs:
 * the busiest site, one of its published articles and its busiest category.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase, type Db, type Dialect } from '../src/db/database.js';
import type { Database } from '../src/db/schema.js';
import { migrateToLatest } from '../src/db/migrations/index.js';
import { generate, GENERATE_SQLITE_CACHE_MB } from '../src/generate/index.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { createTestDatabase } from '../src/test-support/databases.js';

export const BENCH_ADMIN = 'bench-qtht';
export const BENCH_PASSWORD = TEST_PASSWORD;

export interface Dataset {
  dialect: Dialect;
  /** Settings for `serve` that point at this data. */
  env: Record<string, string>;
  generateSeconds: number;
  articles: number;
  host: string;
  siteSlug: string;
  articlePath: string;
  categoryPath: string;
  /** An id of a category of the site, for the article the publish measurement writes. */
  categoryId: number;
  drop(): Promise<void>;
}

async function open(dialect: Dialect, dataDir: string): Promise<{ db: Db; env: Record<string, string>; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const db = openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'govportal.sqlite') }, { sqliteCacheMb: GENERATE_SQLITE_CACHE_MB });
    await migrateToLatest(db);
    return { db, env: {}, drop: () => db.close() };
  }
  const test = await createTestDatabase('postgres');
  if (test.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
  return { db: test.db, env: { DATABASE_URL: test.target.url }, drop: () => test.drop() };
}

export async function prepareDataset(dialect: Dialect, sites: number, articles: number, progress: (line: string) => void): Promise<Dataset> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `govportal-bench-${dialect}-`));
  const { db, env, drop } = await open(dialect, dataDir);
  try {
    const started = performance.now();
    let shown = -1;
    await generate(db.kysely, {
      sites,
      articles,
      seed: 1,
      batch: 1000,
      onProgress: (done, total) => {
        const tenth = Math.floor((done * 10) / total);
        if (tenth !== shown) progress(`  generate on ${dialect}: ${done}/${total}`);
        shown = tenth;
      },
    });
    const generateSeconds = (performance.now() - started) / 1000;
    await createTestUser(db.kysely, BENCH_ADMIN, [], { isSystemAdmin: true });
    const sample = await samples(db.kysely);
    // SQLite: serve opens the file itself; close ours so the WAL is checkpointed and nothing is shared.
    if (dialect === 'sqlite') await db.close();
    return {
      dialect,
      env: { ...env, DATA_DIR: dataDir },
      generateSeconds,
      articles,
      ...sample,
      async drop() {
        if (dialect === 'postgres') await drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await drop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function samples(db: Kysely<Database>): Promise<Pick<Dataset, 'host' | 'siteSlug' | 'articlePath' | 'categoryPath' | 'categoryId'>> {
  const busiest = await db
    .selectFrom('articles')
    .select(['category_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('status', '=', 'published')
    .groupBy('category_id')
    .orderBy('n', 'desc')
    .orderBy('category_id')
    .executeTakeFirstOrThrow();
  const category = await db.selectFrom('categories as c').innerJoin('sites as s', 's.id', 'c.site_id').select(['c.id', 'c.slug', 's.slug as site', 's.hostnames', 's.id as siteId']).where('c.id', '=', busiest.category_id).executeTakeFirstOrThrow();
  const article = await db
    .selectFrom('articles')
    .select('slug')
    .where('category_id', '=', category.id)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .offset(5)
    .executeTakeFirstOrThrow();
  const host = (JSON.parse(category.hostnames) as string[])[0] ?? `${category.site}.localhost`;
  return { host, siteSlug: category.site, articlePath: `/${category.slug}/${article.slug}`, categoryPath: `/${category.slug}`, categoryId: category.id };
}
