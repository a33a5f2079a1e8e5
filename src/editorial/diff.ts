/**
 * Readable differences between two snapshots, field by field and word by word. HTML
 * fields are compared as text in which each tag is one unbreakable token (shown as
 * written, with a line break after block ends), so "<p>" never splits into "<", "p", ">".
 * Pure: the caller loads the snapshots.
 */
import { diffArrays } from 'diff';
import { splitTags } from '../html/tags.js';
import { FIELD_LABELS, SNAPSHOT_FIELDS, type Snapshot } from './article-input.js';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}
export interface FieldDiff {
  field: keyof Snapshot;
  label: string;
  parts: DiffPart[];
}

const HTML_FIELDS = new Set<keyof Snapshot>(['bodyHtml']);
const BLOCK_END = /^<\/(p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|thead|tbody|tfoot|tr|caption)\s*>$|^<(br|hr)\b[^>]*>$/i;
const ENTITIES: Record<string, string> = { '&nbsp;': '\u00a0', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Words (letters, digits and combining marks), runs of spaces, single other characters. */
const WORD_TOKENS = /[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

export function textTokens(text: string): string[] {
  return text.normalize('NFC').match(WORD_TOKENS) ?? [];
}

/** Tags as whole tokens (plus a line break after block ends), text between them as words. */
export function htmlTokens(html: string): string[] {
  const tokens: string[] = [];
  for (const { text: piece, tag } of splitTags(html.normalize('NFC'))) {
    if (tag) {
      tokens.push(BLOCK_END.test(piece) ? `${piece}\n` : piece);
    } else {
      // One at a time: spreading hundreds of thousands of tokens into push() overflows the stack.
      for (const token of textTokens(piece.replace(/&(nbsp|amp|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m))) tokens.push(token);
    }
  }
  return tokens;
}

/**
 * Bounds on one diff, by size rather than by time, so that it holds the server for a
 * few tens of milliseconds at most. Myers' algorithm costs about (tokens before +
 * after) × (edits found), so the edits it may look for shrink as the texts grow, and
 * past MAX_DIFF_TOKENS (two bodies of 60,000 one-character tokens, the editorial
 * limit's worst case) it does not look at all. Texts with more edits than the bound
 * show as wholly replaced. Measured on two busy cores: some 40 ms at the bounds; the
 * time limit only catches a machine far slower than that.
 */
export const MAX_DIFF_TOKENS = 120_000;
const DIFF_WORK = 5_000_000;
const MIN_EDITS = 200;
const DIFF_TIMEOUT_MS = 100;

interface Group {
  del: string;
  ins: string;
}

function whollyReplaced(before: string[], after: string[]): { value: string[]; added: boolean; removed: boolean }[] {
  return [
    { value: before, added: false, removed: true },
    { value: after, added: true, removed: false },
  ];
}

export function diffTokens(before: string[], after: string[]): DiffPart[] {
  const tokens = before.length + after.length;
  const maxEditLength = Math.max(MIN_EDITS, Math.floor(DIFF_WORK / Math.max(1, tokens)));
  const changes = tokens > MAX_DIFF_TOKENS ? whollyReplaced(before, after) : (diffArrays(before, after, { timeout: DIFF_TIMEOUT_MS, maxEditLength }) ?? whollyReplaced(before, after));
  // Runs of unchanged text and groups of changes; a lone space between two groups joins them,
  // so "triển khai" → "tổng kết" reads as one replacement, not two.
  const runs: (string | Group)[] = [];
  for (const change of changes) {
    const text = change.value.join('');
    if (text.length === 0) continue;
    const last = runs[runs.length - 1];
    if (!change.added && !change.removed) {
      if (typeof last === 'string') runs[runs.length - 1] = last + text;
      else runs.push(text);
      continue;
    }
    const group = typeof last === 'object' ? last : { del: '', ins: '' };
    if (group !== last) runs.push(group);
    if (change.added) group.ins += text;
    else group.del += text;
    const space = runs[runs.length - 2];
    const previous = runs[runs.length - 3];
    if (typeof space === 'string' && /^\s+$/.test(space) && typeof previous === 'object') {
      runs.splice(runs.length - 2, 2);
      previous.del += space + group.del;
      previous.ins += space + group.ins;
    }
  }
  const parts: DiffPart[] = [];
  for (const run of runs) {
    if (typeof run === 'string') parts.push({ op: 'equal', text: run });
    else {
      if (run.del.length > 0) parts.push({ op: 'delete', text: run.del });
      if (run.ins.length > 0) parts.push({ op: 'insert', text: run.ins });
    }
  }
  return parts;
}

export interface DiffLabels {
  /** How to show a category id (its name); the id itself otherwise. */
  category?: (id: number) => string | undefined;
}

function display(field: keyof Snapshot, value: Snapshot[keyof Snapshot], labels: DiffLabels): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (field === 'categoryId' && typeof value === 'number') return labels.category?.(value) ?? `#${value}`;
  if (field === 'extraCategoryIds' && Array.isArray(value)) return value.map((id) => labels.category?.(Number(id)) ?? `#${id}`).join(', ');
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** The fields that differ between two snapshots, each as equal/insert/delete parts. */
export function diffSnapshots(from: Snapshot, to: Snapshot, labels: DiffLabels = {}): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    const a = display(field, from[field], labels);
    const b = display(field, to[field], labels);
    if (a === b) continue;
    const tokens = HTML_FIELDS.has(field) ? htmlTokens : textTokens;
    out.push({ field, label: FIELD_LABELS[field], parts: diffTokens(tokens(a), tokens(b)) });
  }
  return out;
}
