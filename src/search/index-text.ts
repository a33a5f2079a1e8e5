/**
 * What the search index stores, as functions of the content: the text of rich HTML,
 * its folded words and its exact-diacritics words. SQLite calls these very functions
 * (registered on each connection, see sqlite-functions.ts); PostgreSQL runs SQL
 * generated from the same tables and ranges (pg-functions.ts).
 */
import { replaceTags } from '../html/tags.js';
import { exactText, foldedText } from '../text/index.js';

/** Bodies are indexed up to this many characters (PostgreSQL caps a tsvector at 1 MB). */
export const MAX_INDEXED_CHARS = 100_000;

export const TAG_PATTERN = '<[^>]*>';
export const ENTITY_PATTERN = '&[#a-zA-Z0-9]+;';
const ENTITIES = new RegExp(ENTITY_PATTERN, 'g');

/**
 * The words of stored rich text: tags and entities become spaces (sanitised HTML keeps
 * letters as characters, so no word is lost), cut at MAX_INDEXED_CHARS.
 */
export function htmlIndexText(html: string): string {
  // The same as PostgreSQL's regexp_replace with TAG_PATTERN (pg-functions.ts), by a linear scan.
  return replaceTags(html, ' ').replace(ENTITIES, ' ').slice(0, MAX_INDEXED_CHARS);
}

/** Folded words joined by single spaces (vn_fold in the database). */
export function indexFolded(text: string): string {
  return foldedText(text);
}

/** Exact-form words joined by single spaces (vn_exact in the database). */
export function indexExact(text: string): string {
  return exactText(text);
}
