/**
 * What the reader typed, turned into words the engines can match safely. Nothing of
 * the raw text reaches FTS5 or tsquery syntax: the expressions are built here from
 * word tokens that contain no separator (so no quote, star, bracket, colon or
 * operator), each one quoted.
 *
 * - Words are required (AND); a "quoted phrase" must appear as written (in order).
 * - The last word is a prefix (as you type) unless it closes a phrase, is shorter
 *   than three letters, or the text ends with a space.
 */
import { exactWord, foldWord, isSeparator, searchWords } from '../text/index.js';
import { SCOPE_TOKEN_PREFIX } from './schema-sqlite.js';

/** The web edge refuses longer queries with a 400; the service cuts anything longer. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;
const MIN_PREFIX_CHARS = 3;
const QUOTES = /["“”„]/u;

export interface QueryWord {
  /** Folded form: what matches. */
  folded: string;
  /**
   * Exact-diacritics form, preferred in ranking; null when the reader typed the whole
   * query without diacritics (then nothing says which accented word was meant).
   */
  exact: string | null;
  prefix: boolean;
}

export interface ParsedQuery {
  /** Each group is one free word, or the words of a quoted phrase. */
  groups: QueryWord[][];
  /** Every word, in order. */
  words: QueryWord[];
  /** The folded words joined by spaces ("Bình đẳng" → "binh dang"). */
  folded: string;
}

/** Words counted the way the web edge limits them. */
export function countQueryWords(text: string): number {
  return searchWords(text).length;
}

function toWord(raw: string): QueryWord | null {
  const folded = foldWord(raw);
  if (folded.length === 0) return null;
  return { folded, exact: exactWord(raw), prefix: false };
}

/**
 * A reader who typed some diacritics meant the unaccented words as written too
 * ("An ninh" is not "ăn"); one who typed none may have meant any accents.
 */
function keepExactForms(words: QueryWord[]): void {
  const typedMarks = words.some((w) => w.exact !== w.folded);
  for (const w of words) {
    if (!typedMarks || /^[0-9]+$/.test(w.folded)) w.exact = null;
  }
}

export function parseQuery(text: string): ParsedQuery {
  const clipped = Array.from(text.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS).join('');
  const segments = clipped.split(QUOTES);
  // An unmatched quote opens nothing: its text counts as free words.
  const closedPhrases = segments.length % 2 === 1 ? segments.length : segments.length - 1;
  const groups: QueryWord[][] = [];
  const seenFree = new Set<string>();
  let count = 0;
  let lastIsFree = false;
  segments.forEach((segment, index) => {
    const quoted = index % 2 === 1 && index < closedPhrases;
    const words: QueryWord[] = [];
    for (const raw of searchWords(segment)) {
      if (count >= MAX_QUERY_WORDS) break;
      const word = toWord(raw);
      if (word === null) continue;
      count += 1;
      words.push(word);
    }
    if (words.length === 0) return;
    if (quoted) {
      groups.push(words);
      lastIsFree = false;
      return;
    }
    for (const word of words) {
      lastIsFree = true;
      if (seenFree.has(word.folded)) continue;
      seenFree.add(word.folded);
      groups.push([word]);
    }
  });
  const lastChar = Array.from(clipped).pop();
  const last = groups[groups.length - 1];
  const lastWord = last?.[last.length - 1];
  if (lastWord !== undefined && lastIsFree && lastChar !== undefined && !isSeparator(lastChar) && lastWord.folded.length >= MIN_PREFIX_CHARS) {
    lastWord.prefix = true;
  }
  const words = groups.flat();
  keepExactForms(words);
  return { groups, words, folded: words.map((w) => w.folded).join(' ') };
}

/** FTS5 MATCH expression over the folded columns: {title lead body} : ("a" AND "b c" AND "d"*). */
export function fts5Expression(query: ParsedQuery): string {
  const parts = query.groups.map((group) => {
    const phrase = group.map((w) => w.folded).join(' ');
    return `"${phrase}"${group[group.length - 1]?.prefix === true ? '*' : ''}`;
  });
  return `{title lead body} : (${parts.join(' AND ')})`;
}

/**
 * An FTS5 MATCH expression narrowed to documents of these sites (the scope column's tokens,
 * schema-sqlite.ts), so that FTS5 intersects its lists with the sites'; unchanged for every site.
 */
export function fts5WithinSites(expression: string, siteIds: readonly number[] | undefined): string {
  if (siteIds === undefined) return expression;
  return `{scope} : (${siteIds.map((id) => `${SCOPE_TOKEN_PREFIX}${Math.trunc(id)}`).join(' OR ')}) AND ${expression}`;
}

/** FTS5 MATCH expression for one exact word in the exact body column (its own table, search_fts_x). */
export function fts5ExactExpression(exact: string): string {
  return `{body_x} : "${exact}"`;
}

function lexeme(word: string, prefix: boolean): string {
  return `'${word}'${prefix ? ':*' : ''}`;
}

/** tsquery text: 'a' & ('b' <-> 'c') & 'd':* — for to_tsquery('simple', …). */
export function tsqueryText(query: ParsedQuery): string {
  return query.groups
    .map((group) => {
      const lexemes = group.map((w) => lexeme(w.folded, w.prefix));
      return lexemes.length === 1 ? (lexemes[0] ?? '') : `(${lexemes.join(' <-> ')})`;
    })
    .join(' & ');
}

/** tsquery text for one exact word. */
export function tsqueryExactText(exact: string): string {
  return lexeme(exact, false);
}

/** The FTS5 phrases of the query, each quoted ("a", "b c", "d"*). */
function fts5Phrases(query: ParsedQuery): string[] {
  return query.groups.map((group) => {
    const phrase = group.map((w) => w.folded).join(' ');
    return `"${phrase}"${group[group.length - 1]?.prefix === true ? '*' : ''}`;
  });
}

/** FTS5 MATCH expression: every word in the title. */
export function fts5TitleExpression(query: ParsedQuery): string {
  return `{title} : (${fts5Phrases(query).join(' AND ')})`;
}

/**
 * Words this close together (at most this many other words between two of them) are
 * "found together": the candidate pass on SQLite and the ranking (proximity.ts) agree.
 */
export const NEAR_SLACK = 3;

/** FTS5 MATCH expression: every word within one stretch of a field (NEAR). */
export function fts5TogetherExpression(query: ParsedQuery): string {
  const phrases = fts5Phrases(query);
  const words = query.words.length;
  return `{title lead body} : NEAR(${phrases.join(' ')}, ${NEAR_SLACK * Math.max(1, words - 1)})`;
}

/** tsquery text of every word in order, adjacent ('a' <-> 'b' <-> 'c':*): the phrase pass on PostgreSQL. */
export function tsqueryPhraseText(query: ParsedQuery): string {
  return query.words.map((w) => lexeme(w.folded, w.prefix)).join(' <-> ');
}
