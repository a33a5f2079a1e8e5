/**
 * Keyset cursors of public lists (category and tag pages): the (published_at, id) of a
 * row shown, written compactly as `20261205T031500Z-123` (milliseconds when not zero:
 * `20261205T031500.250Z-123`). A reader can read it, nobody needs to build it, and
 * anything that is not exactly this shape, a real instant and a positive id is refused.
 * A cursor only says where to start: the query stays scoped to its list and the read
 * gate, so a cursor taken from another list shows nothing of that list.
 */

export interface ListCursor {
  /** As stored: ISO 8601 UTC with milliseconds. */
  publishedAt: string;
  id: number;
}

/** Longer texts are refused before any parsing (a page link is ~25 characters). */
export const MAX_LIST_CURSOR_LENGTH = 40;
const MAX_ID = 2_147_483_647;

/** Fixed widths, no repeated groups: linear, with nothing for a regex engine to backtrack over. */
const SHAPE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d{3}))?Z-([1-9]\d{0,9})$/;

export function encodeListCursor(cursor: ListCursor): string {
  const iso = new Date(cursor.publishedAt).toISOString();
  const digits = iso.slice(0, 19).replace(/[-:]/g, '');
  const millis = iso.slice(20, 23);
  return `${digits}${millis === '000' ? '' : `.${millis}`}Z-${cursor.id}`;
}

export function decodeListCursor(text: string): ListCursor | undefined {
  if (text.length > MAX_LIST_CURSOR_LENGTH) return undefined;
  const m = SHAPE.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, ms, id] = m;
  // Both databases store years 1000–9999 alike (PostgreSQL has no year 0).
  if (y === undefined || y < '1000') return undefined;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms ?? '000'}Z`;
  const time = Date.parse(iso);
  // Date.parse rolls 31 February over to March: only a real calendar instant round-trips.
  if (Number.isNaN(time) || new Date(time).toISOString() !== iso) return undefined;
  const n = Number(id);
  if (n > MAX_ID) return undefined;
  return { publishedAt: iso, id: n };
}
