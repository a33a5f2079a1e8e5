/**
 * Near matches, timed: `tsx bench/near.ts [sqlite|postgres] [synthetic rows]`.
 *
 * Seeds the demo system (as tests do, BENCH_PER_SITE articles per site, 300 by default), times nearMatches() for mistyped and nonsense
 * queries (median of 5 calls), then adds the given number of synthetic published
 * documents to search_documents (titles and leads drawn from the demo's own words)
 * and times again. With BENCH_EXPLAIN=1 it prints the plan of the candidate query
 * (PostgreSQL: EXPLAIN ANALYZE; SQLite: EXPLAIN QUERY PLAN) for the first query.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sql } from 'kysely';
import type { Dialect } from '../src/db/database.js';
import { createTestApp, type TestApp } from '../src/test-support/test-app.js';

const dialect = (process.argv[2] ?? 'postgres') as Dialect;
const synthetic = Number(process.argv[3] ?? 100_000);
const QUERIES = ['binh dang gioj', 'nong thong moi', 'Dong Haa', 'hien mau tinh nguyenn', 'xyzzy', 'qwertyuiop asdfgh', 'dong'];

/** The last statement the candidate query sent, captured from the driver. */
let captured: { text: string; values: unknown[] } | undefined;
/** Read through a call: the driver sets `captured` during an await, which narrowing cannot see. */
const lastCaptured = () => captured;
const isCandidateQuery = (text: string) => /search_near|<%|<<->|gtrgm|title_f <->|<<->/.test(text) && text.includes('title_f');
// Taken as plain functions and called with the driver's own `this` below.
const pgQuery = Reflect.get(pg.Client.prototype, 'query') as (this: pg.Client, ...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as { text?: string; values?: unknown[] } | string;
  const text = typeof first === 'string' ? first : first?.text;
  if (typeof text === 'string' && isCandidateQuery(text)) captured = { text, values: (typeof first === 'string' ? (args[1] as unknown[]) : first.values) ?? [] };
  return pgQuery.apply(this, args);
} as typeof pg.Client.prototype.query;
const sqlitePrepare = Reflect.get(SQLite.prototype, 'prepare') as (this: SQLite.Database, source: string) => SQLite.Statement;
SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
  const stmt = sqlitePrepare.call(this, source);
  if (isCandidateQuery(source)) {
    const target = stmt as unknown as { all: (...p: unknown[]) => unknown[] };
    const all = target.all.bind(stmt);
    target.all = (...params: unknown[]) => {
      captured = { text: source, values: params.flat() };
      return all(...params);
    };
  }
  return stmt;
} as typeof SQLite.prototype.prepare;

async function time(t: TestApp, text: string): Promise<{ ms: number; hits: number }> {
  const runs: number[] = [];
  let hits = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = process.hrtime.bigint();
    hits = (await t.services.search.nearMatches({ text, limit: 10 })).length;
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[2] ?? 0, hits };
}

async function explain(t: TestApp, text: string): Promise<void> {
  captured = undefined;
  await t.services.search.nearMatches({ text, limit: 10 });
  const seen = lastCaptured();
  if (seen === undefined) return void console.log('  (no candidate query captured)');
  const { text: statement, values } = seen;
  if (dialect === 'postgres') {
    const url = t.database.target.kind === 'postgres' ? t.database.target.url : '';
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', true)`);
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement}`, values);
      for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(`  ${row['QUERY PLAN']}`);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  } else {
    const file = t.database.target.kind === 'sqlite' ? t.database.target.file : '';
    const db = new SQLite(file, { readonly: true });
    for (const row of db.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(...(values as [])) as { detail: string }[]) console.log(`  ${row.detail}`);
    db.close();
  }
}

async function report(t: TestApp, label: string): Promise<void> {
  const n = await sql<{ n: number | string }>`SELECT count(*) AS n FROM search_documents`.execute(t.services.db.kysely);
  console.log(`\n${dialect}, ${label}: ${Number(n.rows[0]?.n)} documents`);
  for (const q of QUERIES) {
    const { ms, hits } = await time(t, q);
    console.log(`  ${JSON.stringify(q).padEnd(26)} ${ms.toFixed(1).padStart(8)} ms  ${hits} hits`);
  }
  if (process.env['BENCH_EXPLAIN'] === '1') {
    for (const q of ['binh dang gioj', 'xyzzy']) {
      console.log(`  plan for ${JSON.stringify(q)}:`);
      await explain(t, q);
    }
  }
}

/** A tiny deterministic generator, so that every run inserts the same rows. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function addSynthetic(t: TestApp, count: number): Promise<void> {
  const db = t.services.db.kysely;
  const source = await sql<{ title_f: string; lead_f: string; site_id: number }>`SELECT title_f, lead_f, site_id FROM search_documents`.execute(db);
  const words = [...new Set(source.rows.flatMap((r) => `${r.title_f} ${r.lead_f}`.split(/\s+/).filter((w) => w.length > 0)))];
  const sites = [...new Set(source.rows.map((r) => r.site_id))];
  const rnd = random(42);
  const phrase = (min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
  };
  const rows = Array.from({ length: count }, (_, i) => {
    const title = phrase(6, 14);
    const lead = phrase(20, 45);
    const day = Math.floor(rnd() * 3000);
    return {
      id: 10_000_000 + i * 2,
      kind: 'article',
      ref_id: 5_000_000 + i,
      site_id: sites[i % sites.length] ?? 1,
      category_id: null,
      status: 'published',
      published_at: new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString(),
      title_f: ` ${title} `,
      lead_f: ` ${lead} `,
      body_f: ` ${lead} `,
      title_x: ` ${title} `,
      lead_x: ` ${lead} `,
    };
  });
  const started = Date.now();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    if (dialect === 'postgres') {
      await sql`INSERT INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x, fts, fts_x)
        SELECT r.id, r.kind, r.ref_id, r.site_id, r.category_id, r.status, r.published_at, r.title_f, r.lead_f, r.body_f, r.title_x, r.lead_x,
          to_tsvector('simple', r.title_f || ' ' || r.lead_f), to_tsvector('simple', r.lead_x)
        FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS r(id bigint, kind text, ref_id int, site_id int, category_id int, status text,
          published_at timestamptz, title_f text, lead_f text, body_f text, title_x text, lead_x text)`.execute(db);
    } else {
      await db.transaction().execute(async (trx) => {
        for (const r of chunk) await trx.insertInto('search_documents' as never).values(r).execute();
      });
    }
  }
  if (dialect === 'postgres') await sql`ANALYZE search_documents`.execute(db);
  console.log(`\n(inserted ${count} synthetic documents in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const t = await createTestApp(dialect, { articlesPerSite: Number(process.env['BENCH_PER_SITE'] ?? 300) });
try {
  await report(t, 'demo data');
  if (synthetic > 0) {
    await addSynthetic(t, synthetic);
    await report(t, `demo + ${synthetic} synthetic`);
  }
} finally {
  if (process.env['BENCH_KEEP'] === '1') {
    console.log(`\nkept: ${JSON.stringify(t.database.target)}`);
    await t.app.close();
  } else await t.close();
}
