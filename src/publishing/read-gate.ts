/**
 * The read gate: the one place that decides what the public may see. Every public
 * surface — pages, print view, the JSON API, feeds, sitemaps, search and its near
 * matches — reads content through these rules, so a new state or a new content type
 * changes them here and nowhere else.
 *
 * The rule, for an article (and for every search document, article or page):
 * - shown: status `published` with a publication time that has come. An article
 *   published with a future date (set by hand in the editor) waits for that date,
 *   as a scheduled one waits for its job.
 * - withdrawn: its URL answers 410 with the withdrawal note; it is in no list.
 * - everything else (draft, submitted, returned, approved, unpublished, or published
 *   with a time still to come) is hidden: in no list, its URL unknown (404; an
 *   unpublished article's URL answers 410 without content).
 * A site's state does not hide its content: an archived site still shows what it
 * published, under a notice (web/public/views/layout.tsx); a site that is not in
 * the registry answers nothing at all (web/site-routing.ts).
 *
 * Two forms of the one rule: a pure function for a loaded row, and an SQL condition
 * for queries (one text for SQLite and PostgreSQL: instants are ISO 8601 text in
 * SQLite, which sorts as time, and timestamptz in PostgreSQL, which reads the text).
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The status in which content is public once its publication time has come. */
export const PUBLIC_STATUS = 'published';

/** What the public sees at an article's URL. */
export type PublicView = 'shown' | 'withdrawn' | 'gone' | 'hidden';

export interface GatedRow {
  status: string;
  published_at: string | null;
}

/** The last instant written out: a page's reads ask for the time within the same millisecond. */
let lastInstant = { ms: Number.NaN, text: '' };

/** The instant as stored and compared: ISO 8601 UTC with milliseconds. */
function instant(now: Date): string {
  const ms = now.getTime();
  // An invalid date (NaN) never matches, and throws in toISOString as it always did.
  if (ms !== lastInstant.ms) lastInstant = { ms, text: now.toISOString() };
  return lastInstant.text;
}

function hasCome(publishedAt: string | null, now: Date): publishedAt is string {
  return publishedAt !== null && new Date(publishedAt).getTime() <= now.getTime();
}

/** Whether a row is public now (lists, feeds, sitemaps, search, the API). */
export function isPublic(row: GatedRow, now: Date = new Date()): boolean {
  return row.status === PUBLIC_STATUS && hasCome(row.published_at, now);
}

/** What the article's URL shows now. */
export function publicViewOf(row: GatedRow, now: Date = new Date()): PublicView {
  if (row.status === 'withdrawn') return 'withdrawn';
  if (row.status === 'unpublished') return 'gone';
  return isPublic(row, now) ? 'shown' : 'hidden';
}

/** Whether the article's URL shows the public something of it now: the page, or the withdrawal note. */
export function hasPublicUrl(row: GatedRow, now: Date = new Date()): boolean {
  const view = publicViewOf(row, now);
  return view === 'shown' || view === 'withdrawn';
}

/**
 * The same rule as an SQL condition on the table or alias `table` (which has `status`
 * and `published_at` columns): `.where(publicNow('a'))`, or inside raw SQL.
 */
export function publicNow(table: string, now: Date = new Date()): RawBuilder<SqlBool> {
  return publicAt(table, instant(now));
}

/** The time `publicAt` compares with: now, as stored. */
export function publicInstant(now: Date = new Date()): string {
  return instant(now);
}

/** The same at an instant as stored (`publicInstant`): for a prepared read (db/prepared-query.ts), which binds the time on each run. */
export function publicAt(table: string, at: string): RawBuilder<SqlBool> {
  const status = sql.ref(`${table}.status`);
  const publishedAt = sql.ref(`${table}.published_at`);
  return sql<SqlBool>`(${status} = ${PUBLIC_STATUS} AND ${publishedAt} IS NOT NULL AND ${publishedAt} <= ${at})`;
}
