/**
 * The editorial API's static pages (Giới thiệu, Liên hệ, …): what an editor sends (a
 * page, a save against a base revision, a workflow transition) and what the server
 * answers (AdminPage, the list of a site's pages).
 */
import { z } from 'zod';
import { PAGE_TRANSITIONS } from '../pages/page-workflow.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../text/slug.js';
import { isReservedPath, reservedPathClash } from '../urls/reserved-paths.js';
import { articleInputSchema, transitionOfferSchema } from './articles.js';
import { idString, MAX_ID, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

export const pageParams = z.object({ site: siteSlugString, id: idString });

/** The languages of static pages: Vietnamese, and English at /en. */
export const PAGE_LANGUAGES = ['vi', 'en'] as const;

export const MAX_PAGE_TITLE = 200;
export const MAX_PAGE_DESCRIPTION = 300;

const SLUG_RULE = `Địa chỉ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: gioi-thieu), tối đa ${MAX_SLUG_LENGTH} ký tự`;

/** A page's slug as an editor types it: the shape of every slug, and not a name the system keeps for itself. */
export const pageSlugSchema = z
  .string({ invalid_type_error: SLUG_RULE })
  .trim()
  .min(1, SLUG_RULE)
  .max(MAX_SLUG_LENGTH, SLUG_RULE)
  .regex(SLUG_PATTERN, SLUG_RULE)
  .refine((slug) => !isReservedPath(slug), (slug) => ({ message: reservedPathClash(slug) }))
  .describe(`Phần cuối của địa chỉ /trang/{slug} (biên tập viên, người duyệt, quản trị cổng); đổi địa chỉ của trang đã đăng thì địa chỉ cũ chuyển hướng 301 sang địa chỉ mới. ${SLUG_RULE}`);

export const pageInputSchema = z.object({
  title: z.string().trim().min(1, 'Trang cần có tiêu đề').max(MAX_PAGE_TITLE, `Tiêu đề tối đa ${MAX_PAGE_TITLE} ký tự`),
  description: z
    .string()
    .trim()
    .max(MAX_PAGE_DESCRIPTION, `Mô tả ngắn tối đa ${MAX_PAGE_DESCRIPTION} ký tự`)
    .default('')
    .describe('Mô tả ngắn của trang cho công cụ tìm kiếm và khi chia sẻ (thẻ meta description); để trống thì dùng tiêu đề'),
  // The article's body rule as it is: the same bounds, the same cleaning when saved.
  bodyHtml: articleInputSchema.shape.bodyHtml,
  slug: pageSlugSchema.optional(),
  language: z
    .enum(PAGE_LANGUAGES, { errorMap: () => ({ message: 'Ngôn ngữ của trang là vi (tiếng Việt) hoặc en (tiếng Anh)' }) })
    .optional()
    .describe('Ngôn ngữ của trang: vi (địa chỉ /trang/{slug}) hoặc en (địa chỉ /en/{slug}); để trống khi lưu thì giữ nguyên, khi tạo là vi'),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export const savePageSchema = pageInputSchema.extend({
  baseRevision: z.number({ invalid_type_error: 'Thiếu phiên bản gốc' }).int().min(0).max(MAX_ID),
});
export type SavePageInput = z.infer<typeof savePageSchema>;

/** Every editable field as saved: the JSON of one page revision (the slug is the address, not content). */
export const pageSnapshotSchema = z.object({ title: z.string(), description: z.string(), bodyHtml: z.string() });
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const pageTransitionSchema = z.object({
  transition: z.enum(PAGE_TRANSITIONS, { errorMap: () => ({ message: `Bước quy trình của trang là một trong: ${PAGE_TRANSITIONS.join(', ')}` }) }),
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự').optional(),
});
export type PageTransitionInput = z.infer<typeof pageTransitionSchema>;

// ---- Answers ----

export const adminPageSchema = pageSnapshotSchema
  .extend({
    id: z.number().int(),
    siteId: z.number().int(),
    slug: z.string(),
    language: z.enum(PAGE_LANGUAGES),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
    path: z.string().describe('Đường dẫn công khai của trang (/trang/{slug}, trang tiếng Anh /en/{slug})'),
    publicUrl: z.string().nullable().describe('Địa chỉ công khai khi trang đang được đăng'),
    allowedTransitions: z.array(transitionOfferSchema).describe('Các bước quy trình người này được làm tiếp'),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canChangeSlug: z.boolean().describe('Người này được đổi địa chỉ (slug)'),
  })
  .describe('Một trang tĩnh với đầy đủ nội dung, trạng thái và các thao tác được phép');
export type AdminPage = z.infer<typeof adminPageSchema>;

/** One row of a site's list of pages. */
export const pageSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string(),
    language: z.enum(PAGE_LANGUAGES),
    path: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
  })
  .describe('Một dòng của danh sách trang tĩnh');
export type PageSummary = z.infer<typeof pageSummarySchema>;

export const pageListSchema = z.array(pageSummarySchema).describe('Các trang tĩnh của cổng, theo thứ tự trình đơn');
