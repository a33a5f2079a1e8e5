/**
 * Near matches over the seeded demo system plus the fixtures, one suite run unchanged
 * on every database: mistyped queries find what was meant, nonsense finds nothing,
 * every hit list equals what the trigram rules (trigrams.ts) give over all content
 * (so both databases return the same), the filters hold, hostile input never throws,
 * and publishing, unpublishing and reindexing show at once.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles.service.js';
import type { Dialect } from '../db/database.js';
import { loadSeedArticle } from '../demo/demo-files.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { parseQuery } from './query.js';
import { createSearchService } from './service.js';
import type { NearMatchQuery, SearchHit } from './search.js';
import { insertFixtures, type Fixtures } from './testing/fixtures.js';
import { containsSequence, docKey, loadOracle, phraseWords, type OracleDoc } from './testing/oracle.js';
import { NEAR_CANDIDATE_SHARE, NEAR_THRESHOLD, nearQueryText, nearScore, queryTrigrams, textTrigrams, wordSimilarity } from './trigrams.js';
import { documentId as documentIdOf } from './kinds.js';

const seed = loadSeedArticle();
const LIMIT = 10;

/** Mistyped queries and a phrase the first near match's title must contain. */
const TYPOS: readonly { q: string; title: string }[] = [
  { q: 'binh dang gioj', title: seed.title },
  { q: 'Bình đẳng giớj', title: seed.title },
  { q: 'nong thong moi', title: 'nông thôn mới' },
  { q: 'Dong Haa', title: 'đông hà' },
  { q: 'khanh tanh', title: 'khánh thành' },
  { q: 'hien mau tinh nguyenn', title: 'hiến máu tình nguyện' },
];

const NONSENSE = ['xyzzy', 'qwertyuiop asdfgh', '@@@ ### !!!', '😀🎉', 'zq'];

const HOSTILE = [
  '"',
  '"  b"',
  'NEAR(a b, 2)',
  "'; DROP TABLE search_near; --",
  '1 UNION SELECT password_hash FROM users',
  'x:* & !y <-> z',
  '%_%',
  'bình\u0000đẳng',
  '\u0000',
  'x'.repeat(10_000),
  'từ '.repeat(40),
  'a'.repeat(300) + ' ' + 'b'.repeat(300),
];

const hitKey = (h: SearchHit) => docKey(h.type, h.id);
const documentId = (d: OracleDoc) => documentIdOf(d.type, d.id);

/** What nearMatches must return, computed from every published document in TypeScript. */
function expectedNear(docs: readonly OracleDoc[], text: string, keep: (d: OracleDoc) => boolean = () => true): string[] {
  const trigrams = queryTrigrams(nearQueryText(parseQuery(text).folded));
  return docs
    .filter(keep)
    .map((d) => ({ d, near: nearScore(trigrams, d.fields.title.join(' ')) }))
    .filter((r) => r.near.match >= NEAR_THRESHOLD)
    .map(({ d, near }) => ({ d, score: near.rank }))
    .sort((a, b) => {
      if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
      const pa = a.d.publishedAt ?? '';
      const pb = b.d.publishedAt ?? '';
      if (pa !== pb) return pa < pb ? 1 : -1;
      return documentId(b.d) - documentId(a.d);
    })
    .slice(0, LIMIT)
    .map((r) => r.d.key);
}

