/**
 * The passes that find matching documents, each in the cheap order its index gives
 * directly: the highest document id first (the latest written), never a sort of every
 * match. FTS5 walks its lists forwards, in rowid order (minus the id: schema-sqlite.ts
 * ftsRowid), and stops at the limit; PostgreSQL walks the primary key backwards, or reads a
 * few matches from the GIN index when they are rare.
 *
 * - title: every word (and quoted phrase) in the title;
 * - together: the words close together (FTS5 NEAR on SQLite; the phrase on PostgreSQL,
 *   whose tsquery has no "within N words" for more than two words);
 * - all: every word anywhere (what search finds).
 *
 * PassFilter holds the filters on search_documents `d` (candidates.ts) and the sites searched.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { fts5Expression, fts5TitleExpression, fts5TogetherExpression, fts5WithinSites, tsqueryPhraseText, tsqueryText, type ParsedQuery } from './query.js';

export type Pass = 'title' | 'together' | 'all';

function sqliteMatch(pass: Pass, query: ParsedQuery, siteIds: readonly number[] | undefined): string {
  const words = pass === 'title' ? fts5TitleExpression(query) : pass === 'together' ? fts5TogetherExpression(query) : fts5Expression(query);
  return fts5WithinSites(words, siteIds);
}

function postgresMatch(pass: Pass, query: ParsedQuery): RawBuilder<unknown> {
  // The title pass uses the title's own GIN index (migration 0027, schema-title.ts).
  if (pass === 'title') return sql`to_tsvector('simple', d.title_f) @@ to_tsquery('simple', ${tsqueryText(query)})`;
  return sql`d.fts @@ to_tsquery('simple', ${pass === 'together' ? tsqueryPhraseText(query) : tsqueryText(query)})`;
}

/**
 * What a pass reads: the conditions on search_documents `d` (candidates.ts filterConditions,
 * which holds the site filter too) and the sites searched, undefined for every site. On
 * SQLite the sites go into the MATCH as well: FTS5 intersects the words' lists with the
 * sites' own (schema-sqlite.ts SCOPE_TOKEN_PREFIX), so a site's search reads about its own
 * matches, not every site's.
 */
export interface PassFilter {
  where: readonly RawBuilder<unknown>[];
  siteIds: readonly number[] | undefined;
}

/**
 * The query of matching ids under the filter, highest first, `offset` skipped, at most `limit`
 * (one column, id). Read in 'any order', the cheapest way the database has: for a count, or a
 * first read of every match (sparseMatches).
 */
export function matchingIdsQuery(
  db: Db,
  pass: Pass,
  query: ParsedQuery,
  { where, siteIds }: PassFilter,
  page: { limit: number; offset: number },
  read: 'newest first' | 'any order' = 'newest first',
): RawBuilder<{ id: number | string }> {
  if (db.dialect === 'sqlite') {
    // CROSS JOIN keeps search_fts the outer loop: its rowid order is the ORDER BY, so the scan stops at the limit.
    // A document's FTS rowid is minus its id (schema-sqlite.ts ftsRowid): FTS5's forward order is the newest first.
    const conditions = [sql`search_fts MATCH ${sqliteMatch(pass, query, siteIds)}`, ...where];
    const newest = read === 'newest first' ? sql`ORDER BY search_fts.rowid` : sql``;
    return sql<{ id: number }>`
      SELECT d.id FROM search_fts CROSS JOIN search_documents d ON d.id = -search_fts.rowid
      WHERE ${sql.join(conditions, sql` AND `)}
      ${newest} LIMIT ${page.limit} OFFSET ${page.offset}`;
  }
  const conditions = [postgresMatch(pass, query), ...where];
  // One site's matches are in the order of its partition's key (site_id, id), so that the walk
  // reads that site's rows only; the planner took the index of ids, and read every site's rows
  // of the partition (26 ms against 5 ms for 300 matches at 300,000 articles).
  const order = siteIds?.length === 1 ? sql`d.site_id DESC, d.id DESC` : sql`d.id DESC`;
  // Unordered, the planner stops at the limit its cheapest way.
  const newest = read === 'newest first' ? sql`ORDER BY ${order}` : sql``;
  return sql<{ id: number | string }>`
    SELECT d.id FROM search_documents d WHERE ${sql.join(conditions, sql` AND `)}
    ${newest} LIMIT ${page.limit} OFFSET ${page.offset}`;
}

