/**
 * What the search index stores, as functions of the content: the text of rich HTML,
 * its folded words and its exact-diacritics words. SQLite calls these very functions
 * (registered on each connection, see sqlite-functions.ts); PostgreSQL runs SQL
 * generated from the same tables and ranges (pg-functions.ts).
 */
import { replaceTags } from '../html/tags.js';
import { exactWords, foldedWords, rememberRecent, searchWords } from '../text/index.js';

/** Bodies are indexed up to this many characters (PostgreSQL caps a tsvector at 1 MB). */
export const MAX_INDEXED_CHARS = 100_000;

export const TAG_PATTERN = '<[^>]*>';
export const ENTITY_PATTERN = '&[#a-zA-Z0-9]+;';
const ENTITIES = new RegExp(ENTITY_PATTERN, 'g');

/**
 * The words of stored rich text: tags and entities become spaces (sanitised HTML keeps
 * letters as characters, so no word is lost), cut at MAX_INDEXED_CHARS.
 */
export const htmlIndexText: (html: string) => string = rememberRecent(
  // The same as PostgreSQL's regexp_replace with TAG_PATTERN (pg-functions.ts), by a linear scan.
  (html) => replaceTags(html, ' ').replace(ENTITIES, ' ').slice(0, MAX_INDEXED_CHARS),
  // An indexed write reads a body's text twice (its folded words, then its exact ones).
  2,
);

/**
 * A SQLite trigger folds a row's title, lead and body, then takes the exact words of the
 * same three (search/schema-sqlite.ts): each text's words are cut once, not twice.
 */
const wordsOf = rememberRecent<readonly string[]>(searchWords, 4);

/** Folded words joined by single spaces (vn_fold in the database). */
export function indexFolded(text: string): string {
  return foldedWords(wordsOf(text));
}

/** Exact-form words joined by single spaces (vn_exact in the database). */
export function indexExact(text: string): string {
  return exactWords(wordsOf(text));
}
