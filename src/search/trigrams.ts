/**
 * Trigram similarity for near matches ("binh dang gioj", "Dong Haa"), the same on both
 * databases. Trigrams follow pg_trgm's rules on folded text: a word is a run of letters
 * and digits, padded with two spaces in front and one behind ("  ha "), and its
 * trigrams are every three consecutive characters ("  h", " ha", "ha ").
 *
 * wordSimilarity(query, text) is the definition pg_trgm documents for its
 * word_similarity: the greatest similarity |Q ∩ E| / |Q ∪ E| between the query's
 * trigram set Q and the trigram set E of any contiguous stretch of the text's trigrams.
 * It is computed exactly here (pg_trgm's own search is greedy and may return less), and
 * this score alone decides what is found and in which order; the databases only find
 * candidates (PostgreSQL: `<%` under a GIN index at a lower threshold; SQLite: FTS5
 * trigram counts), so that both return the same near matches.
 */

/** A word for trigrams: letters and digits (pg_trgm splits on anything else). */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The query is cut to this many characters before its trigrams are taken. */
export const NEAR_MAX_QUERY_CHARS = 64;

/** A document is a near match when its score reaches this. */
export const NEAR_THRESHOLD = 0.5;

/**
 * Candidates must share at least this share of the query's trigrams with the title
 * (and, on PostgreSQL, reach this word_similarity). Below NEAR_THRESHOLD with
 * a margin, so that the engine never drops what the exact score would keep.
 */
export const NEAR_CANDIDATE_SHARE = 0.45;

/** The words of folded text as pg_trgm sees them. */
export function trigramWords(folded: string): string[] {
  return folded.split(NON_WORD).filter((w) => w.length > 0);
}

/** The trigrams of one word, in order (with repeats). */
export function wordTrigrams(word: string): string[] {
  const chars = Array.from(`  ${word} `);
  const out: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) out.push(chars.slice(i, i + 3).join(''));
  return out;
}

/** The trigrams of folded text, word after word, in order (with repeats). */
export function textTrigrams(folded: string): string[] {
  return trigramWords(folded).flatMap(wordTrigrams);
}

/** The folded query cut to NEAR_MAX_QUERY_CHARS: what near matching compares (on both sides). */
export function nearQueryText(foldedQuery: string): string {
  return Array.from(foldedQuery).slice(0, NEAR_MAX_QUERY_CHARS).join('');
}

/** The distinct trigrams of a (cut) folded query. */
export function queryTrigrams(foldedQuery: string): string[] {
  return [...new Set(textTrigrams(foldedQuery))];
}

/**
 * The text stored for SQLite's FTS5 trigram index: each word as pg_trgm pads it, so that
 * every trigram of a word is a substring ("  ha " holds "  h", " ha", "ha "). Strings
 * across two words ("a  ", "   ") are never a query trigram.
 */
export function nearIndexText(folded: string): string {
  return trigramWords(folded)
    .map((w) => `  ${w} `)
    .join('');
}

/**
 * The greatest |Q ∩ E| / |Q ∪ E| over contiguous stretches E of the text's trigrams.
 * A best stretch starts and ends with a query trigram (trimming others only helps), and
 * a stretch with more than |Q| distinct trigrams scores at most |Q| / distinct.
 */
export function wordSimilarity(query: readonly string[], text: readonly string[]): number {
  const q = new Set(query);
  if (q.size === 0 || text.length === 0) return 0;
  const ids = new Map<string, number>();
  const seq = text.map((t) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  });
  const inQuery = [...ids.keys()].map((t) => q.has(t));
  const seenAt = new Int32Array(ids.size).fill(-1);
  let best = 0;
  for (let start = 0; start < seq.length; start += 1) {
    if (!inQuery[seq[start] ?? 0]) continue;
    let distinct = 0;
    let shared = 0;
    for (let end = start; end < seq.length; end += 1) {
      const id = seq[end] ?? 0;
      if (seenAt[id] !== start) {
        seenAt[id] = start;
        distinct += 1;
        if (inQuery[id]) shared += 1;
      }
      if (distinct > q.size && q.size / distinct <= best) break;
      if (inQuery[id]) best = Math.max(best, shared / (q.size + distinct - shared));
    }
  }
  return best;
}

/** The share of the query's trigrams that occur anywhere in the text (what the engines count). */
export function trigramShare(query: readonly string[], text: readonly string[]): number {
  const q = new Set(query);
  if (q.size === 0) return 0;
  const present = new Set(text.filter((t) => q.has(t)));
  return present.size / q.size;
}

/** |Q ∩ T| / |Q ∪ T| over the whole text (pg_trgm's similarity). */
export function similarity(query: readonly string[], text: readonly string[]): number {
  const q = new Set(query);
  const t = new Set(text);
  if (q.size === 0 || t.size === 0) return 0;
  let shared = 0;
  for (const x of t) if (q.has(x)) shared += 1;
  return shared / (q.size + t.size - shared);
}

export interface NearScore {
  /** The word similarity of the title: kept when ≥ NEAR_THRESHOLD. */
  match: number;
  /** Orders the kept: the match, then a little for a title that is mostly the query (as search favours short titles). */
  rank: number;
}

const CLOSENESS_WEIGHT = 0.1;

/**
 * Titles only: they are what readers remember and type, and a lead's many common
 * syllables made every typo look like half the system (bench/near.ts measured the
 * lead side at three quarters of the cost on PostgreSQL).
 */
export function nearScore(query: readonly string[], foldedTitle: string): NearScore {
  const title = textTrigrams(foldedTitle);
  const match = wordSimilarity(query, title);
  return { match, rank: match + CLOSENESS_WEIGHT * similarity(query, title) };
}

/**
 * The words of the text that look like a query word (their own trigram similarity at
 * least `min`), to mark them in a near match.
 */
export function similarWords(foldedQuery: string, folded: string, min = 0.3): string[] {
  const queryWords = trigramWords(foldedQuery).map((w) => new Set(wordTrigrams(w)));
  const out = new Set<string>();
  for (const word of trigramWords(folded)) {
    const own = new Set(wordTrigrams(word));
    const matches = queryWords.some((q) => {
      let shared = 0;
      for (const t of own) if (q.has(t)) shared += 1;
      return shared / (q.size + own.size - shared) >= min;
    });
    if (matches) out.add(word);
  }
  return [...out];
}
