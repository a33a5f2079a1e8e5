/**
 * Relevance, the same on both databases: the engines only find the candidates (and
 * say whether an exact word occurs in a body); the database counts occurrences of
 * each query word and phrase in the stored folded/exact fields, and this module turns
 * the counts into a score. Ties are broken by recency by the caller.
 *
 * For each unit (a word, a quoted phrase, and the whole query as a phrase):
 *   tf = 20 × in title / n + 3 × in lead + 1 × in body   (title over lead over body)
 *   score += weight × tf × (K + 1) / (tf + K)            (saturates: no keyword stuffing)
 * where n = 1 - B + B × title words / 12 favours short titles that are mostly the query
 * (a page titled "Giới thiệu" for `giới thiệu`), as BM25F normalises field length.
 * Where the last word (a prefix) is absent, words beginning with it count half. Exact-diacritics units (the word
 * as typed, tone placement normalised; body presence only) count as much again, so
 * "dương" ranks "dương" above "đường" while both are found.
 */
import type { ParsedQuery, QueryWord } from './query.js';

export type ProbeField = 'title_f' | 'lead_f' | 'body_f' | 'title_x' | 'lead_x';

/** Counts occurrences of `needle` in `field`: the database returns the number of characters it covers. */
export interface Probe {
  field: ProbeField;
  needle: string;
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

export interface RankingPlan {
  probes: Probe[];
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

  probe(field: ProbeField, needle: string): number {
    const key = `${field}\u0000${needle}`;
    const known = this.probeIndex.get(key);
    if (known !== undefined) return known;
    this.probes.push({ field, needle });
    this.probeIndex.set(key, this.probes.length - 1);
    return this.probes.length - 1;
  }

  foldedUnit(words: readonly QueryWord[]): void {
    const text = words.map((w) => w.folded).join(' ');
    const prefix = words[words.length - 1]?.prefix === true;
    const key = `f:${text}:${prefix}`;
    if (this.unitKeys.has(key)) return;
    this.unitKeys.add(key);
    const counts = (needle: string): FieldCounts => ({
      title: this.probe('title_f', needle),
      lead: this.probe('lead_f', needle),
      body: this.probe('body_f', needle),
    });
    this.units.push({ weight: 1, whole: counts(` ${text} `), prefix: prefix ? counts(` ${text}`) : null, exactBody: null });
  }

  exactUnit(exact: string): void {
    const key = `x:${exact}`;
    if (this.unitKeys.has(key)) return;
    this.unitKeys.add(key);
    this.exactBodyWords.push(exact);
    const needle = ` ${exact} `;
    this.units.push({
      weight: EXACT_WEIGHT,
      whole: { title: this.probe('title_x', needle), lead: this.probe('lead_x', needle), body: null },
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
  for (const word of query.words) if (word.exact !== null) plan.exactUnit(word.exact);
  return { probes: plan.probes, exactBodyWords: plan.exactBodyWords, units: plan.units };
}

/** What the database returned for one candidate. */
export interface CandidateCounts {
  /** Characters covered by each probe's needle, in probe order. */
  covered: readonly number[];
  /** Whether each exact body word occurs, in exactBodyWords order. */
  exactBody: readonly boolean[];
  titleWords: number;
}

function saturate(tf: number): number {
  return tf <= 0 ? 0 : (tf * (K + 1)) / (tf + K);
}

export function scoreCandidate(plan: RankingPlan, counts: CandidateCounts): number {
  const occurrences = (index: number | null): number => {
    if (index === null) return 0;
    const probe = plan.probes[index];
    const covered = counts.covered[index] ?? 0;
    return probe === undefined ? 0 : Math.round(covered / Array.from(probe.needle).length);
  };
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
  return score;
}
