/**
 * The one dialect-specific query of search: the documents that match (FTS5 MATCH on
 * SQLite, tsvector @@ tsquery on PostgreSQL) and pass the filters, newest first up to
 * a limit, with the occurrence counts ranking.ts scores. Every value is a bound
 * parameter; the only SQL text built here comes from fixed names.
 *
 * The work is bounded: at most `limit` rows are read (CANDIDATE_LIMIT in service.ts),
 * and body occurrences are counted in the opening BODY_PROBE_CHARS of each folded body
 * only, so a body indexed at its full 100,000 characters costs a search no more than
 * a short one.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { publicNow } from '../publishing/read-gate.js';
import { storedKind } from './kinds.js';
import { fts5ExactExpression, fts5Expression, tsqueryExactText, tsqueryText, type ParsedQuery } from './query.js';
import type { CandidateCounts, RankingPlan } from './ranking.js';
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

export interface Candidate extends CandidateCounts {
  id: number;
  kind: SearchContentType;
  refId: number;
  publishedAt: string | null;
}

type Row = Record<string, unknown>;

/**
 * Body occurrences are counted in this many characters of the folded body (some 350
 * words: the opening, where an article says what it is about). Body counts saturate
 * after a few occurrences in ranking.ts anyway; counting them in the whole body made a
 * common word over 2,000 long articles cost seconds.
 */
export const BODY_PROBE_CHARS = 2000;

function matchCondition(db: Db, query: ParsedQuery): RawBuilder<unknown> {
  return db.dialect === 'sqlite'
    ? sql`d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${fts5Expression(query)})`
    : sql`d.fts @@ to_tsquery('simple', ${tsqueryText(query)})`;
}

function exactBodyColumn(db: Db, word: string, alias: string): RawBuilder<unknown> {
  return db.dialect === 'sqlite'
    ? sql`(d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${fts5ExactExpression(word)})) AS ${sql.ref(alias)}`
    : sql`(d.fts_x @@ to_tsquery('simple', ${tsqueryExactText(word)}))::int AS ${sql.ref(alias)}`;
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

function conditions(db: Db, query: ParsedQuery, filters: CandidateFilters): RawBuilder<unknown>[] {
  return [matchCondition(db, query), ...filterConditions(filters)];
}

export function toInstant(value: unknown): string | null {
  // PostgreSQL's driver gives a Date, SQLite the stored ISO text.
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
}

/**
 * The matching documents, newest first up to `limit`, with their probe counts. Each
 * row is read once into `h` (the opening of its body, the exact-word checks) and the
 * probes count in that copy, so a long body is not read again for every probe.
 */
export async function findCandidates(db: Db, query: ParsedQuery, plan: RankingPlan, filters: CandidateFilters, limit: number): Promise<Candidate[]> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return [];
  const probes = plan.probes.map((p, i) => {
    const text = sql.ref(`h.${p.field}`);
    return sql`length(${text}) - length(replace(${text}, ${p.needle}, '')) AS ${sql.ref(`p${i}`)}`;
  });
  const exacts = plan.exactBodyWords.map((w, i) => exactBodyColumn(db, w, `e${i}`));
  const exactNames = plan.exactBodyWords.map((_, i) => sql.ref(`h.e${i}`));
  const titleWords = sql`length(h.title_f) - length(replace(h.title_f, ' ', '')) - 1 AS tw`;
  const head = sql`d.id, d.kind, d.ref_id, d.published_at, d.title_f, d.lead_f, d.title_x, d.lead_x, substr(d.body_f, 1, ${sql.lit(BODY_PROBE_CHARS)}) AS body_f`;
  const columns = [sql`h.id, h.kind, h.ref_id, h.published_at`, titleWords, ...probes, ...exactNames];
  const result = await sql<Row>`
    WITH c AS (
      SELECT d.id FROM search_documents d
      WHERE ${sql.join(conditions(db, query, filters), sql` AND `)}
      ORDER BY d.published_at DESC NULLS LAST, d.id DESC
      LIMIT ${limit}
    ), h AS MATERIALIZED (
      SELECT ${sql.join([head, ...exacts])} FROM search_documents d JOIN c ON c.id = d.id
    )
    SELECT ${sql.join(columns)} FROM h`.execute(db.kysely);
  return result.rows.map((row) => ({
    id: Number(row['id']),
    kind: storedKind(row['kind']),
    refId: Number(row['ref_id']),
    publishedAt: toInstant(row['published_at']),
    covered: plan.probes.map((_, i) => Number(row[`p${i}`] ?? 0)),
    exactBody: plan.exactBodyWords.map((_, i) => Number(row[`e${i}`] ?? 0) === 1),
    titleWords: Number(row['tw'] ?? 1),
  }));
}

/** How many documents match in all: the candidate query stops at its limit, the total must not. */
export async function countMatches(db: Db, query: ParsedQuery, filters: CandidateFilters): Promise<number> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return 0;
  const result = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM search_documents d WHERE ${sql.join(conditions(db, query, filters), sql` AND `)}`.execute(db.kysely);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Matches in the candidate order (newest first), skipping `offset` of them: the
 * results past the ranked window of the newest CANDIDATE_LIMIT, so that every match
 * can be reached by paging.
 */
export async function newestMatches(
  db: Db,
  query: ParsedQuery,
  filters: CandidateFilters,
  offset: number,
  limit: number,
): Promise<{ kind: SearchContentType; refId: number }[]> {
  if (filters.siteIds !== undefined && filters.siteIds.length === 0) return [];
  const result = await sql<Row>`
    SELECT d.kind, d.ref_id FROM search_documents d
    WHERE ${sql.join(conditions(db, query, filters), sql` AND `)}
    ORDER BY d.published_at DESC NULLS LAST, d.id DESC
    LIMIT ${limit} OFFSET ${offset}`.execute(db.kysely);
  return result.rows.map((row) => ({ kind: storedKind(row['kind']), refId: Number(row['ref_id']) }));
}
