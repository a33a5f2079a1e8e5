/**
 * The editorial API's articles: what an editor sends (ArticleInput, a save against a
 * base revision, a workflow transition, the list's filters) and what the server
 * answers (AdminArticle, the list and dashboard rows, the 409 of a stale save).
 */
import { z } from 'zod';
import { bodyShape, MAX_BODY_ELEMENTS, MAX_BODY_HTML_CHARS, MAX_BODY_NESTING } from '../editorial/body-bounds.js';
import { countQueryWords, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../search/query.js';
import { idNumber, idString, instantSchema, MAX_ID, pageOf, sentInstant, siteSlugString } from './common.js';
import { vietnamDayEdge } from '../time/vietnam-time.js';
import { ARTICLE_STATUSES, FEATURED_ORDER_MAX, FEATURED_ORDER_MIN, JOB_KINDS, MAX_EXTRA_CATEGORIES, MAX_RELATED, TRANSITION_NAMES } from './domain.js';

export { MAX_EXTRA_CATEGORIES, MAX_RELATED };
import { editorialProblemSchema } from './problem.js';
import { royaltySchema } from './royalty.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../text/slug.js';

export { instantSchema };

export const articleParams = z.object({ site: siteSlugString, id: idString });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

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

const featuredOrderSchema = z
  .number({ invalid_type_error: `Thứ tự nổi bật là số nguyên từ ${FEATURED_ORDER_MIN} đến ${FEATURED_ORDER_MAX}` })
  .int(`Thứ tự nổi bật là số nguyên từ ${FEATURED_ORDER_MIN} đến ${FEATURED_ORDER_MAX}`)
  .min(FEATURED_ORDER_MIN, `Thứ tự nổi bật là số nguyên từ ${FEATURED_ORDER_MIN} đến ${FEATURED_ORDER_MAX}`)
  .max(FEATURED_ORDER_MAX, `Thứ tự nổi bật là số nguyên từ ${FEATURED_ORDER_MIN} đến ${FEATURED_ORDER_MAX}`)
  .describe(`Vị trí trong "Tin nổi bật" của trang chủ (${FEATURED_ORDER_MIN}–${FEATURED_ORDER_MAX}, số nhỏ đứng trước; không có thì xếp sau các tin có thứ tự)`);

const relatedIdsSchema = z
  .array(idNumber)
  .max(MAX_RELATED, `Tối đa ${MAX_RELATED} tin liên quan`)
  .describe(`"Tin liên quan" theo thứ tự hiện: tối đa ${MAX_RELATED} tin khác của cùng cổng (trang công khai chỉ hiện những tin đã đăng)`);

const extraCategoryIdsSchema = z
  .array(idNumber)
  .max(MAX_EXTRA_CATEGORIES, `Tối đa ${MAX_EXTRA_CATEGORIES} chuyên mục khác`)
  .describe(
    `Các chuyên mục khác của cổng (tối đa ${MAX_EXTRA_CATEGORIES}) mà tin bài cũng hiện trong danh sách, khối trang chủ và RSS của chúng; địa chỉ vẫn theo chuyên mục chính (categoryId), chuyên mục chính có trong danh sách thì bị bỏ qua`,
  );

const SLUG_RULE = `Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: hoi-nghi-tong-ket-2027), tối đa ${MAX_SLUG_LENGTH} ký tự`;

/** An article's slug as an editor types it: the shape every slug has (text/slug.ts). */
export const articleSlugSchema = z
  .string()
  .trim()
  .min(1, SLUG_RULE)
  .max(MAX_SLUG_LENGTH, SLUG_RULE)
  .regex(SLUG_PATTERN, SLUG_RULE)
  .describe(`Phần cuối của địa chỉ công khai (biên tập viên, người duyệt, quản trị cổng); đổi đường dẫn của bài đã có địa chỉ công khai thì địa chỉ cũ chuyển hướng 301 sang địa chỉ mới. ${SLUG_RULE}`);

/**
 * Longest texts, in characters: far above what a newsroom writes (a title of 500
 * characters is three lines of a decision's name), low enough that no field costs a
 * request more than the body does.
 */
export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  lead: z.string().trim().max(3000).default(''),
  bodyHtml: bodyHtmlSchema.default(''),
  categoryId: idNumber,
  featuredImageId: idNumber.nullable().optional(),
  featuredImageCaption: optionalText(500),
  authorName: optionalText(200),
  source: optionalText(300),
  tags: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  attachmentIds: z.array(idNumber).max(50).optional(),
  publishedAt: instantSchema.nullable().optional(),
  featured: z.boolean().optional().describe('Tin nổi bật trên trang chủ (biên tập viên, người duyệt, quản trị cổng)'),
  featuredOrder: featuredOrderSchema.nullable().optional(),
  featuredUntil: instantSchema
    .nullable()
    .optional()
    .describe('Hết nổi bật lúc này (phải ở tương lai khi đặt hoặc đổi); không có thì nổi bật đến khi bỏ chọn'),
  slug: articleSlugSchema.optional(),
  relatedIds: relatedIdsSchema.optional(),
  extraCategoryIds: extraCategoryIdsSchema.optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const saveInputSchema = articleInputSchema.extend({
  baseRevision: z.number().int().min(0).max(MAX_ID),
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
  // Revisions saved before featuring had an order and an end time lack these three.
  featured: z.boolean().default(false),
  featuredOrder: z.number().nullable().default(null),
  featuredUntil: z.string().nullable().default(null),
  // Revisions saved before related articles lack it.
  relatedIds: z.array(z.number()).default([]),
  // Revisions saved before an article could be in several categories lack it.
  extraCategoryIds: z.array(z.number()).default([]),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const transitionSchema = z.object({
  transition: z.enum(TRANSITION_NAMES),
  note: z.string().max(2000).optional(),
  at: instantSchema.optional(),
  unpublishAt: instantSchema.optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

const DAY = /^(19|2\d)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "2026-11-29" is that day in Vietnam (from its first to its last millisecond); an ISO instant is itself. */
const dateBound = (end: boolean) =>
  z.union([
    z
      .string()
      .max(10)
      .regex(DAY)
      .transform((d, ctx) => {
        const edge = vietnamDayEdge(d, end ? 'end' : 'start');
        if (edge !== undefined) return edge;
        ctx.addIssue({ code: 'custom', message: 'Ngày không tồn tại' });
        return z.NEVER;
      }),
    instantSchema.transform((d) => new Date(d).toISOString()),
  ]);

/** The filters of a site's article list. */
export const articleListQuery = z.object({
  status: z.string().max(200).transform((s) => s.split(',').filter((x) => x.length > 0)).pipe(z.array(z.enum(ARTICLE_STATUSES))).optional(),
  author: idString.optional(),
  category: idString.optional(),
  from: dateBound(false).optional(),
  to: dateBound(true).optional(),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_CHARS)
    .refine((q) => countQueryWords(q) <= MAX_QUERY_WORDS, `Tối đa ${MAX_QUERY_WORDS} từ`)
    .describe(`Tìm trong tiêu đề, sapo và nội dung, kể cả bản nháp: tối đa ${MAX_QUERY_CHARS} ký tự, ${MAX_QUERY_WORDS} từ`)
    .optional(),
  page: z.string().max(5, 'Số trang không hợp lệ').regex(/^[1-9]\d{0,4}$/, 'Số trang không hợp lệ').transform(Number).default('1'),
  pageSize: z.string().max(3, 'Cỡ trang từ 1 đến 100').regex(/^[1-9]\d?$|^100$/, 'Cỡ trang từ 1 đến 100').transform(Number).default('20'),
});

// ---- Answers ----

export const transitionOfferSchema = z.object({
  transition: z.enum(TRANSITION_NAMES),
  label: z.string(),
  needsNote: z.boolean(),
  needsTime: z.boolean(),
});
export type TransitionOffer = z.infer<typeof transitionOfferSchema>;

/** A related article as the editor's picker shows it. */
export const relatedArticleSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  statusLabel: z.string(),
  isPublic: z.boolean().describe('Đang hiện công khai (chỉ những tin này hiện trong "Tin liên quan")'),
});
export type RelatedArticle = z.infer<typeof relatedArticleSchema>;

/** A public article of the site offered as related (GET …/articles/{id}/related-suggestions). */
export const relatedSuggestionSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  categoryId: z.number().int(),
  categoryName: z.string(),
  publishedAt: sentInstant,
});
export type RelatedSuggestion = z.infer<typeof relatedSuggestionSchema>;

