/**
 * Search relevance over the seeded demo system plus the fixtures, with one suite run
 * unchanged on every database: the relevance cases, filters, pagination, highlighting
 * and reindex.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../demo/demo-files.js';
import type { Dialect } from '../db/database.js';
import { exactText, normalizeVietnamese } from '../text/index.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { indexedKinds } from './kinds.js';
import { parseQuery } from './query.js';
import type { SearchHit, SearchQuery, SearchService } from './search.js';
import { insertFixtures, type Fixtures } from './testing/fixtures.js';
import { containsSequence, docKey, loadOracle, oracleMatches, phraseWords, type OracleDoc } from './testing/oracle.js';
import { RELEVANCE_CASES, type RelevanceCase } from './testing/relevance-cases.js';

const seed = loadSeedArticle();

/** Every hit of a query, all pages. */
async function allHits(search: SearchService, query: Omit<SearchQuery, 'page' | 'pageSize'>): Promise<{ hits: SearchHit[]; total: number }> {
  const hits: SearchHit[] = [];
  let total = 0;
  for (let page = 1; page < 100; page += 1) {
    const result = await search.search({ ...query, page, pageSize: 100 });
    total = result.total;
    hits.push(...result.hits);
    if (hits.length >= total || result.hits.length === 0) break;
  }
  return { hits, total };
}

const keyOf = (h: SearchHit) => docKey(h.type, h.id);

