/**
 * The dialect-specific queries of search: which documents match (FTS5 MATCH on SQLite,
 * tsvector @@ tsquery on PostgreSQL) and pass the filters, and the stored text of a
 * bounded set of them that ranking.ts scores. Every value is a bound parameter; the
 * only SQL text built here comes from fixed names.
 *
 * The work is bounded whatever the number of matches. Ranking reads a candidate pool
 * of at most the pool's bound (service.ts CANDIDATE_LIMIT) documents, taken by cheap
 * orders the indexes give directly (candidate-passes.ts): documents with every word in
 * the title (at most TITLE_PASS), then with the words together (TOGETHER_PASS), then the
 * most recent matches (highest document id: the order FTS5 and a primary key walk give
 * without sorting) to fill the rest. The limits are the service's (service.ts).
 * Counting stops at a bound (countMatchesUpTo), and body occurrences are counted in
 * the opening BODY_PROBE_CHARS of each folded body only.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { publicNow } from '../publishing/read-gate.js';
import { allMatchesCounted, matchingIds, matchingIdsQuery, type PassFilter } from './candidate-passes.js';
import { storedKind } from './kinds.js';
import { fts5ExactExpression, fts5WithinSites, tsqueryExactText, type ParsedQuery } from './query.js';
import type { CandidateText, RankingPlan } from './ranking.js';
import type { SearchContentType } from './search.js';

export interface CandidateFilters {
  siteIds?: readonly number[] | undefined;
  categoryId?: number | undefined;
  type?: SearchContentType | undefined;
  /** Stored-form ISO instants, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  includeUnpublished?: boolean | undefined;
}

export interface Candidate extends CandidateText {
  id: number;
  kind: SearchContentType;
  refId: number;
  publishedAt: string | null;
}

export type Row = Record<string, unknown>;

/**
 * Body occurrences are counted in this many characters of the folded body (some 350
 * words: the opening, where an article says what it is about). Body counts saturate
 * after a few occurrences in ranking.ts anyway; counting them in the whole body made a
 * common word over 2,000 long articles cost seconds.
 */
export const BODY_PROBE_CHARS = 2000;

/** How many documents each pass may add to the pool (the recent pass: the caller's limit). */
export const TITLE_PASS = 100;
export const TOGETHER_PASS = 100;

/** PostgreSQL: whether candidate `d` holds the exact word anywhere in its body (its own tsvector, read with the row). */
function exactBodyColumn(word: string, alias: string): RawBuilder<unknown> {
  return sql`(d.fts_x @@ to_tsquery('simple', ${tsqueryExactText(word)}))::int AS ${sql.ref(alias)}`;
}

/**
 * SQLite reads the exact body words' matches between the highest and the lowest candidate
 * (within the sites searched) at most this many times the candidates: the pool is mostly the
 * latest matches, so that walk is short. Past it, the candidates left are looked up one by
 * one (an FTS5 seek each, about 30 µs: too slow for the whole pool, cheap for a tail).
 */
export const EXACT_WALK_FACTOR = 4;

/** SQLite: the candidates whose body holds `word` with its diacritics (the exact words' FTS table, search_fts_x). */
async function exactBodyIds(db: Db, word: string, ids: readonly number[], siteIds: readonly number[] | undefined): Promise<Set<number>> {
  const sorted = [...ids].sort((a, b) => b - a);
  const highest = sorted[0];
  const lowest = sorted[sorted.length - 1];
  if (highest === undefined || lowest === undefined) return new Set();
  const match = fts5WithinSites(fts5ExactExpression(word), siteIds);
  const walk = EXACT_WALK_FACTOR * sorted.length;
  const walked = await sql<{ id: number }>`
    SELECT -rowid AS id FROM search_fts_x WHERE search_fts_x MATCH ${match} AND rowid BETWEEN ${-highest} AND ${-lowest}
    ORDER BY rowid LIMIT ${walk}`.execute(db.kysely);
  const candidates = new Set(sorted);
  const found = new Set(walked.rows.map((r) => Number(r.id)).filter((id) => candidates.has(id)));
  const last = walked.rows[walked.rows.length - 1];
  if (walked.rows.length < walk || last === undefined) return found;
  // The walk stopped early: every candidate above where it stopped is decided, the rest are looked up.
  const rest = sorted.filter((id) => id < Number(last.id));
  if (rest.length === 0) return found;
  const seeks = await sql<{ id: number }>`
    SELECT d.id FROM search_documents d WHERE d.id IN (${sql.join(rest)})
    AND EXISTS (SELECT 1 FROM search_fts_x WHERE search_fts_x MATCH ${fts5ExactExpression(word)} AND rowid = -d.id)`.execute(db.kysely);
  for (const row of seeks.rows) found.add(Number(row.id));
  return found;
}

