/**
 * Every transformation of user text takes time linear in its input. Each function
 * is fed adversarial inputs (runs of spaces, no-break spaces, letters, '<', quotes,
 * combining marks, an unclosed tag, image tags, entities) of 10k, 100k and 1M
 * characters; the test fails when ten times the input costs much more than ten times
 * the time (a quadratic function costs a hundred times). Timings are the fastest of
 * a few runs, with a floor so that sub-millisecond noise never decides.
 */
import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../accounts/policy.js';
import { diffTokens, htmlTokens, textTokens } from '../editorial/diff.js';
import { escapeXml, escapeXmlAttribute } from '../feeds/xml.js';
import { cleanPastedHtml, collapseSpaces } from '../html/clean-paste.js';
import { mediaKeysInHtml, withResponsiveImages } from '../html/responsive-images.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { replaceTags } from '../html/tags.js';
import { excerptHtml, highlightText, htmlToPlainText } from '../search/highlight.js';
import { htmlIndexText, indexExact, indexFolded } from '../search/index-text.js';
import { parseQuery } from '../search/query.js';
import { foldVietnamese, normalizeSpaces, normalizeVietnamese, searchWords, slugify, trimWhile } from '../text/index.js';

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** Runs per size, the fastest kept: more where a run is cheap and noise is relatively large. */
const RUNS: Record<(typeof SIZES)[number], number> = { 10_000: 3, 100_000: 2, 1_000_000: 1 };
/**
 * Linear is 10 per step and quadratic 100. Memory at a million characters (garbage
 * collection, caches) lifts a linear step to about 35 on a busy two-core machine, so
 * the bound sits halfway between.
 */
const MAX_RATIO = 50;
/** Below this many milliseconds a timing says nothing about growth. */
const FLOOR_MS = 15;

/** Each input repeats a unit to about `size` characters. */
const INPUTS: Record<string, (size: number) => string> = {
  spaces: (n) => `<p>${' '.repeat(n)}x</p>`,
  'no-break spaces': (n) => `<p>a${'\u00a0'.repeat(n)}b</p>`,
  'spaces and no-break spaces': (n) => `<p>${' \u00a0'.repeat(n / 2)}x </p>`,
  letters: (n) => 'a'.repeat(n),
  'less-than signs': (n) => '<'.repeat(n),
  'an unclosed tag': (n) => `<p x="${'a'.repeat(n)}`,
  quotes: (n) => `"'`.repeat(n / 2),
  'combining marks': (n) => `a${'\u0301'.repeat(n)}`,
  'image tags': (n) => '<img '.repeat(n / 5),
  entities: (n) => '&nbsp;'.repeat(n / 6),
  'Vietnamese words': (n) => 'Bình đẳng giới '.repeat(n / 15),
  "Word's list paragraphs": (n) => "<p style='mso-list:l0 level1 lfo1'>x</p>".repeat(n / 40),
  'a long style attribute': (n) => `<p style="mso-list:${'\t'.repeat(n / 2)}"><span style="font-weight:${' '.repeat(n / 2)}">x</span></p>`,
};

const QUERY = parseQuery('bình đẳng giới').words;

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  cleanPastedHtml,
  sanitizeRichText,
  'sanitizeRichText(cleanPastedHtml)': (text) => sanitizeRichText(cleanPastedHtml(text)),
  collapseSpaces,
  replaceTags: (text) => replaceTags(text, ' '),
  withResponsiveImages: (text) => withResponsiveImages(text, []),
  mediaKeysInHtml,
  htmlTokens,
  textTokens,
  'diff of the two halves': (text) => diffTokens(htmlTokens(text.slice(0, text.length / 2)), htmlTokens(`${text.slice(text.length / 2)}z`)),
  foldVietnamese,
  normalizeSpaces,
  normalizeVietnamese,
  searchWords,
  'trimWhile (spaces)': (text) => trimWhile(text, (ch) => ch === ' '),
  slugify,
  htmlToPlainText,
  highlightText: (text) => highlightText(text, QUERY),
  excerptHtml: (text) => excerptHtml(text, QUERY),
  htmlIndexText,
  indexFolded,
  indexExact,
  parseQuery,
  passwordProblem: (text) => passwordProblem(text, 'lan'),
  escapeXml,
  escapeXmlAttribute,
};

/** The fastest of a few runs; one run over `enough` milliseconds is enough to know. */
function fastest(fn: () => unknown, runs: number, enough: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
    if (best > enough) break;
  }
  return best;
}

/**
 * The growth from one size to the next, the smaller time raised to the floor: a
 * quadratic function fails once its larger time passes MAX_RATIO × FLOOR_MS, before it
 * costs a request anything that matters, and memory effects on a sub-millisecond
 * timing never do.
 */
function growth(smaller: number, larger: number): number {
  return larger / Math.max(smaller, FLOOR_MS);
}

describe('text transformations take time linear in their input', () => {
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    it(name, () => {
      const slow: string[] = [];
      for (const [inputName, make] of Object.entries(INPUTS)) {
        const times: number[] = [];
        for (const size of SIZES) {
          const input = make(size);
          const previous = times.at(-1);
          // Past this, more runs would only confirm the failure (of a step that may take seconds).
          const failing = previous === undefined ? Number.POSITIVE_INFINITY : MAX_RATIO * Math.max(previous, FLOOR_MS);
          const time = fastest(() => fn(input), RUNS[size], failing);
          times.push(time);
          const ratio = previous === undefined ? undefined : growth(previous, time);
          if (ratio !== undefined && ratio > MAX_RATIO) {
            slow.push(`${inputName}: ${times.map((t) => `${t.toFixed(1)} ms`).join(' → ')} (×${ratio.toFixed(0)} for ×10 input)`);
            break; // a quadratic step at 100k would take minutes at 1M
          }
        }
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});