function searchSuite(dialect: Dialect) {
  let t: TestApp;
  let fixtures: Fixtures;
  let docs: OracleDoc[];
  let seedId: number;
  const byKey = new Map<string, OracleDoc>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.services.db.kysely;
    fixtures = await insertFixtures(db);
    docs = await loadOracle(db);
    for (const d of docs) byKey.set(d.key, d);
    const row = await db.selectFrom('articles').select('id').where('title', '=', seed.title).executeTakeFirstOrThrow();
    seedId = row.id;
  });
  afterAll(() => t.close());

  const doc = (hit: SearchHit | undefined): OracleDoc => {
    const found = hit === undefined ? undefined : byKey.get(keyOf(hit));
    if (found === undefined) throw new Error('no hit, or a hit the oracle does not know');
    return found;
  };

  async function check(c: RelevanceCase): Promise<void> {
    const inFixtures = c.expect.kind === 'fixtures';
    const query = { text: c.q, ...(inFixtures ? { categoryId: fixtures.categoryId } : {}) };
    const { hits, total } = await allHits(t.services.search, query);
    const expected = oracleMatches(docs, c.q).filter((d) => !inFixtures || d.categoryId === fixtures.categoryId);
    expect(total, 'total').toBe(expected.length);
    expect(hits.map(keyOf).sort(), 'the hits are what the oracle finds').toEqual(expected.map((d) => d.key).sort());
    const e = c.expect;
    switch (e.kind) {
      case 'seedFirst':
        expect(hits[0]?.type).toBe('article');
        expect(hits[0]?.id).toBe(seedId);
        break;
      case 'topTitleHas': {
        const title = doc(hits[0]).fields.title;
        for (const phrase of e.phrases) expect(containsSequence(title, phraseWords(phrase)), `${hits[0]?.title} ∋ ${phrase}`).toBe(true);
        break;
      }
      case 'topTitleHasExact':
        expect(` ${exactText(hits[0]?.title ?? '')} `).toContain(` ${normalizeVietnamese(e.word)} `);
        break;
      case 'topTitleCoverage': {
        const queryWords = parseQuery(c.q).words.map((w) => w.folded);
        const coverage = (d: OracleDoc) => queryWords.filter((w) => d.fields.title.includes(w)).length;
        expect(coverage(doc(hits[0]))).toBe(Math.max(...expected.map(coverage)));
        break;
      }
      case 'topPage':
        expect(hits[0]?.type).toBe('page');
        expect(hits[0]?.title).toBe(e.title);
        break;
      case 'topOfKind':
        expect(hits[0]?.type).toBe(e.type);
        expect(containsSequence(doc(hits[0]).fields.title, phraseWords(e.phrase)), `${hits[0]?.title} ∋ ${e.phrase}`).toBe(true);
        break;
      case 'none':
        expect(hits).toEqual([]);
        break;
      case 'sameAs': {
        const other = await allHits(t.services.search, { text: e.other });
        expect(hits.map(keyOf)).toEqual(other.hits.map(keyOf));
        break;
      }
      case 'fixtures':
      case 'onlyFixtures':
        expect(hits.map((h) => h.id)).toEqual(e.names.map((n) => fixtures.ids[n]));
        break;
    }
  }

  it(`has at least 40 relevance cases`, () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of RELEVANCE_CASES) {
    it(`${JSON.stringify(c.q)} → ${c.expect.kind}`, () => check(c));
  }

  describe('filters and pages', () => {
    it('searches the given sites only', async () => {
      const { hits } = await allHits(t.services.search, { text: 'bình đẳng giới', siteIds: [fixtures.siteId] });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.siteId === fixtures.siteId)).toBe(true);
      expect(hits[0]?.id).toBe(seedId);
      expect((await t.services.search.search({ text: 'bình đẳng giới', siteIds: [], page: 1, pageSize: 10 })).total).toBe(0);
    });

    it('filters by type and by publication date', async () => {
      const pages = await allHits(t.services.search, { text: 'giới thiệu', type: 'page' });
      expect(pages.hits.map((h) => h.type)).toEqual(pages.hits.map(() => 'page'));
      expect(pages.total).toBe(docs.filter((d) => d.type === 'page' && d.title === 'Giới thiệu').length);
      const in2022 = await allHits(t.services.search, { text: 'bình đẳng giới', from: '2022-01-01T00:00:00+07:00', to: '2022-12-31T23:59:59+07:00' });
      const expected = oracleMatches(docs, 'bình đẳng giới').filter((d) => (d.publishedAt ?? '') >= '2021-12-31T17' && (d.publishedAt ?? '') <= '2022-12-31T17');
      expect(in2022.hits.map(keyOf).sort()).toEqual(expected.map((d) => d.key).sort());
      expect(in2022.hits.map((h) => h.id)).toContain(seedId);
    });

    it('shows drafts only when asked to include unpublished content', async () => {
      const query = { text: 'cồng chiêng', categoryId: fixtures.categoryId };
      expect((await allHits(t.services.search, query)).hits.map((h) => h.id)).not.toContain(fixtures.ids.draft);
      const admin = await allHits(t.services.search, { ...query, includeUnpublished: true });
      expect(admin.hits.map((h) => h.id)).toContain(fixtures.ids.draft);
      expect(admin.hits.find((h) => h.id === fixtures.ids.draft)?.status).toBe('draft');
    });

    it('pages through the results in one order, with the total on every page', async () => {
      const all = await t.services.search.search({ text: 'nông thôn', page: 1, pageSize: 100 });
      expect(all.total).toBeGreaterThan(25);
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 10); page += 1) {
        const r = await t.services.search.search({ text: 'nông thôn', page, pageSize: 10 });
        expect(r.total).toBe(all.total);
        expect(r.page).toBe(page);
        paged.push(...r.hits.map(keyOf));
      }
      expect(paged).toEqual(all.hits.map(keyOf));
      expect((await t.services.search.search({ text: 'nông thôn', page: 999, pageSize: 10 })).hits).toEqual([]);
    });

    it('marks the matched words in the original title and in an excerpt, and links to the hit', async () => {
      const r = await t.services.search.search({ text: 'binh dang gioi', page: 1, pageSize: 1 });
      const hit = r.hits[0];
      expect(hit?.titleHtml).toBe('Phát động hưởng ứng Thành hành động <mark>Bình</mark> <mark>đẳng</mark> <mark>giới</mark> năm 2022');
      expect(hit?.snippetHtml).toContain('<mark>bình</mark> <mark>đẳng</mark> <mark>giới</mark>');
      expect(hit?.path).toBe(`/${seed.category}/${seed.expectedSlug}`);
      expect(hit?.categoryName).toBe('Tin tức - Sự kiện');
      expect(r.foldedQuery).toBe('binh dang gioi');
    });
  });

  it('rebuilds the index from scratch with the same results', async () => {
    const before = await allHits(t.services.search, { text: 'nông thôn mới' });
    const count = await t.services.search.reindex();
    // One document per row of every indexed kind's table.
    let contents = 0;
    for (const k of indexedKinds()) contents += Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(k.source.table)}`.execute(t.services.db.kysely)).rows[0]?.n ?? 0);
    expect(count).toBe(contents);
    const after = await allHits(t.services.search, { text: 'nông thôn mới' });
    expect(after.hits.map(keyOf)).toEqual(before.hits.map(keyOf));
  });
}

describe.each(TEST_DIALECTS)('search relevance on %s', (dialect) => {
  searchSuite(dialect);
});
