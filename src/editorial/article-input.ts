/**
 * What an editor may change on an article (`ArticleInput` of docs/editorial-api.md),
 * and the snapshot of exactly those fields that every revision stores. A save may
 * leave optional fields out (they keep their value) or send null (they are cleared).
 */
import { z } from 'zod';
import { slugify } from '../text/index.js';
import { bodyShape, MAX_BODY_ELEMENTS, MAX_BODY_HTML_CHARS, MAX_BODY_NESTING } from './body-bounds.js';

const EARLIEST = Date.parse('1900-01-01T00:00:00Z');
const LATEST = Date.parse('2999-12-31T23:59:59Z');

/** An ISO 8601 instant with its offset, within years both databases store (1900–2999). */
export const instantSchema = z
  .string()
  .max(40)
  .datetime({ offset: true })
  .refine((s) => Date.parse(s) >= EARLIEST && Date.parse(s) <= LATEST, 'Thời điểm phải trong khoảng năm 1900–2999');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const id = z.number().int().positive().max(2_147_483_647);

/** Body HTML within MAX_BODY_HTML_CHARS, MAX_BODY_ELEMENTS and MAX_BODY_NESTING (body-bounds.ts says why). */
const bodyHtmlSchema = z
  .string()
  .max(MAX_BODY_HTML_CHARS, `Nội dung tối đa ${MAX_BODY_HTML_CHARS.toLocaleString('vi-VN')} ký tự (kể cả mã HTML); văn bản dài hơn hãy đính kèm dưới dạng tệp`)
  .superRefine((html, ctx) => {
    if (html.length > MAX_BODY_HTML_CHARS) return;
    const shape = bodyShape(html);
    if (shape.elements > MAX_BODY_ELEMENTS) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `Nội dung có quá nhiều thẻ HTML (${shape.elements.toLocaleString('vi-VN')}, tối đa ${MAX_BODY_ELEMENTS.toLocaleString('vi-VN')}); văn bản dài hơn hãy đính kèm dưới dạng tệp`,
      });
    }
    if (shape.depth > MAX_BODY_NESTING) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Nội dung lồng nhau quá sâu (tối đa ${MAX_BODY_NESTING} cấp thẻ HTML)` });
    }
  })
  .describe(
    `Nội dung HTML (được làm sạch khi lưu): tối đa ${MAX_BODY_HTML_CHARS.toLocaleString('vi-VN')} ký tự, ${MAX_BODY_ELEMENTS.toLocaleString('vi-VN')} thẻ, lồng nhau tối đa ${MAX_BODY_NESTING} cấp`,
  );

/**
 * Longest texts, in characters: far above what a newsroom writes (a title of 500
 * characters is three lines of a decision's name), low enough that no field costs a
 * request more than the body does.
 */
export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  lead: z.string().trim().max(3000).default(''),
  bodyHtml: bodyHtmlSchema.default(''),
  categoryId: id,
  featuredImageId: id.nullable().optional(),
  featuredImageCaption: optionalText(500),
  authorName: optionalText(200),
  source: optionalText(300),
  tags: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  attachmentIds: z.array(id).max(50).optional(),
  publishedAt: instantSchema.nullable().optional(),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

export const saveInputSchema = articleInputSchema.extend({
  baseRevision: z.number().int().min(0).max(2_147_483_647),
});
export type SaveInput = z.infer<typeof saveInputSchema>;

/** Every editable field as saved: the JSON of one revision row. */
export const snapshotSchema = z.object({
  title: z.string(),
  lead: z.string(),
  bodyHtml: z.string(),
  categoryId: z.number(),
  featuredImageId: z.number().nullable(),
  featuredImageCaption: z.string().nullable(),
  authorName: z.string().nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  attachmentIds: z.array(z.number()),
  publishedAt: z.string().nullable(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

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

/** The snapshot after applying an input to the current one (undefined keeps, null clears). */
export function mergeInput(current: Snapshot, input: ArticleInput): Snapshot {
  const keep = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
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
    publishedAt: input.publishedAt === undefined ? current.publishedAt : input.publishedAt === null ? null : new Date(input.publishedAt).toISOString(),
  };
}

export function snapshotToInput(snapshot: Snapshot): ArticleInput {
  return { ...snapshot };
}