/** What the passes read under the filters: the conditions on `d`, and the sites searched. */
function passFilter(filters: CandidateFilters, extra: readonly RawBuilder<unknown>[] = []): PassFilter {
  return { where: [...filterConditions(filters), ...extra], siteIds: filters.siteIds };
}

/** The filters every search applies, on search_documents `d`. */
export function filterConditions(filters: CandidateFilters): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  // The public sees what the read gate lets through; the admin's search sees everything.
  if (filters.includeUnpublished !== true) where.push(publicNow('d'));
  if (filters.siteIds !== undefined) where.push(sql`d.site_id IN (${sql.join([...filters.siteIds])})`);
  if (filters.categoryId !== undefined) where.push(sql`d.category_id = ${filters.categoryId}`);
  if (filters.type !== undefined) where.push(sql`d.kind = ${filters.type}`);
  if (filters.from !== undefined) where.push(sql`d.published_at >= ${filters.from}`);
  if (filters.to !== undefined) where.push(sql`d.published_at <= ${filters.to}`);
  return where;
}

export function toInstant(value: unknown): string | null {
  // PostgreSQL's driver gives a Date, SQLite the stored ISO text.
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
}

/** A stored text column as read (absent or not text: empty). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Which document a search_documents row is, and when it was published: what every candidate carries. */
export function documentOfRow(row: Row): { id: number; kind: SearchContentType; refId: number; publishedAt: string | null } {
  return { id: Number(row['id']), kind: storedKind(row['kind']), refId: Number(row['ref_id']), publishedAt: toInstant(row['published_at']) };
}

/** The candidate pool: ids from the passes, in pass order, without repeats. */
export interface Pool {
  ids: number[];
  /** True when the recent pass found fewer than its limit: the pool holds every match. */
  complete: boolean;
  /** How many documents match, up to the counting bound + 1, when the recent pass told (see allMatchesCounted). */
  counted: number | undefined;
}

/**
 * The pool of documents ranking reads: every-word-in-the-title, then words-together
 * (queries of two words or more), each up to its limit, then the most recent matches up
 * to the pool's bound (at least one, so that the recent pass tells whether the pool holds
 * every match).
 */
export interface PoolLimits {
  title: number;
  together: number;
  /** The whole pool: more than title + together. */
  pool: number;
  /** The passes' unordered first read, PostgreSQL's (candidate-passes.ts). */
  sparseProbe: number;
}

/** The pool; with `countBound`, the recent pass also counts the matches up to it where its read tells. */
export async function candidatePool(db: Db, query: ParsedQuery, filters: CandidateFilters, limits: PoolLimits, countBound?: number): Promise<Pool> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return { ids: [], complete: true, counted: 0 };
  const filter = passFilter(filters);
  const ids: number[] = [];
  const seen = new Set<number>();
  const add = (found: readonly number[]) => {
    for (const id of found) {
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
  };
  add(await matchingIds(db, 'title', query, filter, { limit: limits.title, offset: 0 }, limits.sparseProbe));
  if (query.words.length > 1) add(await matchingIds(db, 'together', query, filter, { limit: limits.together, offset: 0 }, limits.sparseProbe));
  // A common query fills the title and together passes: its pool then holds fewer of the
  // most recent matches, which rank below those (no title, no words together) anyway.
  const recentLimit = Math.max(1, limits.pool - ids.length);
  const recent =
    countBound === undefined
      ? { ids: await matchingIds(db, 'all', query, filter, { limit: recentLimit, offset: 0 }, limits.sparseProbe), counted: undefined }
      : await allMatchesCounted(db, query, filter, recentLimit, countBound, limits.sparseProbe);
  add(recent.ids);
  return { ids, complete: recent.ids.length < recentLimit, counted: recent.counted };
}

