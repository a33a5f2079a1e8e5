/**
 * Results are complete however many documents match: ranking reads only the newest
 * candidates (CANDIDATE_LIMIT), but the total counts every match and paging reaches
 * every one of them, the rest newest first after the ranked ones. The limit is lowered
 * here so that a demo-sized system goes past it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import type { SearchHit, SearchService } from './search.js';
import { createSearchService } from './service.js';
import { loadOracle, oracleMatches } from './testing/oracle.js';
import { documentId as documentIdOf } from './kinds.js';

const QUERY = 'huyện';
const LIMIT = 7;

async function everyPage(search: SearchService, pageSize: number): Promise<{ hits: SearchHit[]; totals: number[] }> {
  const hits: SearchHit[] = [];
  const totals: number[] = [];
  for (let page = 1; page < 1000; page += 1) {
    const result = await search.search({ text: QUERY, page, pageSize });
    totals.push(result.total);
    if (result.hits.length === 0) break;
    hits.push(...result.hits);
  }
  return { hits, totals };
}

describe.each(TEST_DIALECTS)('complete search results past the ranked window on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 12 });
  });
  afterAll(() => t.close());

  it('counts every match and pages through all of them exactly once', async () => {
    const expected = oracleMatches(await loadOracle(t.services.db.kysely), QUERY);
    expect(expected.length).toBeGreaterThan(LIMIT * 3);
    const limited = createSearchService(t.services.db, { candidateLimit: LIMIT });
    const { hits, totals } = await everyPage(limited, 5);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
    const keys = hits.map((h) => `${h.type}:${h.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expected.map((d) => d.key).sort());
  });

  it('ranks the newest candidates first, then lists the rest newest first', async () => {
    const limited = createSearchService(t.services.db, { candidateLimit: LIMIT });
    const { hits } = await everyPage(limited, 5);
    const full = await everyPage(t.services.search, 100);
    // The index's own order: publication time, newest first, then the document id (row id × 8 + the kind's slot).
    const documentId = (h: SearchHit) => documentIdOf(h.type, h.id);
    const newest = [...full.hits].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || documentId(b) - documentId(a));
    const window = new Set(newest.slice(0, LIMIT).map((h) => `${h.type}:${h.id}`));
    expect(new Set(hits.slice(0, LIMIT).map((h) => `${h.type}:${h.id}`))).toEqual(window);
    const rest = hits.slice(LIMIT).map((h) => h.publishedAt ?? '');
    expect(rest).toEqual([...rest].sort().reverse());
    expect(hits.slice(LIMIT).map((h) => `${h.type}:${h.id}`)).toEqual(newest.slice(LIMIT).map((h) => `${h.type}:${h.id}`));
  });

  it('answers a page far past the end with no hits and the true total', async () => {
    const limited = createSearchService(t.services.db, { candidateLimit: LIMIT });
    const result = await limited.search({ text: QUERY, page: 10_000_000, pageSize: 100 });
    expect(result.hits).toEqual([]);
    expect(result.total).toBeGreaterThan(LIMIT);
  });
});
