/**
 * One stored field of a search candidate (folded or exact words separated by single
 * spaces), read once per query word: where each word begins. Every count ranking takes
 * (a word, a phrase, the last word's beginning) and the "found together" test are then
 * worked out from those places, instead of a search of the whole field for each needle:
 * a common query reads the 2,000-character opening of some 400 bodies.
 *
 * Pure and linear in the field and the query.
 */
/** The character code of the one separator between stored words. */
export const SPACE = 32;

export class FieldScan {
  private readonly starts = new Map<string, number[]>();
  private readonly startSets = new Map<string, Set<number>>();

  constructor(readonly text: string) {}

  /** The indices of the spaces that a word beginning with `word` follows, ascending (a word at the very start, without a space before it, is not among them). */
  wordStarts(word: string): readonly number[] {
    let at = this.starts.get(word);
    if (at === undefined) {
      at = [];
      const pattern = ` ${word}`;
      for (let found = this.text.indexOf(pattern); found >= 0; found = this.text.indexOf(pattern, found + 1)) at.push(found);
      this.starts.set(word, at);
    }
    return at;
  }

  /** The same as a set, made only for a phrase's later words. */
  private startSet(word: string): Set<number> {
    let set = this.startSets.get(word);
    if (set === undefined) {
      set = new Set(this.wordStarts(word));
      this.startSets.set(word, set);
    }
    return set;
  }

  /**
   * Non-overlapping occurrences of ` w1 w2 … wk` (with a space after when `whole`), counted
   * left to right, as repeated indexOf counts them (testing/ranking-oracle.ts).
   */
  count(words: readonly string[], whole: boolean): number {
    const first = words[0];
    if (first === undefined) return 0;
    const firstStarts = this.wordStarts(first);
    if (firstStarts.length === 0) return 0;
    const offsets: { offset: number; set: Set<number> }[] = [];
    let length = first.length + 1;
    for (let i = 1; i < words.length; i += 1) {
      const word = words[i] as string;
      if (this.wordStarts(word).length === 0) return 0;
      offsets.push({ offset: length, set: this.startSet(word) });
      length += word.length + 1;
    }
    if (whole) length += 1;
    let count = 0;
    let next = 0;
    for (const at of firstStarts) {
      if (at < next) continue;
      if (whole && this.text.charCodeAt(at + length - 1) !== SPACE) continue;
      if (!offsets.every(({ offset, set }) => set.has(at + offset))) continue;
      count += 1;
      next = at + length;
    }
    return count;
  }
}
