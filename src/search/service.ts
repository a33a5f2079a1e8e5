/**
 * The search service over either database: parse the query (query.ts), take a bounded
 * pool of candidates (candidates.ts: title hits, then words together, then the most
 * recent matches), count them and score them the same way on both (ranking.ts), order
 * by score then recency, and build the hits of the requested page (hits.ts). Past the
 * pool, pages list the other matches most recent first, up to the counting bound.
 * Near matches take the same path with trigram candidates (near-candidates.ts) scored
 * by trigrams.ts.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { toStoredInstant } from '../text/index.js';
import { candidatePool, TITLE_PASS, TOGETHER_PASS, countMatchesUpTo, loadCandidates, matchesPastPool, type Candidate, type CandidateFilters, type PoolLimits } from './candidates.js';
import { loadHits } from './hits.js';
import { SPARSE_PROBE } from './candidate-passes.js';
import { findNearCandidates } from './near-candidates.js';
import { withSearchPlanning } from './search-planning.js';
import { parseQuery } from './query.js';
import { countCandidate, planRanking, scoreCandidate, type RankingPlan } from './ranking.js';
import { POSTGRES_NEAR_REINDEX, SQLITE_NEAR_REINDEX } from './schema-near.js';
import { POSTGRES_REINDEX } from './schema-postgres.js';
import { SQLITE_COMPACT, SQLITE_REINDEX } from './schema-sqlite.js';
import type { NearMatchQuery, RankedQuery, SearchContentType, SearchHit, SearchQuery, SearchResult, SearchService } from './search.js';
import { NEAR_THRESHOLD, nearQueryText, nearScore, queryTrigrams, similarWords } from './trigrams.js';

/**
 * Ranking reads at most this many documents: the title and together passes' finds
 * (candidates.ts TITLE_PASS, TOGETHER_PASS, 100 each), then the most recent matches to
 * fill the rest. A common word on a very large system matches far more: those are
 * reached by paging after the ranked ones, most recent first, up to RESULT_BOUND. On
 * SQLite the queries run in the server's thread: 1,000 candidates of the longest body
 * took 110–130 ms to read. At a million articles a common query's pool was 500 (300 recent
 * besides the two passes' 200); with 300 in all, the department's `nông thôn` in process
 * went from p50 37–51 to 27–34 ms and p95 55–57 to 41–47 ms (old and new code alternately).
 */
export const CANDIDATE_LIMIT = 300;
/**
 * Counting stops past this many matches: the total of a common word at a million
 * articles would cost a read of every match. Past it the total says "more than".
 */
export const RESULT_BOUND = 1000;
export const MAX_PAGE_SIZE = 100;
/** Near matches score at most this many candidates, and return at most MAX_NEAR_MATCHES. */
export const NEAR_CANDIDATE_LIMIT = 500;
export const MAX_NEAR_MATCHES = 50;
/**
 * Near-match queries one process runs at once; more at the same moment get none. With
 * the time budget on PostgreSQL (near-candidates.ts), this bounds what a flood of
 * nonsense queries can cost the database.
 */
export const MAX_NEAR_IN_FLIGHT = 2;

interface Ranked<C extends { id: number; publishedAt: string | null }> {
  candidate: C;
  score: number;
}

/** Score first; equal scores newest first; then the higher id (the later document). */
function compareRanked<C extends { id: number; publishedAt: string | null }>(a: Ranked<C>, b: Ranked<C>): number {
  if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
  const pa = a.candidate.publishedAt ?? '';
  const pb = b.candidate.publishedAt ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return b.candidate.id - a.candidate.id;
}

