/**
 * The editor's form state for an article, and its conversion to and from the API's
 * ArticleInput. Inputs hold strings (as form controls do); numbers and times are
 * converted only when saving.
 */
import type { AdminArticle, ArticleInput } from '../api/types.js';
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
}

export type DraftField = keyof Draft;

export const DRAFT_FIELDS: DraftField[] = ['title', 'lead', 'bodyHtml', 'categoryId', 'featuredImageId', 'featuredImageCaption', 'authorName', 'source', 'tags', 'attachmentIds', 'publishedAt'];

export function emptyDraft(categoryId = ''): Draft {
  return { title: '', lead: '', bodyHtml: '', categoryId, featuredImageId: null, featuredImageCaption: '', authorName: '', source: '', tags: '', attachmentIds: [], publishedAt: '' };
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
  };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

export function inputOf(draft: Draft): ArticleInput {
  return {
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
  };
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