export const relatedSuggestionListSchema = z.array(relatedSuggestionSchema).describe('Tối đa 10 tin đã đăng của cổng gợi ý làm tin liên quan');

export const relatedSuggestionQuery = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_CHARS)
    .refine((q) => countQueryWords(q) <= MAX_QUERY_WORDS, `Tối đa ${MAX_QUERY_WORDS} từ`)
    .describe(`Tìm trong các tin đã đăng của cổng (tối đa ${MAX_QUERY_CHARS} ký tự, ${MAX_QUERY_WORDS} từ); không có thì gợi ý theo tiêu đề của tin bài`)
    .optional(),
});

export const adminArticleSchema = snapshotSchema
  .extend({
    id: z.number().int(),
    siteId: z.number().int(),
    slug: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    withdrawnNote: z.string().nullable(),
    scheduledAt: sentInstant.nullable(),
    unpublishAt: sentInstant.nullable().describe('Khi một tác vụ sẽ gỡ bài đã đăng (đặt khi đăng hoặc hẹn giờ)'),
    createdBy: z.number().int().nullable(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publicUrl: z.string().nullable().describe('Địa chỉ công khai khi tin bài đã đăng hoặc đã thu hồi'),
    allowedTransitions: z.array(transitionOfferSchema).describe('Các bước quy trình người này được làm tiếp'),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canFeature: z.boolean().describe('Người này được đặt tin nổi bật (featured, featuredOrder, featuredUntil)'),
    canChangeSlug: z.boolean().describe('Người này được đổi đường dẫn (slug)'),
    royalty: royaltySchema,
    relatedArticles: z.array(relatedArticleSchema).describe('Các tin của relatedIds, theo thứ tự đó, để hiện tên và trạng thái'),
  })
  .describe('Một tin bài với đầy đủ nội dung, trạng thái và các thao tác được phép');
export type AdminArticle = z.infer<typeof adminArticleSchema>;

/** One row of the article list and of the dashboard. */
export const articleSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    categoryId: z.number().int(),
    categoryName: z.string(),
    authorName: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdByName: z.string().nullable(),
    revision: z.number().int(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
    scheduledAt: sentInstant.nullable(),
  })
  .describe('Một dòng của danh sách tin bài');
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articlePageSchema = pageOf(articleSummarySchema).describe('Một trang danh sách tin bài');
export type ArticlePage = z.infer<typeof articlePageSchema>;