/**
 * The pool's rows by id, on PostgreSQL by site too when the search has sites: the index is
 * partitioned by site there (migration 0031), and ids alone would be looked for in every
 * partition. SQLite is left to its primary key: given the site, it would walk the site's index.
 */
function sitesAndIds(db: Db, ids: readonly number[], siteIds: readonly number[] | undefined): RawBuilder<unknown>[] {
  const byId = sql`d.id IN (${sql.join([...ids])})`;
  if (db.dialect !== 'postgres' || siteIds === undefined || siteIds.length === 0) return [byId];
  return [sql`d.site_id IN (${sql.join([...siteIds])})`, byId];
}

/** The stored text ranking reads, for the pool's documents: one read of each row. */
export async function loadCandidates(db: Db, plan: RankingPlan, ids: readonly number[], siteIds?: readonly number[]): Promise<Candidate[]> {
  if (ids.length === 0) return [];
  const postgres = db.dialect === 'postgres';
  const exacts = postgres ? plan.exactBodyWords.map((w, i) => exactBodyColumn(w, `e${i}`)) : [];
  const result = await sql<Row>`
    SELECT ${sql.join([
      sql`d.id, d.kind, d.ref_id, d.published_at, d.title_f, d.lead_f, d.title_x, d.lead_x, substr(d.body_f, 1, ${sql.lit(BODY_PROBE_CHARS)}) AS body_f`,
      ...exacts,
    ])}
    FROM search_documents d WHERE ${sql.join(sitesAndIds(db, ids, siteIds), sql` AND `)}`.execute(db.kysely);
  const exactSets = postgres ? [] : await Promise.all(plan.exactBodyWords.map((w) => exactBodyIds(db, w, ids, siteIds)));
  return result.rows.map((row) => {
    const document = documentOfRow(row);
    return {
      ...document,
      title_f: textOf(row['title_f']),
      lead_f: textOf(row['lead_f']),
      body_f: textOf(row['body_f']),
      title_x: textOf(row['title_x']),
      lead_x: textOf(row['lead_x']),
      exactBody: plan.exactBodyWords.map((_, i) => (postgres ? Number(row[`e${i}`] ?? 0) === 1 : exactSets[i]?.has(document.id) === true)),
    };
  });
}

/** How many documents match, counting at most `bound` + 1 of them: more than `bound` says "more than". */
export async function countMatchesUpTo(db: Db, query: ParsedQuery, filters: CandidateFilters, bound: number): Promise<number> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return 0;
  // Unordered on both, so that the read stops at the bound its cheapest way: SQLite in FTS5's own
  // order (ascending ids, where a site's matches are found without reading other sites' newer
  // entries first); PostgreSQL as its planner likes.
  const ids = matchingIdsQuery(db, 'all', query, passFilter(filters), { limit: bound + 1, offset: 0 }, 'any order');
  const result = await sql<{ n: number | string }>`SELECT count(*) AS n FROM (${ids}) m`.execute(db.kysely);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Matches past the pool, most recent first (the recent pass's order), skipping
 * `offset` of them: so that every match up to the counting bound can be reached by paging.
 */
export async function matchesPastPool(
  db: Db,
  query: ParsedQuery,
  filters: CandidateFilters,
  pool: readonly number[],
  offset: number,
  limit: number,
  sparseProbe: number,
): Promise<{ kind: SearchContentType; refId: number }[]> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return [];
  const filter = passFilter(filters, pool.length === 0 ? [] : [sql`d.id NOT IN (${sql.join([...pool])})`]);
  const ids = await matchingIds(db, 'all', query, filter, { limit, offset }, sparseProbe);
  if (ids.length === 0) return [];
  const rows = await sql<Row>`SELECT d.id, d.kind, d.ref_id FROM search_documents d WHERE ${sql.join(sitesAndIds(db, ids, filters.siteIds), sql` AND `)}`.execute(db.kysely);
  const byId = new Map(
    rows.rows.map((r) => {
      const { id, kind, refId } = documentOfRow(r);
      return [id, { kind, refId }];
    }),
  );
  return ids.flatMap((id) => {
    const ref = byId.get(id);
    return ref === undefined ? [] : [ref];
  });
}
