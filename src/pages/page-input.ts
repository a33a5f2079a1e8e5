/**
 * What an editor may change on a static page, and the snapshot of exactly those
 * fields that every page revision stores. Pure: no I/O.
 */
import type { PageInput, PageSnapshot } from '../contract/pages.js';

export { pageSnapshotSchema, type PageInput, type PageSnapshot } from '../contract/pages.js';

export const EMPTY_PAGE: PageSnapshot = { title: '', description: '', bodyHtml: '' };

/** Field names as the admin interface shows them. */
export const PAGE_FIELD_LABELS: Record<keyof PageSnapshot, string> = {
  title: 'Tiêu đề',
  description: 'Mô tả ngắn',
  bodyHtml: 'Nội dung',
};

/** The snapshot an input makes: every field is sent on each save; the description is one line of plain text. */
export function pageSnapshotOf(input: PageInput): PageSnapshot {
  return { title: input.title, description: input.description.replace(/\s+/g, ' ').trim(), bodyHtml: input.bodyHtml };
}

/** The fields that differ between two snapshots, in their order. */
export function changedPageFields(a: PageSnapshot, b: PageSnapshot): (keyof PageSnapshot)[] {
  return (Object.keys(PAGE_FIELD_LABELS) as (keyof PageSnapshot)[]).filter((k) => a[k] !== b[k]);
}

/** A snapshot as an input again (restoring a revision is a save of it). */
export function pageInputOf(s: PageSnapshot): PageInput {
  return { title: s.title, description: s.description, bodyHtml: s.bodyHtml };
}
