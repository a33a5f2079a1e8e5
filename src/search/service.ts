/**
 * The search service over either database: parse the query (query.ts), find the
 * candidates (candidates.ts), score them the same way on both (ranking.ts), order by
 * score then recency, and build the hits of the requested page (hits.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { toStoredInstant } from '../text/index.js';
import { findCandidates, type Candidate } from './candidates.js';
import { loadHits } from './hits.js';
import { parseQuery } from './query.js';
import { planRanking, scoreCandidate } from './ranking.js';
import { POSTGRES_REINDEX } from './schema-postgres.js';
import { SQLITE_REINDEX } from './schema-sqlite.js';
import type { SearchQuery, SearchResult, SearchService } from './search.js';

/**
 * Ranking reads this many of the newest matches. A common word on a very large system
 * matches far more; readers never page that far, and ranking stays fast.
 */
export const CANDIDATE_LIMIT = 2000;
export const MAX_PAGE_SIZE = 100;

interface Ranked {
  candidate: Candidate;
  score: number;
}

/** Score first; equal scores newest first; then the higher id (the later document). */
function compareRanked(a: Ranked, b: Ranked): number {
  if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
  const pa = a.candidate.publishedAt ?? '';
  const pb = b.candidate.publishedAt ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return b.candidate.id - a.candidate.id;
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

export function createSearchService(db: Db): SearchService {
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const parsed = parseQuery(query.text);
      const page = clampInt(query.page, 1, Number.MAX_SAFE_INTEGER);
      const pageSize = clampInt(query.pageSize, 1, MAX_PAGE_SIZE);
      const result: SearchResult = { hits: [], total: 0, page, pageSize, foldedQuery: parsed.folded };
      if (parsed.words.length === 0) return result;
      const plan = planRanking(parsed);
      const candidates = await findCandidates(
        db,
        parsed,
        plan,
        {
          siteIds: query.siteIds,
          categoryId: query.categoryId,
          type: query.type,
          from: query.from === undefined ? undefined : toStoredInstant(query.from),
          to: query.to === undefined ? undefined : toStoredInstant(query.to),
          includeUnpublished: query.includeUnpublished,
        },
        CANDIDATE_LIMIT,
      );
      const ranked = candidates.map((candidate) => ({ candidate, score: scoreCandidate(plan, candidate) })).sort(compareRanked);
      const slice = ranked.slice((page - 1) * pageSize, page * pageSize);
      result.total = ranked.length;
      result.hits = await loadHits(db.kysely, slice.map((r) => ({ kind: r.candidate.kind, refId: r.candidate.refId })), parsed);
      return result;
    },

    async reindex(): Promise<number> {
      const statements = db.dialect === 'postgres' ? POSTGRES_REINDEX : SQLITE_REINDEX;
      return db.kysely.transaction().execute(async (trx) => {
        for (const statement of statements) await sql.raw(statement).execute(trx);
        const row = await sql<{ n: number | string }>`SELECT count(*) AS n FROM search_documents`.execute(trx);
        return Number(row.rows[0]?.n ?? 0);
      });
    },
  };
}