/** A scheduled publish or unpublish that should have run (pending for over a minute, or failed). */
export const overdueJobSchema = z.object({
  jobId: z.number().int(),
  kind: z.enum(JOB_KINDS),
  articleId: z.number().int(),
  runAt: sentInstant,
  status: z.enum(['pending', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});

export const dashboardSchema = z
  .object({
    myDrafts: z.array(articleSummarySchema),
    waitingForMe: z.array(articleSummarySchema),
    scheduled: z.array(articleSummarySchema),
    overdue: z.array(articleSummarySchema.extend({ job: overdueJobSchema })),
  })
  .describe('Bảng điều khiển của một cổng');
export type Dashboard = z.infer<typeof dashboardSchema>;

/** What a stale save sent, echoed as it would have been stored. */
export const articleEchoSchema = snapshotSchema
  .partial()
  .required({ title: true, lead: true, bodyHtml: true, categoryId: true })
  .extend({ baseRevision: z.number().int(), slug: z.string().optional() });

export const diffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const fieldDiffSchema = z.object({
  field: z.enum(Object.keys(snapshotSchema.shape) as [keyof Snapshot, ...(keyof Snapshot)[]]),
  label: z.string(),
  parts: z.array(diffPartSchema),
});
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

/** The 409 of a save against a stale baseRevision (articles/article-routes.ts sendStale). */
export const articleConflictSchema = editorialProblemSchema
  .omit({ errors: true })
  .extend({
    current: adminArticleSchema.describe('AdminArticle như đang lưu'),
    yours: articleEchoSchema.describe('ArticleInput & { baseRevision } đã gửi (bodyHtml đã làm sạch); chưa được lưu'),
    diff: z.object({ fields: z.array(fieldDiffSchema) }).describe('Khác biệt từ current đến yours'),
  })
  .describe('Tin bài đã thay đổi trong lúc sửa');
export type ArticleConflict = z.infer<typeof articleConflictSchema>;