function nearSuite(dialect: Dialect) {
  let t: TestApp;
  let fixtures: Fixtures;
  let docs: OracleDoc[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    fixtures = await insertFixtures(t.services.db.kysely);
    docs = await loadOracle(t.services.db.kysely);
  });
  afterAll(() => t.close());

  const near = (text: string, extra: Partial<NearMatchQuery> = {}) => t.services.search.nearMatches({ text, limit: LIMIT, ...extra });

  for (const { q, title } of TYPOS) {
    it(`${JSON.stringify(q)}: near matches put “${title}” first, as the trigram rules say`, async () => {
      const hits = await near(q);
      expect(hits.map(hitKey)).toEqual(expectedNear(docs, q));
      expect(containsSequence(docs.find((d) => d.key === hitKey(hits[0] as SearchHit))?.fields.title ?? [], phraseWords(title)), hits[0]?.title).toBe(true);
    });
  }

  it('marks the words that look like the query in a near match', async () => {
    const [hit] = await near('binh dang gioj');
    expect(hit?.titleHtml).toContain('<mark>Bình</mark> <mark>đẳng</mark> <mark>giới</mark>');
  });

  it('finds nothing, not even near, for nonsense', async () => {
    for (const q of NONSENSE) expect(await near(q), q).toEqual([]);
    for (const q of ['xyzzy', 'qwertyuiop asdfgh']) expect((await t.services.search.search({ text: q, page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('applies the filters of search: sites, category, type, dates, unpublished', async () => {
    const camlo = fixtures.siteId;
    const seedKey = docs.find((d) => d.title === seed.title)?.key;
    expect((await near('binh dang gioj'))[0]?.title).toBe(seed.title);
    expect((await near('binh dang gioj', { siteIds: [camlo] })).map(hitKey)).toEqual(expectedNear(docs, 'binh dang gioj', (d) => d.siteId === camlo));
    expect((await near('binh dang gioj', { siteIds: [camlo] })).every((h) => h.siteId === camlo)).toBe(true);
    expect(await near('binh dang gioj', { siteIds: [] })).toEqual([]);
    const elsewhere = await near('binh dang gioj', { siteIds: docs.map((d) => d.siteId).filter((id) => id !== camlo) });
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.map(hitKey)).not.toContain(seedKey);

    const inCategory = await near('cong chieng pa nhoo', { categoryId: fixtures.categoryId });
    expect(inCategory.map((h) => h.id)).toEqual([fixtures.ids.newerTwin, fixtures.ids.olderTwin]);
    const withDraft = await near('cong chieng pa nhoo', { categoryId: fixtures.categoryId, includeUnpublished: true });
    expect(withDraft.map((h) => h.id)).toContain(fixtures.ids.draft);
    expect(withDraft.find((h) => h.id === fixtures.ids.draft)?.status).toBe('draft');

    const pages = await near('gioi thieuu', { type: 'page' });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((h) => h.type === 'page')).toBe(true);
    expect(pages.map(hitKey)).toEqual(expectedNear(docs, 'gioi thieuu', (d) => d.type === 'page'));

    const dated = await near('cong chieng pa nhoo', { categoryId: fixtures.categoryId, from: '2020-06-01T00:00:00Z', to: '2020-12-31T00:00:00Z' });
    expect(dated.map((h) => h.id)).toEqual([fixtures.ids.newerTwin]);
  });

  it('returns at most the limit asked for, within bounds', async () => {
    expect((await near('dong', { limit: 3 })).length).toBeLessThanOrEqual(3);
    expect((await near('dong', { limit: 0 })).length).toBeLessThanOrEqual(1);
    expect((await near('dong', { limit: 1e9 })).length).toBeLessThanOrEqual(50);
  });

  it('never throws on hostile input', async () => {
    for (const q of HOSTILE) {
      const hits = await near(q, { siteIds: [fixtures.siteId] });
      expect(Array.isArray(hits), JSON.stringify(q.slice(0, 30))).toBe(true);
    }
  });

  it('follows publishing and unpublishing at once, and survives a reindex', async () => {
    const db = t.services.db.kysely;
    const article = await createArticle(db, {
      siteId: fixtures.siteId,
      categoryId: fixtures.categoryId,
      title: 'Lễ hội pháo hoa Cửa Tùng',
      lead: 'Đêm hội bên bờ biển.',
      bodyHtml: '<p>Pháo hoa rực rỡ.</p>',
      status: 'published',
      publishedAt: '2026-11-28T01:00:00Z',
    });
    const ids = async () => (await near('phao hoaa cua tungg', { categoryId: fixtures.categoryId })).map((h) => h.id);
    expect(await ids()).toEqual([article.id]);
    await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', article.id).execute();
    expect(await ids()).toEqual([]);
    await db.updateTable('articles').set({ status: 'published' }).where('id', '=', article.id).execute();
    await db.updateTable('articles').set({ title: 'Lễ hội diều Cửa Việt' }).where('id', '=', article.id).execute();
    expect(await ids()).toEqual([]);
    expect((await near('le hoi dieuu cua viet', { categoryId: fixtures.categoryId })).map((h) => h.id)).toEqual([article.id]);
    await t.services.search.reindex();
    expect((await near('le hoi dieuu cua viet', { categoryId: fixtures.categoryId })).map((h) => h.id)).toEqual([article.id]);
    await db.deleteFrom('articles').where('id', '=', article.id).execute();
    expect((await near('le hoi dieuu cua viet', { categoryId: fixtures.categoryId })).map((h) => h.id)).toEqual([]);
  });

  it('runs at most two at once in a process; more at the same moment get none', async () => {
    const search = createSearchService(t.services.db);
    const calls = [0, 1, 2].map(() => search.nearMatches({ text: 'binh dang gioj', limit: LIMIT }));
    const [first, second, third] = await Promise.all(calls);
    expect(first?.[0]?.title).toBe(seed.title);
    expect(second?.[0]?.title).toBe(seed.title);
    expect(third).toEqual([]);
    expect((await search.nearMatches({ text: 'binh dang gioj', limit: LIMIT }))[0]?.title).toBe(seed.title);
  });

  if (dialect === 'postgres') {
    it('answers none, without an error, when the query runs out of its time budget', async () => {
      const hurried = createSearchService(t.services.db, { nearTimeBudgetMs: 1 });
      expect(await hurried.nearMatches({ text: 'binh dang gioj', limit: LIMIT })).toEqual([]);
      // The budget was the query's own: the connection goes on without it.
      const row = await sql<{ t: string }>`SELECT current_setting('statement_timeout') AS t`.execute(t.services.db.kysely);
      expect(row.rows[0]?.t).toBe('0');
    });

    it('pg_trgm keeps, as candidates, every title the exact score keeps', async () => {
      for (const { q } of [...TYPOS, { q: 'cong chieng pa nhoo' }, { q: 'gioi thieuu' }]) {
        const text = nearQueryText(parseQuery(q).folded);
        const trigrams = queryTrigrams(text);
        const kept = docs.filter((d) => wordSimilarity(trigrams, textTrigrams(d.fields.title.join(' '))) >= NEAR_THRESHOLD);
        for (const d of kept) {
          const row = await sql<{ w: number }>`SELECT word_similarity(${text}, ${` ${d.fields.title.join(' ')} `}) AS w`.execute(t.services.db.kysely);
          expect(Number(row.rows[0]?.w), `${q} / ${d.title}`).toBeGreaterThanOrEqual(NEAR_CANDIDATE_SHARE);
        }
      }
    });
  }
}

describe.each(TEST_DIALECTS)('near matches on %s', (dialect) => {
  nearSuite(dialect);
});
