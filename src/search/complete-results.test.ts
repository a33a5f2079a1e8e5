/**
 * Results stay honest however many documents match: ranking reads a bounded pool (the
 * title hits, then the most recent matches to fill it), pages list the other matches after the
 * ranked ones, most recent first, and the total counts every match up to the counting
 * bound — past it, it says "more than". The limits are lowered here so that a
 * demo-sized system goes past them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { documentId as documentIdOf } from './kinds.js';
import type { SearchHit, SearchService } from './search.js';
import { createSearchService } from './service.js';
import { containsSequence, loadOracle, oracleMatches, phraseWords, type OracleDoc } from './testing/oracle.js';

const QUERY = 'huyện';
const LIMITS = { candidateLimit: 7, titlePass: 3, togetherPass: 3 };

async function everyPage(search: SearchService, pageSize: number): Promise<{ hits: SearchHit[]; totals: number[]; capped: boolean[] }> {
  const hits: SearchHit[] = [];
  const totals: number[] = [];
  const capped: boolean[] = [];
  for (let page = 1; page < 1000; page += 1) {
    const result = await search.search({ text: QUERY, page, pageSize });
    totals.push(result.total);
    capped.push(result.totalCapped);
    if (result.hits.length === 0) break;
    hits.push(...result.hits);
  }
  return { hits, totals, capped };
}

const keyOf = (h: { type: SearchHit['type']; id: number }) => `${h.type}:${h.id}`;
/** The passes' cheap order: the highest document id (row id × 8 + the kind's slot) first. */
const byDocumentId = (a: OracleDoc, b: OracleDoc) => documentIdOf(b.type, b.id) - documentIdOf(a.type, a.id);

describe.each(TEST_DIALECTS)('complete search results past the ranked pool on %s', (dialect) => {
  let t: TestApp;
  let expected: OracleDoc[];
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 12 });
    expected = oracleMatches(await loadOracle(t.services.db.kysely), QUERY);
  });
  afterAll(() => t.close());

  it('counts every match under the bound and pages through all of them exactly once', async () => {
    expect(expected.length).toBeGreaterThan((LIMITS.candidateLimit + LIMITS.titlePass) * 2);
    const limited = createSearchService(t.services.db, LIMITS);
    const { hits, totals, capped } = await everyPage(limited, 5);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
    expect(new Set(capped)).toEqual(new Set([false]));
    const keys = hits.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expected.map((d) => d.key).sort());
  });

  it('ranks the title hits and the most recent matches, then lists the rest most recent first', async () => {
    const limited = createSearchService(t.services.db, LIMITS);
    const { hits } = await everyPage(limited, 5);
    const recent = [...expected].sort(byDocumentId);
    const inTitle = recent.filter((d) => containsSequence(d.fields.title, phraseWords(QUERY))).slice(0, LIMITS.titlePass);
    // The recent pass fills the pool to its bound: the most recent matches, some of them perhaps title hits already.
    const pool = new Set([...inTitle, ...recent.slice(0, LIMITS.candidateLimit - inTitle.length)].map((d) => d.key));
    expect(new Set(hits.slice(0, pool.size).map(keyOf))).toEqual(pool);
    expect(hits.slice(pool.size).map(keyOf)).toEqual(recent.filter((d) => !pool.has(d.key)).map((d) => d.key));
  });

  it('stops counting past the bound, says so, and pages through exactly that many', async () => {
    const bound = LIMITS.candidateLimit + LIMITS.titlePass + LIMITS.togetherPass + 2;
    expect(expected.length).toBeGreaterThan(bound);
    const bounded = createSearchService(t.services.db, { ...LIMITS, resultBound: bound });
    const { hits, totals, capped } = await everyPage(bounded, 4);
    expect(new Set(totals)).toEqual(new Set([bound]));
    expect(new Set(capped)).toEqual(new Set([true]));
    const keys = hits.map(keyOf);
    expect(keys).toHaveLength(bound);
    expect(new Set(keys).size).toBe(bound);
    const matching = new Set(expected.map((d) => d.key));
    expect(keys.every((k) => matching.has(k))).toBe(true);
  });

  it('gives the same total whichever read counted it: the recent pass, or a count of its own', async () => {
    // PostgreSQL's unordered first read below the matches and the bound, between them, above both.
    const probes = [3, expected.length - 1, expected.length + 5];
    for (const bound of [expected.length - 2, expected.length, expected.length + 10]) {
      for (const sparseProbe of probes) {
        const search = createSearchService(t.services.db, { ...LIMITS, resultBound: bound, sparseProbe });
        const result = await search.search({ text: QUERY, page: 1, pageSize: 5 });
        expect({ bound, sparseProbe, total: result.total, capped: result.totalCapped }).toEqual({
          bound, sparseProbe, total: Math.min(expected.length, bound), capped: expected.length > bound,
        });
      }
    }
  });

  it('answers a page far past the end with no hits and the same total', async () => {
    const limited = createSearchService(t.services.db, LIMITS);
    const result = await limited.search({ text: QUERY, page: 10_000_000, pageSize: 100 });
    expect(result.hits).toEqual([]);
    expect(result.total).toBe(expected.length);
  });
});
