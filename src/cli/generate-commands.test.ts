/**
 * `govportal generate` end to end, on both databases: a small run (3 sites, 300 articles)
 * on a clean system gives exactly what was asked, every generated article answers on its
 * public page, search finds a generated title, and a second run adds more without a clash.
 * Mistyped numbers end with a Vietnamese message.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_SHARE, QUESTION_SHARE } from '../generate/index.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';
import { articlePath, documentPath, questionPath } from '../urls/paths.js';
import { CliError } from './cli-error.js';
import { parseGenerateArgs, runGenerate } from './generate-commands.js';

describe('generate arguments', () => {
  it('refuses numbers that are missing, negative, not whole or too large, in Vietnamese', () => {
    expect(() => parseGenerateArgs(['--articles', '10'])).toThrow(/Thiếu --sites/);
    expect(() => parseGenerateArgs(['--sites', '-3', '--articles', '10'])).toThrow(CliError);
    expect(() => parseGenerateArgs(['--sites', '3', '--articles', '1.5'])).toThrow(/--articles phải là số nguyên/);
    expect(() => parseGenerateArgs(['--sites', '0', '--articles', '5'])).toThrow(/--sites phải từ 1/);
    expect(() => parseGenerateArgs(['--sites', '3', '--articles', '5', '--batch', '999999'])).toThrow(/--batch tối đa/);
    expect(() => parseGenerateArgs(['--sites', '3', '--bogus'])).toThrow(/Tùy chọn không hợp lệ/);
    expect(() => parseGenerateArgs(['--sites', '3', '--articles', '5', '--jobs', '0'])).toThrow(/--jobs phải từ 1/);
    expect(() => parseGenerateArgs(['--sites', '3', '--articles', '5', '--jobs', '9'])).toThrow(/--jobs tối đa là 8/);
    expect(parseGenerateArgs(['--sites', '3', '--articles', '5'])).toEqual({ sites: 3, articles: 5, seed: 1, batch: 1000 });
    expect(parseGenerateArgs(['--sites', '3', '--articles', '5', '--jobs', '4'])).toEqual({ sites: 3, articles: 5, seed: 1, batch: 1000, jobs: 4 });
  });
});

/** Thrown to roll a transaction back on purpose. */
class RolledBack extends Error {}

