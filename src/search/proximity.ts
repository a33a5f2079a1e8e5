/**
 * Whether the words of a query are found together in a field: all of them within one
 * short stretch (at most NEAR_SLACK other words between two of them, as FTS5's NEAR
 * with the distance fts5TogetherExpression gives). "bình đẳng giới" in one sentence is
 * together; "bình quân" … "đang" … "cơ giới hóa" in different sentences is not.
 *
 * Pure and linear: a native search of the field for each of the query's (at most
 * MAX_QUERY_WORDS) words, one pass counting the words before each match, and a sliding
 * window over the positions that match. A body's opening is read for every candidate of
 * a search (hundreds): tokenising it word by word cost more than the database's part.
 */
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
 * The tokens of `field` that match a needle, in order: each token's position (its index
 * among the space-separated tokens, empty ones counted, as field.split(' ') numbers them)
 * and the first needle in query order it matches, as the whole word or, for the last word
 * while typed, as its beginning.
 */
function needleHits(needles: readonly Needle[], field: string): { at: number; needle: number }[] {
  // Padded, every token starts after a space and ends before one; positions shift by one, stretches do not.
  const text = ` ${field} `;
  const needleAt = new Map<number, number>();
  needles.forEach((n, needle) => {
    const pattern = n.prefix ? ` ${n.folded}` : ` ${n.folded} `;
    for (let found = text.indexOf(pattern); found >= 0; found = text.indexOf(pattern, found + 1)) {
      const known = needleAt.get(found);
      if (known === undefined || needle < known) needleAt.set(found, needle);
    }
  });
  const starts = [...needleAt.keys()].sort((a, b) => a - b);
  const hits: { at: number; needle: number }[] = [];
  let spaces = 0;
  let counted = 0;
  for (const start of starts) {
    for (; counted < start; counted += 1) if (text.charCodeAt(counted) === 32) spaces += 1;
    hits.push({ at: spaces, needle: needleAt.get(start) ?? 0 });
  }
  return hits;
}

/**
 * The fewest words of a stretch of `field` (folded words separated by single spaces)
 * that holds every needle, or null when some needle is absent.
 */
export function shortestStretch(words: readonly QueryWord[], field: string): number | null {
  const needles = distinctNeedles(words);
  if (needles.length === 0) return null;
  const hits = needleHits(needles, field);
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
export function foundTogether(words: readonly QueryWord[], field: string): boolean {
  const needles = distinctNeedles(words).length;
  if (needles < 2) return false;
  const stretch = shortestStretch(words, field);
  return stretch !== null && stretch - needles <= NEAR_SLACK * (needles - 1);
}
