/**
 * Consultations on drafts (lấy ý kiến dự thảo) in the editorial API: what an editor sends
 * (a draft with its dates, drafting body and files; a save against a base revision; a
 * workflow step; a decision on a citizen's comment; the summary of the comments) and what
 * the server answers. Also the citizen's comment form as posted, checked at the edge.
 */
import { z } from 'zod';
import { CONSULTATION_TRANSITIONS, datesInOrder } from '../consultations/consultation-rules.js';
import { isVietnamDay } from '../time/vietnam-time.js';
import { articleInputSchema, transitionOfferSchema } from './articles.js';
import { EMAIL_MAX_LENGTH } from './auth.js';
import { idNumber, idString, MAX_ID, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';
import { pageSlugSchema } from './pages.js';

export const consultationParams = z.object({ site: siteSlugString, id: idString });
export const commentParams = z.object({ site: siteSlugString, id: idString, commentId: idString });

export const MAX_CONSULTATION_TITLE = 300;
export const MAX_CONSULTATION_SUMMARY = 1000;
export const MAX_DRAFTING_BODY = 300;
export const MAX_CONSULTATION_FILES = 20;

const DAY_RULE = 'Ngày theo dạng YYYY-MM-DD (ví dụ 2026-12-20), là một ngày có thật';
const day = z.string({ invalid_type_error: DAY_RULE }).max(10, DAY_RULE).refine(isVietnamDay, DAY_RULE);

const consultationFields = z.object({
  title: z.string().trim().min(1, 'Dự thảo cần có tiêu đề').max(MAX_CONSULTATION_TITLE, `Tiêu đề tối đa ${MAX_CONSULTATION_TITLE} ký tự`),
  summary: z.string().trim().max(MAX_CONSULTATION_SUMMARY, `Tóm tắt tối đa ${MAX_CONSULTATION_SUMMARY} ký tự`).default('').describe('Tóm tắt nội dung dự thảo (văn bản thuần)'),
  // The article's body rule as it is: the same bounds, the same cleaning when saved.
  bodyHtml: articleInputSchema.shape.bodyHtml,
  draftingBody: z.string().trim().max(MAX_DRAFTING_BODY, `Cơ quan chủ trì soạn thảo tối đa ${MAX_DRAFTING_BODY} ký tự`).default('').describe('Cơ quan chủ trì soạn thảo'),
  opensOn: day.describe('Ngày bắt đầu lấy ý kiến (giờ Việt Nam, từ 00:00)'),
  closesOn: day.describe('Ngày kết thúc lấy ý kiến (giờ Việt Nam, đến hết ngày); không trước ngày bắt đầu'),
  attachmentIds: z.array(idNumber).max(MAX_CONSULTATION_FILES, `Tối đa ${MAX_CONSULTATION_FILES} tệp đính kèm`).default([]).describe('Tệp dự thảo (PDF, DOCX…) trong thư viện của cổng, theo thứ tự'),
  slug: pageSlugSchema.optional(),
});

const CLOSE_BEFORE_OPEN = 'Ngày kết thúc không được trước ngày bắt đầu lấy ý kiến';

function checkDates(value: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx): void {
  if (isVietnamDay(value.opensOn) && isVietnamDay(value.closesOn) && !datesInOrder(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['closesOn'], message: CLOSE_BEFORE_OPEN });
  }
}

export const consultationInputSchema = consultationFields.superRefine(checkDates);
export type ConsultationInput = z.output<typeof consultationFields>;

export const saveConsultationSchema = consultationFields
  .extend({ baseRevision: z.number({ invalid_type_error: 'Thiếu phiên bản gốc' }).int().min(0).max(MAX_ID) })
  .superRefine(checkDates);

export const consultationTransitionSchema = z.object({
  transition: z.enum(CONSULTATION_TRANSITIONS, { errorMap: () => ({ message: `Bước quy trình là một trong: ${CONSULTATION_TRANSITIONS.join(', ')}` }) }),
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự').optional(),
});

export const COMMENT_STATES = ['pending', 'approved', 'rejected'] as const;

export const commentListQuery = z.object({
  state: z.enum(COMMENT_STATES, { errorMap: () => ({ message: 'Trạng thái là pending, approved hoặc rejected' }) }).optional(),
});

export const commentDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: 'Quyết định là approve (duyệt) hoặc reject (không duyệt)' }) }),
});

export const consultationReportSchema = z.object({
  reportHtml: articleInputSchema.shape.bodyHtml.describe('Báo cáo tổng hợp ý kiến (HTML, được làm sạch khi lưu)'),
  publish: z.boolean().describe('Công bố báo cáo (hiện sau khi kết thúc lấy ý kiến); cần quyền đăng'),
});

// ---- The citizen's form (urlencoded fields, Vietnamese names) ----

export const COMMENT_FIELDS = { name: 'ho-ten', organisation: 'to-chuc', email: 'email', phone: 'dien-thoai', address: 'dia-chi', body: 'noi-dung' } as const;
export const MAX_COMMENT_NAME = 100;
export const MAX_COMMENT_ORGANISATION = 200;
export const MAX_COMMENT_PHONE = 20;
export const MAX_COMMENT_ADDRESS = 300;
export const MAX_COMMENT_BODY = 5000;

const optionalLine = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));

const EMAIL_RULE = 'Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@gmail.com)';
const PHONE_RULE = 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang và có thể bắt đầu bằng +';

