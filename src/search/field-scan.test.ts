/**
 * The field scans give exactly the counts of a search of the whole field for each needle,
 * and the together test of a split into words, on random fields and queries built from
 * words that begin one another ("thon", "thong"), repeat ("a a") and are cut at the end
 * of a body's opening.
 */
import { describe, expect, it } from 'vitest';
import { FieldScan } from './field-scan.js';
import { shortestStretch } from './proximity.js';
import { parseQuery } from './query.js';
import { countCandidate, planRanking, scoreCandidate, type CandidateText } from './ranking.js';
import { countCandidateByNeedles, countOccurrences, shortestStretchByWords } from './testing/ranking-oracle.js';

const VOCABULARY = ['nong', 'thon', 'thong', 'thonx', 'a', 'ab', 'b', 'binh', 'dang', 'gioi', 'dan', 'moi'];

/** A small seeded generator (xorshift), so that a failure repeats. */
function rng(seed: number) {
  let x = seed || 1;
  return (bound: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return Math.abs(x) % bound;
  };
}

function randomWords(next: (bound: number) => number, count: number): string[] {
  return Array.from({ length: count }, () => VOCABULARY[next(VOCABULARY.length)] as string);
}

/** A stored field: words padded with a space each side; a body's opening may be cut anywhere. */
function storedField(next: (bound: number) => number, maxWords: number, cut: boolean): string {
  const text = ` ${randomWords(next, next(maxWords + 1)).join(' ')} `;
  return cut ? text.slice(0, 1 + next(text.length)) : text;
}

describe('a field read once per word', () => {
  it('counts every needle as repeated indexOf does, non-overlapping, left to right', () => {
    const next = rng(7);
    for (let round = 0; round < 3000; round += 1) {
      const scan = new FieldScan(storedField(next, 30, next(2) === 0));
      const words = randomWords(next, 1 + next(3));
      for (const whole of [true, false]) {
        const needle = ` ${words.join(' ')}${whole ? ' ' : ''}`;
        expect(scan.count(words, whole), `${JSON.stringify(scan.text)} ${JSON.stringify(needle)}`).toBe(countOccurrences(scan.text, needle));
      }
    }
  });

  it('finds the same shortest stretch as splitting the padded field into words, padded or not', () => {
    const next = rng(11);
    for (let round = 0; round < 3000; round += 1) {
      const field = next(3) === 0 ? randomWords(next, next(20)).join(' ') : storedField(next, 20, next(2) === 0);
      const query = parseQuery(`${randomWords(next, 1 + next(3)).join(' ')}${next(2) === 0 ? ' ' : ''}`);
      expect(shortestStretch(query.words, field), `${JSON.stringify(field)} ${query.folded}`).toBe(shortestStretchByWords(query.words, field));
    }
  });

  it('gives ranking the same counts, together tests and scores as a search per needle', () => {
    const next = rng(13);
    for (let round = 0; round < 2000; round += 1) {
      const plan = planRanking(parseQuery(`${randomWords(next, 1 + next(4)).join(' ')}${next(2) === 0 ? ' ' : ''}`));
      const text: CandidateText = {
        title_f: storedField(next, 12, false),
        lead_f: storedField(next, 20, false),
        body_f: storedField(next, 60, true),
        title_x: storedField(next, 12, false),
        lead_x: storedField(next, 20, false),
        exactBody: plan.exactBodyWords.map(() => next(2) === 0),
      };
      const fast = countCandidate(plan, text);
      const slow = countCandidateByNeedles(plan, text);
      const label = JSON.stringify({ probes: plan.probes.map((p) => p.needle), text });
      expect(plan.probes.map((_, i) => fast.occurrences(i)), label).toEqual(plan.probes.map((_, i) => slow.occurrences(i)));
      expect(fast.together, label).toEqual(slow.together);
      expect(scoreCandidate(plan, fast), label).toBe(scoreCandidate(plan, slow));
    }
  });
});
