/**
 * Relevance, the same on both databases: the engines only find the candidates (and
 * say whether an exact word occurs in a body); the database counts occurrences of
 * each query word and phrase in the stored folded/exact fields, and this module turns
 * the counts into a score. Ties are broken by recency by the caller.
 *
 * For each unit (a word, a quoted phrase, the whole query as a phrase, and each pair of
 * adjacent query words in a query of three words or more):
 *   tf = 20 × in title / n + 3 × in lead + 1 × in body   (title over lead over body)
 *   score += weight × tf × (K + 1) / (tf + K)            (saturates: no keyword stuffing)
 * where n = 1 - B + B × title words / 12 favours short titles that are mostly the query
 * (a page titled "Giới thiệu" for `giới thiệu`), as BM25F normalises field length.
 * Where the last word (a prefix) is absent, words beginning with it count half. Exact-diacritics units (the word
 * as typed, tone placement normalised; body presence only) count as much again, so
 * "dương" ranks "dương" above "đường" while both are found.
 *
 * Words found together (proximity.ts: the phrase, or all the words within a few words
 * of each other in one field) add TOGETHER_BONUS of the best such field: `binh dang
 * gioi` ranks "bình đẳng giới" above "bình quân" … "đang" … "cơ giới hóa" in different
 * sentences, even with two of those in the title.
 *
 * The counts are taken here, from the candidate's stored folded and exact text (the
 * opening of the body only, BODY_PROBE_CHARS): the same code on both databases.
 */
import { FieldScan } from './field-scan.js';
import { foundTogether } from './proximity.js';
import type { ParsedQuery, QueryWord } from './query.js';

export type ProbeField = 'title_f' | 'lead_f' | 'body_f' | 'title_x' | 'lead_x';

/** Counts occurrences of `needle` in `field`: ` w1 w2 … wk`, with a space after when `whole`. */
export interface Probe {
  field: ProbeField;
  needle: string;
  words: readonly string[];
  whole: boolean;
}

interface FieldCounts {
  title: number;
  lead: number;
  body: number | null;
}

interface Unit {
  weight: number;
  whole: FieldCounts;
  prefix: FieldCounts | null;
  /** Index into the exact-body checks, for exact units. */
  exactBody: number | null;
}

/** Probes of the whole query as a phrase (whole and, while typed, prefix) in each folded field. */
interface PhraseProbes {
  title: number[];
  lead: number[];
  body: number[];
}

export interface RankingPlan {
  /** Every word of the query, for the together test. */
  words: QueryWord[];
  probes: Probe[];
  /** The whole query's phrase probes (queries of two words or more): found as a phrase is found together. */
  phrase: PhraseProbes | null;
  /** Exact words whose presence in the body the engine checks. */
  exactBodyWords: string[];
  units: Unit[];
}

export const WEIGHTS = { title: 20, lead: 3, body: 1 } as const;
const K = 10;
const B = 0.5;
const AVERAGE_TITLE_WORDS = 12;
const PREFIX_SHARE = 0.5;
const EXACT_WEIGHT = 1;

class PlanBuilder {
  readonly probes: Probe[] = [];
  readonly exactBodyWords: string[] = [];
  readonly units: Unit[] = [];
  private readonly probeIndex = new Map<string, number>();
  private readonly unitKeys = new Set<string>();

  probe(field: ProbeField, words: readonly string[], whole: boolean): number {
    const needle = ` ${words.join(' ')}${whole ? ' ' : ''}`;
    const key = `${field}\u0000${needle}`;
    const known = this.probeIndex.get(key);
    if (known !== undefined) return known;
    this.probes.push({ field, needle, words, whole });
    this.probeIndex.set(key, this.probes.length - 1);
    return this.probes.length - 1;
  }

  /** The probes of words as a phrase in the folded fields: whole, and the last word's beginning while typed. */
  private foldedCounts(words: readonly QueryWord[]): { whole: FieldCounts; prefix: FieldCounts | null } {
    const folded = words.map((w) => w.folded);
    const counts = (whole: boolean): FieldCounts => ({
      title: this.probe('title_f', folded, whole),
      lead: this.probe('lead_f', folded, whole),
      body: this.probe('body_f', folded, whole),
    });
    return { whole: counts(true), prefix: words[words.length - 1]?.prefix === true ? counts(false) : null };
  }

  foldedUnit(words: readonly QueryWord[]): void {
    const key = `f:${words.map((w) => w.folded).join(' ')}:${words[words.length - 1]?.prefix === true}`;
    if (this.unitKeys.has(key)) return;
    this.unitKeys.add(key);
    this.units.push({ weight: 1, ...this.foldedCounts(words), exactBody: null });
  }

  phrase(words: readonly QueryWord[]): PhraseProbes {
    const { whole, prefix } = this.foldedCounts(words);
    const field = (f: 'title' | 'lead' | 'body') => [whole[f], ...(prefix === null ? [] : [prefix[f]])].filter((i): i is number => i !== null);
    return { title: field('title'), lead: field('lead'), body: field('body') };
  }

  exactUnit(exact: string): void {
    const key = `x:${exact}`;
    if (this.unitKeys.has(key)) return;
    this.unitKeys.add(key);
    this.exactBodyWords.push(exact);
    this.units.push({
      weight: EXACT_WEIGHT,
      whole: { title: this.probe('title_x', [exact], true), lead: this.probe('lead_x', [exact], true), body: null },
      prefix: null,
      exactBody: this.exactBodyWords.length - 1,
    });
  }
}