function rank(plan: RankingPlan, candidates: readonly Candidate[]): Ranked<Candidate>[] {
  return candidates.map((candidate) => ({ candidate, score: scoreCandidate(plan, countCandidate(plan, candidate)) })).sort(compareRanked);
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

function candidateFilters(query: Omit<SearchQuery, 'page' | 'pageSize'>): CandidateFilters {
  return {
    siteIds: query.siteIds,
    categoryId: query.categoryId,
    type: query.type,
    from: query.from === undefined ? undefined : toStoredInstant(query.from),
    to: query.to === undefined ? undefined : toStoredInstant(query.to),
    includeUnpublished: query.includeUnpublished,
  };
}

export interface SearchServiceOptions {
  /** Tests lower these to reach the paging past the ranked window with little content. candidateLimit: the whole pool. */
  candidateLimit?: number;
  titlePass?: number;
  togetherPass?: number;
  resultBound?: number;
  sparseProbe?: number;
  /** PostgreSQL's time for one near-match query (tests make it tiny to see it run out). */
  nearTimeBudgetMs?: number;
}

export function createSearchService(db: Db, options: SearchServiceOptions = {}): SearchService {
  const title = options.titlePass ?? TITLE_PASS;
  const together = options.togetherPass ?? TOGETHER_PASS;
  const limits: PoolLimits = {
    title,
    together,
    // Room for at least one recent match besides the two passes (candidates.ts candidatePool).
    pool: Math.max(options.candidateLimit ?? CANDIDATE_LIMIT, title + together + 1),
    sparseProbe: options.sparseProbe ?? SPARSE_PROBE,
  };
  // Never below the pool: a total smaller than the ranked window would hide ranked hits.
  const resultBound = Math.max(options.resultBound ?? RESULT_BOUND, limits.pool);
  let nearInFlight = 0;
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const parsed = parseQuery(query.text);
      const page = clampInt(query.page, 1, Number.MAX_SAFE_INTEGER);
      const pageSize = clampInt(query.pageSize, 1, MAX_PAGE_SIZE);
      const result: SearchResult = { hits: [], total: 0, totalCapped: false, page, pageSize, foldedQuery: parsed.folded };
      if (parsed.words.length === 0) return result;
      const plan = planRanking(parsed);
      const filters = candidateFilters(query);
      return withSearchPlanning(db, async (db) => {
        const pool = await candidatePool(db, parsed, filters, limits, resultBound);
        const ranked = rank(plan, await loadCandidates(db, plan, pool.ids, query.siteIds));
        if (!pool.complete) {
          // Most often the recent pass has counted them as it read; otherwise one bounded count.
          const counted = pool.counted ?? (await countMatchesUpTo(db, parsed, filters, resultBound));
          result.totalCapped = counted > resultBound;
          result.total = Math.max(ranked.length, Math.min(counted, resultBound));
        } else {
          result.total = ranked.length;
        }
        const start = (page - 1) * pageSize;
        const end = Math.min(start + pageSize, result.total);
        const refs = ranked.slice(start, end).map((r) => ({ kind: r.candidate.kind, refId: r.candidate.refId }));
        if (end > ranked.length && start < result.total) {
          const from = Math.max(start, ranked.length);
          refs.push(...(await matchesPastPool(db, parsed, filters, pool.ids, from - ranked.length, end - from, limits.sparseProbe)));
        }
        result.hits = await loadHits(db.kysely, refs, parsed);
        return result;
      });
    },

    async rankedIds(query: RankedQuery): Promise<{ type: SearchContentType; id: number }[]> {
      const parsed = parseQuery(query.text);
      if (parsed.words.length === 0) return [];
      const plan = planRanking(parsed);
      const ranked = await withSearchPlanning(db, async (db) => {
        const pool = await candidatePool(db, parsed, candidateFilters(query), limits);
        return rank(plan, await loadCandidates(db, plan, pool.ids, query.siteIds));
      });
      const limit = clampInt(query.limit, 1, ranked.length);
      return ranked.slice(0, limit).map((r) => ({ type: r.candidate.kind, id: r.candidate.refId }));
    },

    async nearMatches(query: NearMatchQuery): Promise<SearchHit[]> {
      const parsed = parseQuery(query.text);
      const text = nearQueryText(parsed.folded);
      const trigrams = queryTrigrams(text);
      if (trigrams.length === 0) return [];
      const limit = clampInt(query.limit, 1, MAX_NEAR_MATCHES);
      if (nearInFlight >= MAX_NEAR_IN_FLIGHT) return [];
      nearInFlight += 1;
      const candidates = await findNearCandidates(db, text, trigrams, candidateFilters(query), NEAR_CANDIDATE_LIMIT, options.nearTimeBudgetMs).finally(() => {
        nearInFlight -= 1;
      });
      const ranked = candidates
        .map((candidate) => ({ candidate, near: nearScore(trigrams, candidate.titleF) }))
        .filter((r) => r.near.match >= NEAR_THRESHOLD)
        .map(({ candidate, near }) => ({ candidate, score: near.rank }))
        .sort(compareRanked)
        .slice(0, limit);
      const refs = ranked.map(({ candidate: c }) => ({
        kind: c.kind,
        refId: c.refId,
        marks: similarWords(text, `${c.titleF} ${c.leadF}`).map((folded) => ({ folded, exact: null, prefix: false })),
      }));
      return loadHits(db.kysely, refs, parsed);
    },

    async reindex(): Promise<number> {
      const statements = db.dialect === 'postgres' ? [...POSTGRES_REINDEX, ...POSTGRES_NEAR_REINDEX] : [...SQLITE_REINDEX, ...SQLITE_NEAR_REINDEX, ...SQLITE_COMPACT];
      return db.kysely.transaction().execute(async (trx) => {
        for (const statement of statements) await sql.raw(statement).execute(trx);
        const row = await sql<{ n: number | string }>`SELECT count(*) AS n FROM search_documents`.execute(trx);
        return Number(row.rows[0]?.n ?? 0);
      });
    },

    async compact(): Promise<void> {
      if (db.dialect !== 'sqlite') return;
      for (const statement of SQLITE_COMPACT) await sql.raw(statement).execute(db.kysely);
    },
  };
}