describe.each(TEST_DIALECTS)('govportal generate on %s', (dialect) => {
  let t: TestApp;
  const out: string[] = [];
  const progress: string[] = [];
  const count = async (table: 'sites' | 'articles' | 'legal_documents' | 'questions') =>
    Number((await t.database.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  const run = (args: string[]) =>
    runGenerate(args, {
      db: t.database.db.kysely,
      dialect,
      out: (s) => out.push(s),
      progress: (s) => progress.push(s),
      tty: false,
      now: TEST_NOW,
      search: t.services.search,
    });

  // What the first run made, counted before any test (the tests may run in any order, one of them runs generate again).
  let made: Record<'sites' | 'articles' | 'legal_documents' | 'questions', number>;
  // On PostgreSQL the three sites are written at once, each on its own connection: every check below holds for that too.
  const firstArgs = ['--sites', '3', '--articles', '300', '--batch', '70'];
  const firstRun = [...firstArgs, ...(dialect === 'postgres' ? ['--jobs', '3'] : [])];
  /** What a reader finds of each generated article: its site, address and title. */
  const articlesSeen = async (app: TestApp) =>
    (await app.database.db.kysely.selectFrom('articles as a').innerJoin('sites as s', 's.id', 'a.site_id').select(['s.slug as site', 'a.slug', 'a.title', 'a.status']).execute())
      .map((r) => `${r.site} ${r.slug} ${r.status} ${r.title}`)
      .sort();
  let firstSeen: string[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { seed: false });
    expect(await run(firstRun)).toBe(0);
    firstSeen = await articlesSeen(t);
    made = { sites: await count('sites'), articles: await count('articles'), legal_documents: await count('legal_documents'), questions: await count('questions') };
    // A running server learns of new sites within a moment (sites/site-state.ts); the test does not wait for it.
    await t.services.registry.reload();
  }, 120_000);
  afterAll(() => t.close());

  it('creates exactly the sites and articles asked, with documents and questions in proportion', () => {
    expect(made.sites).toBe(3);
    expect(made.articles).toBe(300);
    expect(made.legal_documents).toBeGreaterThanOrEqual(Math.floor(300 * DOCUMENT_SHARE) - 3);
    expect(made.questions).toBeGreaterThanOrEqual(Math.floor(300 * QUESTION_SHARE) - 3);
    expect(out.join('')).toMatch(/Đã tạo 3 cổng, 300 tin bài/);
    expect(progress.join('')).toMatch(/100% 300\/300 tin bài/);
  });

  it('serves every generated published article on its public page, and search finds a generated title', async () => {
    const rows = await t.database.db.kysely
      .selectFrom('articles as a')
      .innerJoin('categories as c', 'c.id', 'a.category_id')
      .innerJoin('sites as s', 's.id', 'a.site_id')
      .select(['a.slug', 'a.title', 'a.status', 'c.slug as category', 's.slug as site'])
      .execute();
    const published = rows.filter((r) => r.status === 'published');
    expect(published.length).toBeGreaterThan(270);
    expect(new Set(rows.map((r) => r.site)).size).toBe(3);
    for (const r of published.slice(0, 60)) {
      const response = await t.app.inject({ url: articlePath(r.category, r.slug), headers: { host: `${r.site}.localhost` } });
      expect(response.statusCode, `${r.site} ${r.category}/${r.slug} ${response.body.slice(0, 500)}`).toBe(200);
    }
    const drafts = rows.filter((r) => r.status === 'draft');
    for (const r of drafts) {
      expect((await t.app.inject({ url: articlePath(r.category, r.slug), headers: { host: `${r.site}.localhost` } })).statusCode).toBe(404);
    }
    const target = published[published.length - 1];
    if (target === undefined) throw new Error('no published article');
    // The title's first words, as a reader types them (the search box takes a few words, not a whole headline).
    const query = target.title.split(' ').slice(0, 6).join(' ');
    const search = await t.app.inject({ url: `/tim-kiem?q=${encodeURIComponent(query)}`, headers: { host: `${target.site}.localhost` } });
    expect(search.statusCode, search.body.slice(0, 500)).toBe(200);
    expect(search.body).toContain(target.slug);
  });

  // PostgreSQL has no segments to merge (SearchService.compact does nothing there): shown as skipped, not passed.
  it.runIf(dialect === 'sqlite')('leaves the SQLite exact-words table merged into one sound segment, and search still finds what was written', async () => {
    const db = t.database.db.kysely;
    // FTS5's structure record: a 4-byte cookie, the version-2 mark, then the number of levels
    // and of segments (varints, one byte each while below 128).
    const structure = await sql<{ block: Uint8Array }>`SELECT block FROM search_fts_x_data WHERE id = 10`.execute(db);
    const block = Array.from(structure.rows[0]?.block ?? []);
    expect(block.slice(4, 8)).toEqual([0xff, 0x00, 0x00, 0x01]);
    expect(block[8]).toBeLessThan(128);
    expect(block[9], 'segments').toBe(1);
    await sql`INSERT INTO search_fts_x (search_fts_x, rank) VALUES ('integrity-check', 0)`.execute(db);
    const published = await db.selectFrom('articles').select(['id', 'title']).where('status', '=', 'published').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const words = published.title.split(' ').slice(0, 3).join(' ');
    expect((await t.services.search.rankedIds({ text: words, limit: 50 })).map((h) => h.id)).toContain(published.id);
  });

  it('serves the generated legal documents and published questions on their public pages', async () => {
    const db = t.database.db.kysely;
    const documents = await db.selectFrom('legal_documents as d').innerJoin('sites as s', 's.id', 'd.site_id').select(['d.slug', 's.slug as site']).limit(5).execute();
    const questions = await db.selectFrom('questions as q').innerJoin('sites as s', 's.id', 'q.site_id').select(['q.slug', 's.slug as site']).where('q.status', '=', 'published').limit(5).execute();
    expect(documents.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
    for (const d of documents) expect((await t.app.inject({ url: documentPath(d.slug), headers: { host: `${d.site}.localhost` } })).statusCode).toBe(200);
    for (const q of questions) expect((await t.app.inject({ url: questionPath(q.slug ?? ''), headers: { host: `${q.site}.localhost` } })).statusCode).toBe(200);
  });

  // generate gives ids itself (highest first, the order SQLite's search index takes rows in): they
  // must be the ones the database would have given, never one already used, nor one it gives later.
  it('gives new rows ids the database never gave before, and leaves the next ids to the database', async () => {
    const db = t.database.db.kysely;
    const highest = async () => Number((await db.selectFrom('articles').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()).id);
    const top = await highest();
    await db.deleteFrom('article_tags').where('article_id', '=', top).execute();
    await db.deleteFrom('articles').where('id', '=', top).execute();
    expect(await run(['--sites', '3', '--articles', '20'])).toBe(0);
    const fresh = await db.selectFrom('articles').select('id').where('id', '>=', top).execute();
    expect(fresh.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => top + 1 + i));
    const any = await db.selectFrom('articles').select(['site_id', 'category_id']).limit(1).executeTakeFirstOrThrow();
    const stamp = TEST_NOW.toISOString();
    // Written and rolled back: a row kept would add a segment to the search index another test here counts.
    let writtenId = 0;
    await db
      .transaction()
      .execute(async (trx) => {
        const written = await trx
          .insertInto('articles')
          .values({ ...any, slug: 'viet-sau-generate', title: 'Viết sau generate', lead: '', body_html: '<p>Viết sau generate</p>', featured_image_id: null, featured_image_caption: null, author_name: null, source: null, status: 'draft', withdrawn_note: null, featured: 0, published_at: null, created_at: stamp, updated_at: stamp })
          .returning('id')
          .executeTakeFirstOrThrow();
        writtenId = Number(written.id);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    expect(writtenId).toBe(top + 21);
  }, 120_000);

  it.runIf(dialect === 'sqlite')('refuses to write several sites at once on SQLite, in Vietnamese, and writes nothing', async () => {
    const before = await count('articles');
    await expect(run(['--sites', '3', '--articles', '10', '--jobs', '2'])).rejects.toThrow(/--jobs chỉ dùng với PostgreSQL/);
    expect(await count('articles')).toBe(before);
  });

  it.runIf(dialect === 'postgres')('writes the same articles one site at a time as three at once', async () => {
    const single = await createTestApp(dialect, { seed: false });
    try {
      const code = await runGenerate([...firstArgs, '--jobs', '1'], { db: single.database.db.kysely, dialect, out: () => undefined, progress: () => undefined, tty: false, now: TEST_NOW, search: single.services.search });
      expect(code).toBe(0);
      expect(await articlesSeen(single)).toEqual(firstSeen);
    } finally {
      await single.close();
    }
  }, 120_000);

  it('adds more on a second run, with the same seed, and never repeats a slug on a site', async () => {
    const before = await count('articles');
    expect(await run(['--sites', '3', '--articles', '150'])).toBe(0);
    expect(await count('sites')).toBe(3);
    expect(await count('articles')).toBe(before + 150);
    const rows = await t.database.db.kysely.selectFrom('articles').select(['site_id', 'slug']).execute();
    expect(new Set(rows.map((r) => `${r.site_id} ${r.slug}`)).size).toBe(before + 150);
  }, 120_000);
});