export function planRanking(query: ParsedQuery): RankingPlan {
  const plan = new PlanBuilder();
  for (const group of query.groups) {
    for (const word of group) plan.foldedUnit([word]);
    if (group.length > 1) plan.foldedUnit(group);
  }
  if (query.words.length > 1) plan.foldedUnit(query.words);
  // Adjacent pairs of the query's words: "nông thôn" of `nông thôn mới` in a title counts, scattered words do not.
  if (query.words.length > 2) for (let i = 0; i + 1 < query.words.length; i += 1) plan.foldedUnit(query.words.slice(i, i + 2));
  for (const word of query.words) if (word.exact !== null) plan.exactUnit(word.exact);
  const phrase = query.words.length > 1 ? plan.phrase(query.words) : null;
  return { words: query.words, probes: plan.probes, phrase, exactBodyWords: plan.exactBodyWords, units: plan.units };
}

/** The stored text of one candidate that ranking reads (fields padded with a space each side, as stored). */
export interface CandidateText {
  title_f: string;
  lead_f: string;
  /** The opening of the folded body (BODY_PROBE_CHARS). */
  body_f: string;
  title_x: string;
  lead_x: string;
  /** Whether each exact body word occurs (the engine checks the whole body), in exactBodyWords order. */
  exactBody: readonly boolean[];
}

/** What ranking counted in one candidate. */
export interface CandidateCounts {
  /**
   * Occurrences of a probe's needle, counted when first asked: a word's prefix form only
   * where the whole word is absent, a phrase's together test only where it is not found as
   * a phrase (a candidate's body opening is scanned once per needle asked, for hundreds of candidates).
   */
  occurrences: (probe: number) => number;
  /** Whether each exact body word occurs, in exactBodyWords order. */
  exactBody: readonly boolean[];
  titleWords: number;
  /** Whether the query's words are found together in the title, else the lead, else the opening of the body (false after the first found). */
  together: { title: boolean; lead: boolean; body: boolean };
}

const FOLDED_FIELD = { title: 'title_f', lead: 'lead_f', body: 'body_f' } as const;

/**
 * Counts the plan's probes and the together test in a candidate's text: linear in the text
 * and the query. Each field is read once per query word (field-scan.ts); every needle's
 * count (non-overlapping, left to right) and the together test come from those places.
 */
export function countCandidate(plan: RankingPlan, text: CandidateText): CandidateCounts {
  const words = text.title_f.split(' ').filter((w) => w !== '').length;
  const scans = new Map<ProbeField, FieldScan>();
  const scanOf = (field: ProbeField): FieldScan => {
    let scan = scans.get(field);
    if (scan === undefined) {
      scan = new FieldScan(text[field]);
      scans.set(field, scan);
    }
    return scan;
  };
  const counted: (number | undefined)[] = [];
  const occurrences = (index: number): number => {
    let count = counted[index];
    if (count === undefined) {
      const probe = plan.probes[index];
      count = probe === undefined ? 0 : scanOf(probe.field).count(probe.words, probe.whole);
      counted[index] = count;
    }
    return count;
  };
  // The query found as a phrase is found together: the field need not be read again.
  const together = (field: 'title' | 'lead' | 'body') =>
    plan.phrase?.[field].some((probe) => occurrences(probe) > 0) === true || foundTogether(plan.words, scanOf(FOLDED_FIELD[field]));
  // Only the best field counts (scoreCandidate): a later one is read only when the earlier ones fail.
  const title = together('title');
  const lead = !title && together('lead');
  const body = !title && !lead && together('body');
  return { occurrences, exactBody: text.exactBody, titleWords: words, together: { title, lead, body } };
}

/**
 * What finding every word together in a field adds (the best field only): more than a
 * few scattered words in the title give (each unit saturates below K + 1), less than a
 * title that holds most of the query's words, then title over lead over body.
 */
export const TOGETHER_BONUS = { title: 40, lead: 30, body: 25 } as const;

function saturate(tf: number): number {
  return tf <= 0 ? 0 : (tf * (K + 1)) / (tf + K);
}

export function scoreCandidate(plan: RankingPlan, counts: CandidateCounts): number {
  const occurrences = (index: number | null): number => (index === null ? 0 : counts.occurrences(index));
  const fieldCount = (unit: Unit, field: 'title' | 'lead' | 'body'): number => {
    const whole = occurrences(unit.whole[field]);
    // Words that only begin with the last word count when the word itself is absent.
    if (unit.prefix === null || whole > 0) return whole;
    return PREFIX_SHARE * occurrences(unit.prefix[field]);
  };
  const titleNorm = 1 - B + (B * Math.max(1, counts.titleWords)) / AVERAGE_TITLE_WORDS;
  let score = 0;
  for (const unit of plan.units) {
    let body = fieldCount(unit, 'body');
    if (unit.exactBody !== null) body = counts.exactBody[unit.exactBody] === true ? 1 : 0;
    const tf = (WEIGHTS.title * fieldCount(unit, 'title')) / titleNorm + WEIGHTS.lead * fieldCount(unit, 'lead') + WEIGHTS.body * body;
    score += unit.weight * saturate(tf);
  }
  const t = counts.together;
  score += t.title ? TOGETHER_BONUS.title : t.lead ? TOGETHER_BONUS.lead : t.body ? TOGETHER_BONUS.body : 0;
  return score;
}
