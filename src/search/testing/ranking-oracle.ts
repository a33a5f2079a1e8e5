/**
 * Test support: ranking's counts taken the slow, obvious way, as they were before the
 * field scans (field-scan.ts) — a search of the whole field for each needle, and the
 * together test over the field padded with a space each side. field-scan.test.ts checks
 * the scans give exactly these counts.
 */
import { NEAR_SLACK, type QueryWord } from '../query.js';
import type { CandidateCounts, CandidateText, RankingPlan } from '../ranking.js';

/** Non-overlapping occurrences of `needle` in `text`, left to right. */
export function countOccurrences(text: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** The fewest words of a stretch holding every distinct word (the last as a prefix while typed), by splitting the padded field. */
export function shortestStretchByWords(words: readonly QueryWord[], field: string): number | null {
  const needles = new Map<string, boolean>();
  for (const w of words) needles.set(w.folded, (needles.get(w.folded) ?? true) && w.prefix);
  const distinct = [...needles];
  if (distinct.length === 0) return null;
  const tokens = ` ${field} `.split(' ');
  const hits: { at: number; needle: number }[] = [];
  tokens.forEach((token, at) => {
    const needle = distinct.findIndex(([folded, prefix]) => token === folded || (prefix && token.startsWith(folded)));
    if (needle >= 0) hits.push({ at, needle });
  });
  let best: number | null = null;
  for (let i = 0; i < hits.length; i += 1) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length; j += 1) {
      seen.add((hits[j] as { needle: number }).needle);
      if (seen.size === distinct.length) {
        const length = (hits[j] as { at: number }).at - (hits[i] as { at: number }).at + 1;
        if (best === null || length < best) best = length;
        break;
      }
    }
  }
  return best;
}

function foundTogetherByWords(words: readonly QueryWord[], field: string): boolean {
  const needles = new Set(words.map((w) => w.folded)).size;
  if (needles < 2) return false;
  const stretch = shortestStretchByWords(words, field);
  return stretch !== null && stretch - needles <= NEAR_SLACK * (needles - 1);
}

/** countCandidate, the slow way. */
export function countCandidateByNeedles(plan: RankingPlan, text: CandidateText): CandidateCounts {
  const occurrences = (index: number): number => {
    const probe = plan.probes[index];
    return probe === undefined ? 0 : countOccurrences(text[probe.field], probe.needle);
  };
  const together = (field: 'title' | 'lead' | 'body', stored: string) =>
    plan.phrase?.[field].some((probe) => occurrences(probe) > 0) === true || foundTogetherByWords(plan.words, stored);
  const title = together('title', text.title_f);
  const lead = !title && together('lead', text.lead_f);
  const body = !title && !lead && together('body', text.body_f);
  return { occurrences, exactBody: text.exactBody, titleWords: text.title_f.split(' ').filter((w) => w !== '').length, together: { title, lead, body } };
}
