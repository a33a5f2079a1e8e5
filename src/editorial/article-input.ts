/**
 * What an editor may change on an article (`ArticleInput` of docs/editorial-api.md),
 * and the snapshot of exactly those fields that every revision stores. A save may
 * leave optional fields out (they keep their value) or send null (they are cleared).
 */
import { snapshotSchema, type ArticleInput, type Snapshot } from '../contract/articles.js';
import { slugify } from '../text/index.js';

// The shapes themselves are the editorial API's contract (src/contract/articles.ts).
export { articleInputSchema, instantSchema, saveInputSchema, snapshotSchema, type ArticleInput, type SaveInput, type Snapshot } from '../contract/articles.js';

export const SNAPSHOT_FIELDS = Object.keys(snapshotSchema.shape) as (keyof Snapshot)[];

/** Field names as the admin interface shows them. */
export const FIELD_LABELS: Record<keyof Snapshot, string> = {
  title: 'Tiêu đề',
  lead: 'Sapo',
  bodyHtml: 'Nội dung',
  categoryId: 'Chuyên mục',
  featuredImageId: 'Ảnh đại diện',
  featuredImageCaption: 'Chú thích ảnh',
  authorName: 'Tác giả',
  source: 'Nguồn',
  tags: 'Từ khóa',
  attachmentIds: 'Tệp đính kèm',
  publishedAt: 'Thời điểm đăng',
  featured: 'Tin nổi bật',
  featuredOrder: 'Thứ tự nổi bật',
  featuredUntil: 'Nổi bật đến',
  relatedIds: 'Tin liên quan',
  extraCategoryIds: 'Chuyên mục khác',
};

/** Tags compared and stored in one order, without two that would share a slug. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const name = tag.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = slugify(name) || name.toLowerCase();
    if (name.length > 0 && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

const instantOrNull = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** Other categories in one order, each once, without the article's own (it is listed there anyway). */
function extraCategories(ids: readonly number[], own: number): number[] {
  return [...new Set(ids)].filter((id) => id !== own).sort((a, b) => a - b);
}

/** The snapshot after applying an input to the current one (undefined keeps, null clears). */
export function mergeInput(current: Snapshot, input: ArticleInput): Snapshot {
  const keep = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
  // An article that is not featured keeps no order and no end time.
  const featured = keep(input.featured, current.featured);
  return {
    title: input.title,
    lead: input.lead,
    bodyHtml: input.bodyHtml,
    categoryId: input.categoryId,
    featuredImageId: keep(input.featuredImageId, current.featuredImageId),
    featuredImageCaption: keep(input.featuredImageCaption, current.featuredImageCaption),
    authorName: keep(input.authorName, current.authorName),
    source: keep(input.source, current.source),
    tags: input.tags === undefined ? current.tags : normalizeTags(input.tags),
    attachmentIds: input.attachmentIds === undefined ? current.attachmentIds : [...new Set(input.attachmentIds)],
    publishedAt: input.publishedAt === undefined ? current.publishedAt : instantOrNull(input.publishedAt),
    featured,
    featuredOrder: featured ? keep(input.featuredOrder, current.featuredOrder) : null,
    featuredUntil: featured ? (input.featuredUntil === undefined ? current.featuredUntil : instantOrNull(input.featuredUntil)) : null,
    relatedIds: input.relatedIds === undefined ? current.relatedIds : [...new Set(input.relatedIds)],
    extraCategoryIds: extraCategories(input.extraCategoryIds ?? current.extraCategoryIds, input.categoryId),
  };
}

/** The fields that say where the home page shows the article, not what it says. */
const PLACEMENT_FIELDS: readonly (keyof Snapshot)[] = ['featured', 'featuredOrder', 'featuredUntil'];

/** Whether two snapshots differ in anything a reader reads (every field but the placement). */
export function contentChanged(a: Snapshot, b: Snapshot): boolean {
  return SNAPSHOT_FIELDS.some((field) => !PLACEMENT_FIELDS.includes(field) && JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}

/** Whether two snapshots differ in where the home page shows the article. */
export function placementChanged(a: Snapshot, b: Snapshot): boolean {
  return a.featured !== b.featured || a.featuredOrder !== b.featuredOrder || a.featuredUntil !== b.featuredUntil;
}

/**
 * The content of a snapshot as an input, without its placement on the home page:
 * restoring an old revision brings back its text, not whether it was featured then.
 */
export function contentInput(s: Snapshot): ArticleInput {
  return {
    title: s.title, lead: s.lead, bodyHtml: s.bodyHtml, categoryId: s.categoryId, featuredImageId: s.featuredImageId,
    featuredImageCaption: s.featuredImageCaption, authorName: s.authorName, source: s.source, tags: s.tags,
    attachmentIds: s.attachmentIds, publishedAt: s.publishedAt, relatedIds: s.relatedIds, extraCategoryIds: s.extraCategoryIds,
  };
}
