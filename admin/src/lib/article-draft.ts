/**
 * The editor's form state for an article, and its conversion to and from the API's
 * ArticleInput. Inputs hold strings (as form controls do); numbers and times are
 * converted only when saving.
 */
import type { AdminArticle, ArticleInput } from '../api/types.js';
import { FEATURED_ORDER_MAX, FEATURED_ORDER_MIN } from '../../../src/contract/domain.js';
import { fromDateTimeLocal, toDateTimeLocal } from './format.js';

export interface Draft {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: string;
  featuredImageId: number | null;
  featuredImageCaption: string;
  authorName: string;
  source: string;
  tags: string;
  attachmentIds: number[];
  publishedAt: string;
  /** The home page's "Tin nổi bật": checkbox, order (digits as typed), end time (datetime-local). */
  featured: boolean;
  featuredOrder: string;
  featuredUntil: string;
  /** The last part of the public URL. */
  slug: string;
  /** "Tin liên quan", in the order the public page shows them. */
  relatedIds: number[];
  /** "Chuyên mục khác": categories the article is listed in besides its own. */
  extraCategoryIds: number[];
}

export type DraftField = keyof Draft;

export const DRAFT_FIELDS: DraftField[] = ['title', 'lead', 'bodyHtml', 'categoryId', 'featuredImageId', 'featuredImageCaption', 'authorName', 'source', 'tags', 'attachmentIds', 'publishedAt', 'featured', 'featuredOrder', 'featuredUntil', 'slug', 'relatedIds', 'extraCategoryIds'];

export function emptyDraft(categoryId = ''): Draft {
  return { title: '', lead: '', bodyHtml: '', categoryId, featuredImageId: null, featuredImageCaption: '', authorName: '', source: '', tags: '', attachmentIds: [], publishedAt: '', featured: false, featuredOrder: '', featuredUntil: '', slug: '', relatedIds: [], extraCategoryIds: [] };
}

export function draftOf(input: ArticleInput | AdminArticle): Draft {
  return {
    title: input.title ?? '',
    lead: input.lead ?? '',
    bodyHtml: input.bodyHtml ?? '',
    categoryId: input.categoryId ? String(input.categoryId) : '',
    featuredImageId: input.featuredImageId ?? null,
    featuredImageCaption: input.featuredImageCaption ?? '',
    authorName: input.authorName ?? '',
    source: input.source ?? '',
    tags: (input.tags ?? []).join(', '),
    attachmentIds: [...(input.attachmentIds ?? [])],
    publishedAt: toDateTimeLocal(input.publishedAt ?? null),
    featured: input.featured ?? false,
    featuredOrder: input.featuredOrder == null ? '' : String(input.featuredOrder),
    featuredUntil: toDateTimeLocal(input.featuredUntil ?? null),
    slug: input.slug ?? '',
    relatedIds: [...(input.relatedIds ?? [])],
    extraCategoryIds: [...(input.extraCategoryIds ?? [])],
  };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** What the person saving may change besides the content, and the version they started from. */
export interface SaveRights {
  saved: Draft | null;
  canFeature: boolean;
  canChangeSlug: boolean;
}

/**
 * The API input of a draft. The placement on the home page is sent only by those who
 * may set it (`canFeature`), and the end time only when changed from `saved`: the
 * minute-precise field would otherwise re-send a stored time slightly changed. The
 * slug is sent only by those who may change it.
 */
export function inputOf(draft: Draft, rights?: SaveRights): ArticleInput {
  const slug = draft.slug.trim();
  return {
    ...(rights?.canFeature ? placementOf(draft, rights.saved) : {}),
    ...(rights?.canChangeSlug && slug !== '' ? { slug } : {}),
    title: draft.title.trim(),
    lead: draft.lead.trim(),
    bodyHtml: draft.bodyHtml,
    categoryId: Number(draft.categoryId),
    featuredImageId: draft.featuredImageId,
    featuredImageCaption: blank(draft.featuredImageCaption),
    authorName: blank(draft.authorName),
    source: blank(draft.source),
    tags: draft.tags
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    attachmentIds: draft.attachmentIds,
    publishedAt: fromDateTimeLocal(draft.publishedAt),
    relatedIds: draft.relatedIds,
    // The article's own category is listed there anyway; the server drops it too.
    extraCategoryIds: draft.extraCategoryIds.filter((id) => String(id) !== draft.categoryId),
  };
}

/** Whether the typed order is one the server takes (empty: no order). */
export function validOrder(order: string): boolean {
  const trimmed = order.trim();
  if (trimmed === '') return true;
  const n = Number(trimmed);
  return /^\d{1,2}$/.test(trimmed) && n >= FEATURED_ORDER_MIN && n <= FEATURED_ORDER_MAX;
}

function placementOf(draft: Draft, saved: Draft | null): Pick<ArticleInput, 'featured' | 'featuredOrder' | 'featuredUntil'> {
  if (!draft.featured) return { featured: false };
  const order = draft.featuredOrder.trim();
  // The editor screen checks the order before saving (orderProblem).
  const featuredOrder = order === '' ? null : Number(order);
  const untilChanged = saved === null || !saved.featured || saved.featuredUntil !== draft.featuredUntil;
  return { featured: true, featuredOrder, ...(untilChanged ? { featuredUntil: fromDateTimeLocal(draft.featuredUntil) } : {}) };
}

function same(a: Draft[DraftField], b: Draft[DraftField]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fields whose values differ between two drafts, in form order. */
export function changedFields(a: Draft, b: Draft): DraftField[] {
  return DRAFT_FIELDS.filter((f) => !same(normalizeField(f, a[f]), normalizeField(f, b[f])));
}

function normalizeField(field: DraftField, value: Draft[DraftField]): Draft[DraftField] {
  if (typeof value === 'string' && field !== 'bodyHtml') return value.trim();
  return value;
}
