/**
 * The dialect-specific query of near matches: documents whose folded title shares
 * enough of the query's trigrams, under the same filters as search, with the folded
 * title that trigrams.ts scores (and the lead, to mark look-alike words in the
 * excerpt). Every value is a bound parameter.
 *
 * PostgreSQL: `query <% title_f` through the GIN trigram index, at word_similarity
 * NEAR_CANDIDATE_SHARE (set for this transaction only).
 * SQLite: the rows of each query trigram in search_near (FTS5 trigram), counted per
 * document, kept when at least NEAR_CANDIDATE_SHARE of the trigrams occur.
 *
 * Vietnamese reuses few syllables, so a typo shares trigrams with many titles and the
 * cost grows with the size of the system (bench/near.ts). Near matches are a courtesy
 * when nothing was found: on PostgreSQL the query gets NEAR_TIME_BUDGET_MS and answers
 * "none" past it.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { documentOfRow, filterConditions, textOf, type CandidateFilters, type Row } from './candidates.js';
import type { SearchContentType } from './search.js';
import { NEAR_CANDIDATE_SHARE } from './trigrams.js';

export interface NearCandidate {
  id: number;
  kind: SearchContentType;
  refId: number;
  publishedAt: string | null;
  titleF: string;
  leadF: string;
}

/** PostgreSQL's time for one near-match query; past it there are no near matches. */
export const NEAR_TIME_BUDGET_MS = 300;

/** query_canceled: what statement_timeout raises. */
function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';
}

function toCandidate(row: Row): NearCandidate {
  return { ...documentOfRow(row), titleF: textOf(row['title_f']), leadF: textOf(row['lead_f']) };
}

async function postgresCandidates(db: Db, foldedQuery: string, where: RawBuilder<unknown>[], limit: number, budgetMs: number): Promise<Row[]> {
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      await sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NEAR_CANDIDATE_SHARE)}, true)`.execute(trx);
      await sql`SELECT set_config('statement_timeout', ${String(budgetMs)}, true)`.execute(trx);
      const result = await sql<Row>`
        SELECT d.id, d.kind, d.ref_id, d.published_at, d.title_f, d.lead_f FROM search_documents d
        WHERE ${foldedQuery} <% d.title_f AND ${sql.join(where, sql` AND `)}
        ORDER BY word_similarity(${foldedQuery}, d.title_f) DESC,
          d.published_at DESC NULLS LAST, d.id DESC
        LIMIT ${limit}`.execute(trx);
      return result.rows;
    });
  } catch (error) {
    if (isTimeout(error)) return [];
    throw error;
  }
}

async function sqliteCandidates(db: Db, trigrams: readonly string[], where: RawBuilder<unknown>[], limit: number): Promise<Row[]> {
  const needed = Math.max(1, Math.ceil(NEAR_CANDIDATE_SHARE * trigrams.length - 1e-9));
  // A trigram is matched as an FTS5 string: it holds letters, digits and spaces only.
  const arms = trigrams.map((t) => sql`SELECT rowid AS id FROM search_near WHERE search_near MATCH ${`"${t}"`}`);
  const result = await sql<Row>`
    WITH hits AS (SELECT id, count(*) AS n FROM (${sql.join(arms, sql` UNION ALL `)}) GROUP BY id HAVING count(*) >= ${needed})
    SELECT d.id, d.kind, d.ref_id, d.published_at, d.title_f, d.lead_f FROM hits JOIN search_documents d ON d.id = hits.id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY hits.n DESC, d.published_at DESC NULLS LAST, d.id DESC
    LIMIT ${limit}`.execute(db.kysely);
  return result.rows;
}

/**
 * Up to `limit` candidates for a query given as its folded text (already cut) and its
 * distinct trigrams.
 */
export async function findNearCandidates(
  db: Db,
  foldedQuery: string,
  trigrams: readonly string[],
  filters: CandidateFilters,
  limit: number,
  budgetMs = NEAR_TIME_BUDGET_MS,
): Promise<NearCandidate[]> {
  if (trigrams.length === 0) return [];
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return [];
  const where = [sql`1 = 1`, ...filterConditions(filters)];
  const rows = db.dialect === 'postgres' ? await postgresCandidates(db, foldedQuery, where, limit, budgetMs) : await sqliteCandidates(db, trigrams, where, limit);
  return rows.map(toCandidate);
}
