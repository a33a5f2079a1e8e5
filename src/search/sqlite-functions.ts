/**
 * Registers the search index functions on a better-sqlite3 connection. The triggers
 * of the search migrations call them, so every connection that writes content must
 * have them: database.ts registers them where it opens the connection.
 */
import type SQLite from 'better-sqlite3';
import { htmlIndexText, indexExact, indexFolded } from './index-text.js';
import { nearIndexText } from './trigrams.js';

function textOrNull(fn: (text: string) => string): (value: unknown) => string | null {
  return (value) => {
    if (value === null || value === undefined) return null;
    // SQLite hands a function whatever the column holds; only text has words to fold.
    if (typeof value === 'number' || typeof value === 'bigint') return fn(String(value));
    return typeof value === 'string' ? fn(value) : null;
  };
}

export function registerSearchFunctions(sqlite: SQLite.Database): void {
  const options = { deterministic: true, varargs: false };
  sqlite.function('vn_fold', options, textOrNull(indexFolded));
  sqlite.function('vn_exact', options, textOrNull(indexExact));
  sqlite.function('vn_html_text', options, textOrNull(htmlIndexText));
  sqlite.function('vn_near_text', options, textOrNull(nearIndexText));
}
