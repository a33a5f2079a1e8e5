/**
 * PostgreSQL versions of the search index functions, generated from the TypeScript
 * rules (text/words.ts, text/normalize.ts, index-text.ts) and following them step by
 * step, so that the index and the query agree:
 *
 *   vn_words(t)     NFC, invisible characters dropped, separator runs → one space
 *   vn_fold(t)      as foldWord: NFD, marks stripped, đ/Đ → d, lower case, NFC
 *   vn_exact(t)     as exactWord: lower case and tone placement normalised, done on
 *                   NFD text (Vietnamese letters then do not depend on the locale), NFC
 *   vn_html_text(h) tags and entities → spaces, cut at MAX_INDEXED_CHARS
 *
 * Vietnamese and ASCII text give the same result in any locale; lower() of other
 * scripts' capitals follows the database's LC_CTYPE (C.UTF-8 and *.UTF-8 agree with
 * JavaScript). All are IMMUTABLE, so they may be used in indexes.
 *
 * Migration 0002 created them from a frozen copy of this output: a change to these rules
 * or to the folding rules they follow needs a new migration (frozen-search-sql.test.ts).
 */
import { SEPARATOR_RANGES } from '../text/index.js';
import { INITIAL_CONSONANTS, TONE_MARKS, TONE_PAIRS } from '../text/normalize.js';
import { ENTITY_PATTERN, MAX_INDEXED_CHARS, TAG_PATTERN } from './index-text.js';

/** A SQL string literal (standard_conforming_strings: only quotes need doubling). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function regexEscape(cp: number): string {
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** The separators as a PostgreSQL regular-expression bracket expression (NUL cannot occur in text). */
export function pgSeparatorClass(): string {
  const body = SEPARATOR_RANGES.map(([a, b]) => {
    const from = Math.max(a, 1);
    return from === b ? regexEscape(from) : `${regexEscape(from)}-${regexEscape(b)}`;
  }).join('');
  return `[${body}]`;
}

/**
 * Moves the tone of oa/oe/uy to the first vowel at the end of a word, on NFD text
 * where the tone is a combining mark after the second vowel: one pass per pair.
 */
function toneMoves(expression: string): string {
  const marks = TONE_MARKS.map((m) => regexEscape(m.codePointAt(0) ?? 0)).join('');
  let out = expression;
  for (const [first, second] of TONE_PAIRS) {
    out = `regexp_replace(${out}, ${literal(` ([${INITIAL_CONSONANTS}]*)${first}${second}([${marks}])(?= )`)}, ${literal(` \\1${first}\\2${second}`)}, 'g')`;
  }
  return out;
}

/** CREATE OR REPLACE FUNCTION statements, one per string, in dependency order. */
export function postgresSearchFunctions(): string[] {
  const head = (name: string, arg: string) =>
    `CREATE OR REPLACE FUNCTION ${name}(${arg} text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$`;
  const collapse = (expression: string) => `btrim(regexp_replace(${expression}, ' {2,}', ' ', 'g'))`;
  const stripMarks = `regexp_replace(normalize(vn_words(t), NFD), '[\\u0300-\\u036f]', '', 'g')`;
  const lowerExact = `replace(lower(normalize(vn_words(t), NFD)), 'Đ', 'đ')`;
  return [
    `${head('vn_words', 't')}
      SELECT btrim(regexp_replace(regexp_replace(normalize(t, NFC), '[\\u00ad\\u200c\\u200d\\u2060]', '', 'g'), ${literal(`${pgSeparatorClass()}+`)}, ' ', 'g'))
    $fn$`,
    `${head('vn_fold', 't')}
      SELECT ${collapse(`normalize(lower(translate(${stripMarks}, 'đĐ', 'dd')), NFC)`)}
    $fn$`,
    `${head('vn_exact', 't')}
      SELECT ${collapse(`normalize(${toneMoves(`(' ' || ${lowerExact} || ' ')`)}, NFC)`)}
    $fn$`,
    `${head('vn_html_text', 'h')}
      SELECT left(regexp_replace(regexp_replace(h, ${literal(TAG_PATTERN)}, ' ', 'g'), ${literal(ENTITY_PATTERN)}, ' ', 'g'), ${MAX_INDEXED_CHARS})
    $fn$`,
  ];
}
