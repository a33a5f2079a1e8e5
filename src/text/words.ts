/**
 * Words of Vietnamese text for search: what separates words, and the folded form of
 * each word. Search indexing (in the database) and search queries (in the app) both
 * split and fold with these rules, so a query word meets the same indexed word.
 *
 * A separator is spelled as explicit code point ranges (not Unicode properties) so
 * that PostgreSQL applies exactly the same rule, whatever its locale.
 */
import { foldVietnamese, INVISIBLE_CHARS } from './fold.js';
import { rememberWords } from './word-memo.js';

/** Inclusive code point ranges that separate words: spaces, punctuation, symbols, emoji. */
export const SEPARATOR_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x002f], // controls, space, !"#$%&'()*+,-./
  [0x003a, 0x0040], // :;<=>?@
  [0x005b, 0x0060], // [\]^_`
  [0x007b, 0x00bf], // {|}~, C1 controls, no-break space, ¡…¿
  [0x00d7, 0x00d7], // ×
  [0x00f7, 0x00f7], // ÷
  [0x1680, 0x1680], // ogham space
  [0x2000, 0x206f], // general punctuation: spaces, dashes, quotes, …
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x214f], // letterlike symbols: ℃, №, ™
  [0x2190, 0x23ff], // arrows, mathematical operators, technical
  [0x2500, 0x27bf], // box drawing, shapes, dingbats
  [0x2900, 0x2bff], // arrows, mathematical symbols
  [0x2e00, 0x2e7f], // supplemental punctuation
  [0x3000, 0x303f], // ideographic space and punctuation
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe10, 0xfe1f], // vertical forms
  [0xfeff, 0xfeff], // byte order mark
  [0xfff0, 0xffff], // specials
  [0x1f000, 0x1faff], // emoji and pictographs
  [0xe0000, 0xe007f], // tags
];

function hex(cp: number): string {
  return cp.toString(16).padStart(4, '0');
}

/** The separators as a JavaScript character class body (for a `u` regex). */
function jsClassBody(): string {
  return SEPARATOR_RANGES.map(([a, b]) => (a === b ? `\\u{${hex(a)}}` : `\\u{${hex(a)}}-\\u{${hex(b)}}`)).join('');
}

const SEPARATOR_RUN = new RegExp(`[${jsClassBody()}]+`, 'u');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Whether each code point below U+10000 separates words, looked up once per character (highlighting reads every character of each hit's text). */
const SEPARATES_BMP: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const [a, b] of SEPARATOR_RANGES) table.fill(1, a, Math.min(b, 0xffff) + 1);
  return table;
})();

function separates(cp: number): boolean {
  if (cp <= 0xffff) return SEPARATES_BMP[cp] === 1;
  return SEPARATOR_RANGES.some(([a, b]) => cp >= a && cp <= b);
}

/** True when the character (one code point) separates words. */
export function isSeparator(char: string): boolean {
  const cp = char.codePointAt(0);
  return cp !== undefined && separates(cp);
}

/** NFC with the invisible in-word characters removed: the text words are cut from. */
export function prepareForWords(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** The words of a text, in order, as written (NFC): "Bình đẳng, giới!" → ["Bình", "đẳng", "giới"]. */
export function searchWords(text: string): string[] {
  return prepareForWords(text)
    .split(SEPARATOR_RUN)
    .filter((word) => word.length > 0);
}

/**
 * The folded form of one word: foldVietnamese, then NFC so that scripts whose
 * letters NFD splits without Latin marks (Hangul, kana) stay whole.
 */
export const foldWord: (word: string) => string = rememberWords((word) => foldVietnamese(word).normalize('NFC'));

/** The folded words of a text joined by single spaces: what search matches on. */
export function foldedText(text: string): string {
  return foldedWords(searchWords(text));
}

/** Words (searchWords of a text) folded and joined by single spaces. */
export function foldedWords(words: readonly string[]): string {
  return words
    .map(foldWord)
    .filter((word) => word.length > 0)
    .join(' ');
}

/**
 * Splits a text into alternating runs, keeping separators, so that a caller can mark
 * some words and reassemble the rest exactly: "Bình, đẳng" → word, sep, word.
 */
export function splitKeepingSeparators(text: string): { text: string; word: boolean }[] {
  const parts: { text: string; word: boolean }[] = [];
  const width = (cp: number) => (cp > 0xffff ? 2 : 1);
  let start = 0;
  while (start < text.length) {
    const first = text.codePointAt(start) ?? 0;
    const word = !separates(first);
    let end = start + width(first);
    while (end < text.length) {
      const cp = text.codePointAt(end) ?? 0;
      if (separates(cp) === word) break;
      end += width(cp);
    }
    // One slice per run, not a string grown by each character.
    parts.push({ text: text.slice(start, end), word });
    start = end;
  }
  return parts;
}