/** The comment as the form posts it; each message says what to fix. */
export const commentFormSchema = z.object({
  [COMMENT_FIELDS.name]: z.string({ required_error: 'Hãy nhập họ và tên' }).trim().min(1, 'Hãy nhập họ và tên').max(MAX_COMMENT_NAME, `Họ và tên tối đa ${MAX_COMMENT_NAME} ký tự`),
  [COMMENT_FIELDS.organisation]: optionalLine(MAX_COMMENT_ORGANISATION, `Tên cơ quan, tổ chức tối đa ${MAX_COMMENT_ORGANISATION} ký tự`),
  [COMMENT_FIELDS.email]: z
    .string({ required_error: 'Hãy nhập địa chỉ thư điện tử' })
    .trim()
    .min(1, 'Hãy nhập địa chỉ thư điện tử')
    .max(EMAIL_MAX_LENGTH, `Địa chỉ thư điện tử tối đa ${EMAIL_MAX_LENGTH} ký tự`)
    // Checked only once short: the pattern's cost stays bounded.
    .pipe(z.string().email(EMAIL_RULE)),
  [COMMENT_FIELDS.phone]: optionalLine(MAX_COMMENT_PHONE, `Số điện thoại tối đa ${MAX_COMMENT_PHONE} ký tự`).refine((v) => v === null || /^\+?[0-9 .-]{6,20}$/.test(v), PHONE_RULE),
  [COMMENT_FIELDS.address]: optionalLine(MAX_COMMENT_ADDRESS, `Địa chỉ tối đa ${MAX_COMMENT_ADDRESS} ký tự`),
  [COMMENT_FIELDS.body]: z
    .string({ required_error: 'Hãy nhập nội dung góp ý' })
    .trim()
    .min(1, 'Hãy nhập nội dung góp ý')
    .max(MAX_COMMENT_BODY, `Nội dung góp ý tối đa ${MAX_COMMENT_BODY.toLocaleString('vi-VN')} ký tự`),
});
export type CommentForm = z.output<typeof commentFormSchema>;

// ---- Answers ----

const consultationSnapshot = z.object({
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  draftingBody: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  attachmentIds: z.array(z.number().int()),
});

export const CONSULTATION_PHASES = ['upcoming', 'open', 'closed'] as const;

export const adminConsultationSchema = consultationSnapshot
  .extend({
    id: z.number().int(),
    siteId: z.number().int(),
    slug: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    phase: z.enum(CONSULTATION_PHASES).describe('upcoming: chưa đến ngày bắt đầu; open: đang lấy ý kiến; closed: đã kết thúc'),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
    reportHtml: z.string(),
    reportPublishedAt: sentInstant.nullable(),
    path: z.string().describe('Đường dẫn công khai (/lay-y-kien/{slug})'),
    publicUrl: z.string().nullable(),
    commentCounts: z.object({ pending: z.number().int(), approved: z.number().int(), rejected: z.number().int() }),
    allowedTransitions: z.array(transitionOfferSchema),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canModerate: z.boolean().describe('Người này được duyệt ý kiến và viết báo cáo tổng hợp'),
    canPublishReport: z.boolean(),
  })
  .describe('Một dự thảo lấy ý kiến với đầy đủ nội dung, trạng thái và các thao tác được phép');
export type AdminConsultation = z.infer<typeof adminConsultationSchema>;

export const consultationSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  slug: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  statusLabel: z.string(),
  phase: z.enum(CONSULTATION_PHASES),
  opensOn: z.string(),
  closesOn: z.string(),
  pendingComments: z.number().int(),
  updatedAt: sentInstant,
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;
export const consultationListSchema = z.array(consultationSummarySchema).describe('Các dự thảo lấy ý kiến của cổng, mới sửa trước');

/** A comment as staff see it: with the private contact fields. */
export const adminCommentSchema = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  name: z.string(),
  organisation: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  body: z.string(),
  receivedAt: sentInstant,
  state: z.enum(COMMENT_STATES),
  stateLabel: z.string(),
  moderatedBy: z.number().int().nullable(),
  moderatedAt: sentInstant.nullable(),
});
export type AdminComment = z.infer<typeof adminCommentSchema>;
export const adminCommentListSchema = z.array(adminCommentSchema).describe('Ý kiến góp ý, cũ trước (kèm thông tin liên hệ, chỉ cho cán bộ)');

// ---- The public JSON API: an explicit allow-list, no contact field of a commenter ----

export const publicCommentSchema = z
  .object({ name: z.string(), organisation: z.string().nullable(), receivedAt: sentInstant, text: z.string() })
  .strict()
  .describe('Một ý kiến đã được duyệt: họ tên, cơ quan, thời điểm gửi, nội dung (văn bản thuần)');

export const publicConsultationSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  draftingBody: z.string(),
  opensOn: z.string().describe('Ngày bắt đầu lấy ý kiến (YYYY-MM-DD, giờ Việt Nam)'),
  closesOn: z.string().describe('Ngày kết thúc lấy ý kiến (YYYY-MM-DD, giờ Việt Nam, đến hết ngày)'),
  phase: z.enum(CONSULTATION_PHASES),
  daysLeft: z.number().int().nullable().describe('Số ngày còn lại khi đang lấy ý kiến'),
  url: z.string(),
  publishedAt: sentInstant,
});
export type PublicConsultationSummary = z.infer<typeof publicConsultationSummarySchema>;

export const publicConsultationListSchema = z.object({
  site: z.string(),
  items: z.array(publicConsultationSummarySchema),
  page: z.number().int(),
  pages: z.number().int(),
  total: z.number().int(),
});

export const publicConsultationSchema = publicConsultationSummarySchema.extend({
  bodyHtml: z.string(),
  files: z.array(z.object({ name: z.string(), url: z.string(), mimeType: z.string(), byteSize: z.number().int() })),
  comments: z.array(publicCommentSchema),
  reportHtml: z.string().nullable().describe('Báo cáo tổng hợp ý kiến khi đã kết thúc và đã công bố'),
});
export type PublicConsultation = z.infer<typeof publicConsultationSchema>;
