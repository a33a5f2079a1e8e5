/**
 * Turns what a site has (evidence per catalogue item) into the state the public list and
 * the compliance screen show. Pure: no I/O; the evidence comes from disclosure.repo.ts.
 */
import type { DisclosureItem } from './catalogue.js';

/** What the site holds for one item. */
export interface Evidence {
  /** Published items of the source (pages, documents, weeks…). */
  count: number;
  /** When the newest of them was published or last changed, ISO 8601; null when none. */
  latest: string | null;
  /** Where a reader finds them on the site; null when there is nowhere to link. */
  href: string | null;
  /** The item is published but holds nothing a reader can use (a page without text, the current week without an entry). */
  empty: boolean;
}

export type DisclosureState = 'published' | 'missing' | 'empty' | 'stale';

export interface AssessedItem {
  item: DisclosureItem;
  state: DisclosureState;
  evidence: Evidence;
}

const DAY_MS = 86_400_000;

export function assessItem(item: DisclosureItem, evidence: Evidence, now: Date): AssessedItem {
  if (evidence.count === 0) return { item, state: 'missing', evidence };
  if (evidence.empty) return { item, state: 'empty', evidence };
  if (item.staleAfterDays !== undefined && evidence.latest !== null) {
    const age = now.getTime() - Date.parse(evidence.latest);
    if (age > item.staleAfterDays * DAY_MS) return { item, state: 'stale', evidence };
  }
  return { item, state: 'published', evidence };
}

export const STATE_LABELS: Record<DisclosureState, string> = {
  published: 'Đã công khai',
  missing: 'Chưa có',
  empty: 'Chưa có nội dung',
  stale: 'Lâu chưa cập nhật',
};