/**
 * On PostgreSQL a backward walk of the primary key is fast when matches are dense and
 * reads the whole table when they are rare (or absent), while the GIN index is the
 * other way round: matches are first read unordered up to SPARSE_PROBE (the planner's
 * cheapest way, stopping there), and only when there are that many does the walk run.
 */
export const SPARSE_PROBE = 2000;

/**
 * Every match under the filter, highest first, when there are fewer than `probe` (one
 * unordered read); undefined when there are that many or more.
 */
async function sparseMatches(db: Db, pass: Pass, query: ParsedQuery, filter: PassFilter, probe: number): Promise<number[] | undefined> {
  const read = await matchingIdsQuery(db, pass, query, filter, { limit: probe, offset: 0 }, 'any order').execute(db.kysely);
  if (read.rows.length >= probe) return undefined;
  return read.rows.map((r) => Number(r.id)).sort((a, b) => b - a);
}

/** How many a pass reads unordered first (sparseMatches), or 0 for none: SQLite's FTS order is already the newest first. */
function probeSize(db: Db, sparseProbe: number): number {
  return db.dialect === 'postgres' ? sparseProbe : 0;
}

/** Ids of matching documents under the filter, highest first, `offset` skipped, at most `limit`. */
export async function matchingIds(
  db: Db,
  pass: Pass,
  query: ParsedQuery,
  filter: PassFilter,
  page: { limit: number; offset: number },
  sparseProbe = SPARSE_PROBE,
): Promise<number[]> {
  const probe = probeSize(db, sparseProbe);
  if (probe > 0) {
    const ids = await sparseMatches(db, pass, query, filter, probe);
    if (ids !== undefined) return ids.slice(page.offset, page.offset + page.limit);
  }
  const result = await matchingIdsQuery(db, pass, query, filter, page).execute(db.kysely);
  return result.rows.map((r) => Number(r.id));
}

/**
 * The "all" pass (every word anywhere) at most `limit` ids, and how many documents match,
 * counted up to `bound` + 1, wherever that read shows it, so that the total needs no read of
 * its own: on SQLite when the pass finds fewer than `limit`; PostgreSQL's unordered first
 * read holds every match when there are fewer than `sparseProbe`, and more than the bound
 * when `sparseProbe` is past it. `counted` is undefined when the read does not tell: the
 * caller counts (candidates.ts countMatchesUpTo, reading in any order).
 */
export async function allMatchesCounted(
  db: Db,
  query: ParsedQuery,
  filter: PassFilter,
  limit: number,
  bound: number,
  sparseProbe = SPARSE_PROBE,
): Promise<{ ids: number[]; counted: number | undefined }> {
  if (db.dialect === 'postgres') {
    const every = await sparseMatches(db, 'all', query, filter, sparseProbe);
    if (every !== undefined) return { ids: every.slice(0, limit), counted: Math.min(every.length, bound + 1) };
    const walked = await matchingIdsQuery(db, 'all', query, filter, { limit, offset: 0 }).execute(db.kysely);
    return { ids: walked.rows.map((r) => Number(r.id)), counted: sparseProbe > bound ? bound + 1 : undefined };
  }
  const read = await matchingIdsQuery(db, 'all', query, filter, { limit, offset: 0 }).execute(db.kysely);
  const ids = read.rows.map((r) => Number(r.id));
  return { ids, counted: ids.length < limit ? ids.length : undefined };
}
