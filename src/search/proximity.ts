/**
 * Whether the words of a query are found together in a field: all of them within one
 * short stretch (at most NEAR_SLACK other words between two of them, as FTS5's NEAR
 * with the distance fts5TogetherExpression gives). "bình đẳng giới" in one sentence is
 * together; "bình quân" … "đang" … "cơ giới hóa" in different sentences is not.
 *
 * Pure and linear: where each of the query's (at most MAX_QUERY_WORDS) words begins in
 * the field (field-scan.ts, read once per word and shared with ranking's counts), one pass
 * counting the words before each match, and a sliding window over the positions that
 * match. A body's opening is read for every candidate of a search (hundreds): tokenising
 * it word by word cost more than the database's part.
 */
import { FieldScan, SPACE } from './field-scan.js';
import { NEAR_SLACK, type QueryWord } from './query.js';

interface Needle {
  folded: string;
  prefix: boolean;
}

function distinctNeedles(words: readonly QueryWord[]): Needle[] {
  const seen = new Map<string, Needle>();
  for (const w of words) {
    const known = seen.get(w.folded);
    // A word typed twice, once as the last (prefix) word: the whole word is needed anyway.
    if (known === undefined) seen.set(w.folded, { folded: w.folded, prefix: w.prefix });
    else known.prefix = known.prefix && w.prefix;
  }
  return [...seen.values()];
}

/**
 * The tokens of the field that match a needle, in order: each token's position (its index
 * among the space-separated tokens, empty ones counted, as field.split(' ') numbers them,
 * after a leading space) and the first needle in query order it matches, as the whole word
 * or, for the last word while typed, as its beginning. A word at either end of the field
 * counts as if the field were padded with a space each side.
 */
function needleHits(needles: readonly Needle[], scan: FieldScan): { at: number; needle: number }[] {
  const field = scan.text;
  // Keyed by the index in the padded field (" " + field + " "): one more than in the field.
  const needleAt = new Map<number, number>();
  needles.forEach((n, needle) => {
    const note = (padded: number) => {
      const known = needleAt.get(padded);
      if (known === undefined || needle < known) needleAt.set(padded, needle);
    };
    // The word ends at `end` (an index in the field): whole when a space or the field's end follows.
    const endsThere = (end: number) => n.prefix || end === field.length || field.charCodeAt(end) === SPACE;
    if (field.startsWith(n.folded) && endsThere(n.folded.length)) note(0);
    for (const space of scan.wordStarts(n.folded)) if (endsThere(space + 1 + n.folded.length)) note(space + 1);
  });
  const starts = [...needleAt.keys()].sort((a, b) => a - b);
  const hits: { at: number; needle: number }[] = [];
  let spaces = 0;
  let counted = 0;
  for (const start of starts) {
    // The padded field's character at `counted`: its leading space, then the field.
    for (; counted < start; counted += 1) if (counted === 0 || field.charCodeAt(counted - 1) === SPACE) spaces += 1;
    hits.push({ at: spaces, needle: needleAt.get(start) ?? 0 });
  }
  return hits;
}

/**
 * The fewest words of a stretch of `field` (folded words separated by single spaces, or
 * its scan) that holds every needle, or null when some needle is absent.
 */
export function shortestStretch(words: readonly QueryWord[], field: string | FieldScan): number | null {
  const needles = distinctNeedles(words);
  if (needles.length === 0) return null;
  const hits = needleHits(needles, typeof field === 'string' ? new FieldScan(field) : field);
  const inWindow = new Array<number>(needles.length).fill(0);
  let covered = 0;
  let best: number | null = null;
  let left = 0;
  for (const hit of hits) {
    if (inWindow[hit.needle] === 0) covered += 1;
    inWindow[hit.needle] = (inWindow[hit.needle] ?? 0) + 1;
    while (covered === needles.length) {
      const first = hits[left];
      if (first === undefined) break;
      const length = hit.at - first.at + 1;
      if (best === null || length < best) best = length;
      inWindow[first.needle] = (inWindow[first.needle] ?? 1) - 1;
      if (inWindow[first.needle] === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

/** True when every word of a query of two words or more is within one short stretch of the field. */
export function foundTogether(words: readonly QueryWord[], field: string | FieldScan): boolean {
  const needles = distinctNeedles(words).length;
  if (needles < 2) return false;
  const stretch = shortestStretch(words, field);
  return stretch !== null && stretch - needles <= NEAR_SLACK * (needles - 1);
}
