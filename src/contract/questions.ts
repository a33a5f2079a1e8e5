/**
 * Citizens' questions and feedback (hỏi đáp, phản ánh kiến nghị): the public form as a
 * citizen posts it (urlencoded, Vietnamese field names), the editorial API's requests and
 * answers (a question with the asker's details — staff only), and the public API's
 * answers, which carry no personal field at all.
 */
import { z } from 'zod';
import { QUESTION_FIELD_SLUGS } from '../questions/fields.js';

/** The fields and the staff's status labels, for the admin (which reaches the server only through here). */
export { QUESTION_FIELDS } from '../questions/fields.js';
export { QUESTION_STATUS_LABELS } from '../questions/question-rules.js';
import { articleInputSchema } from './articles.js';
import { idString, sentInstant, siteSlugString } from './common.js';

export const QUESTION_KINDS = ['question', 'feedback'] as const;
export const QUESTION_STATUSES = ['received', 'assigned', 'answered', 'published', 'rejected', 'spam'] as const;
export const QUESTION_TRANSITION_NAMES = ['assign', 'answer', 'publish', 'reject'] as const;

export const MAX_QUESTION_TITLE = 200;
export const MAX_QUESTION_TEXT = 5_000;
export const MAX_ASKER_NAME = 120;
export const MAX_ASKER_EMAIL = 254;
export const MAX_ASKER_PHONE = 20;
export const MAX_ASKER_ADDRESS = 300;

/** The public form's field names, as the HTML form and the urlencoded post spell them. */
export const QUESTION_FORM_FIELDS = {
  kind: 'loai',
  field: 'linh-vuc',
  title: 'tieu-de',
  text: 'noi-dung',
  name: 'ho-ten',
  email: 'email',
  phone: 'dien-thoai',
  address: 'dia-chi',
} as const;

export type QuestionFormField = keyof typeof QUESTION_FORM_FIELDS;

/** The form's kinds as the post spells them. */
export const FORM_KINDS = { 'cau-hoi': 'question', 'phan-anh': 'feedback' } as const satisfies Record<string, (typeof QUESTION_KINDS)[number]>;

const trimmed = (max: number, tooLong: string, required = tooLong) =>
  z.string({ invalid_type_error: tooLong, required_error: required }).max(max, tooLong).transform((s) => s.trim());
const requiredText = (max: number, required: string, tooLong: string) => trimmed(max, tooLong, required).pipe(z.string().min(1, required));
const optionalText = (max: number, tooLong: string) => trimmed(max, tooLong).optional().transform((s) => (s === undefined || s === '' ? null : s));

/** Digits, spaces, dots, dashes, parentheses and one leading +: checked character by character. */
function isPhone(value: string): boolean {
  let digits = 0;
  for (const [i, ch] of [...value].entries()) {
    if (ch >= '0' && ch <= '9') digits += 1;
    else if (!(ch === ' ' || ch === '.' || ch === '-' || ch === '(' || ch === ')' || (ch === '+' && i === 0))) return false;
  }
  return digits >= 8 && digits <= 15;
}

/** What the citizen's post must hold (after the guard fields): name, question, and an email or phone. */
export const questionFormSchema = z
  .object({
    kind: z.enum(['cau-hoi', 'phan-anh'], { errorMap: () => ({ message: 'Hãy chọn gửi câu hỏi hay phản ánh, kiến nghị' }) }).transform((k) => FORM_KINDS[k]),
    field: z.enum(QUESTION_FIELD_SLUGS, { errorMap: () => ({ message: 'Hãy chọn một lĩnh vực trong danh sách' }) }),
    title: requiredText(MAX_QUESTION_TITLE, 'Hãy nhập tiêu đề', `Tiêu đề tối đa ${MAX_QUESTION_TITLE} ký tự`),
    text: requiredText(MAX_QUESTION_TEXT, 'Hãy nhập nội dung câu hỏi', `Nội dung tối đa ${MAX_QUESTION_TEXT.toLocaleString('vi-VN')} ký tự`),
    name: requiredText(MAX_ASKER_NAME, 'Hãy nhập họ và tên', `Họ và tên tối đa ${MAX_ASKER_NAME} ký tự`),
    email: optionalText(MAX_ASKER_EMAIL, `Thư điện tử tối đa ${MAX_ASKER_EMAIL} ký tự`).pipe(
      z.string().email('Thư điện tử chưa đúng dạng, ví dụ ten@example.vn').nullable(),
    ),
    phone: optionalText(MAX_ASKER_PHONE, `Số điện thoại tối đa ${MAX_ASKER_PHONE} ký tự`).refine(
      (p) => p === null || isPhone(p),
      'Số điện thoại chỉ gồm chữ số (8 đến 15 số), ví dụ 0233 3861 234',
    ),
    address: optionalText(MAX_ASKER_ADDRESS, `Địa chỉ tối đa ${MAX_ASKER_ADDRESS} ký tự`),
  })
  .superRefine((v, ctx) => {
    const missing = missingContact(v);
    if (missing !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['email'], message: missing });
  });

/**
 * An email or a phone is required. Also asked of the raw post when other fields failed
 * (a refinement of the whole object runs only once its fields pass), so every error shows at once.
 */
export function missingContact(v: { email?: string | null | undefined; phone?: string | null | undefined }): string | undefined {
  const empty = (s: string | null | undefined) => s === undefined || s === null || s.trim() === '';
  return empty(v.email) && empty(v.phone) ? 'Hãy nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần' : undefined;
}

export type QuestionFormInput = z.output<typeof questionFormSchema>;

// ── Editorial API ────────────────────────────────────────────────────────────

export const questionParams = z.object({ site: siteSlugString, id: idString });

export const QUESTION_PAGE_SIZE = 20;

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const questionListQuery = z.object({
  status: z.enum(QUESTION_STATUSES).optional(),
  field: z.enum(QUESTION_FIELD_SLUGS).optional(),
  overdue: flag.optional().describe('true: chỉ các câu hỏi đã quá hạn trả lời mà chưa trả lời'),
  page: z.string().max(6).regex(/^[1-9][0-9]{0,5}$/, 'Số trang là số nguyên dương').transform(Number).optional(),
});

export const questionSummarySchema = z.object({
  id: z.number().int(),
  kind: z.enum(QUESTION_KINDS),
  field: z.string(),
  fieldName: z.string(),
  title: z.string(),
  status: z.enum(QUESTION_STATUSES),
  statusLabel: z.string(),
  receivedAt: sentInstant,
  deadline: z.string().describe('Hạn trả lời, ngày YYYY-MM-DD (giờ Việt Nam)'),
  overdue: z.boolean(),
  assignedUnit: z.string().nullable(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const questionListSchema = z.object({
  items: z.array(questionSummarySchema),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type QuestionList = z.infer<typeof questionListSchema>;

export const adminQuestionSchema = questionSummarySchema.extend({
  questionText: z.string(),
  asker: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }),
  assignee: z.string().nullable(),
  answerHtml: z.string().nullable(),
  answeredAt: sentInstant.nullable(),
  answeredBy: z.string().nullable(),
  statusNote: z.string().nullable(),
  publishedAt: sentInstant.nullable(),
  publicUrl: z.string().nullable(),
  revision: z.number().int(),
  allowedActions: z.array(z.enum(QUESTION_TRANSITION_NAMES)),
});
export type AdminQuestion = z.infer<typeof adminQuestionSchema>;

const staffText = (max: number, required: string) => z.string().trim().min(1, required).max(max, `Tối đa ${max} ký tự`);

export const assignQuestionSchema = z.object({
  unit: staffText(200, 'Hãy nhập đơn vị được giao xử lý'),
  assignee: z.string().trim().max(120, 'Tối đa 120 ký tự').optional().transform((s) => (s === undefined || s === '' ? null : s)),
});

export const answerQuestionSchema = z.object({
  // The article body's rule: the same bounds, cleaned the same way when saved.
  answerHtml: articleInputSchema.shape.bodyHtml.removeDefault().refine((html) => html.trim() !== '', 'Hãy viết câu trả lời'),
});

export const rejectQuestionSchema = z.object({
  note: staffText(1_000, 'Hãy ghi rõ lý do'),
  spam: z.boolean().default(false),
});

export const publishQuestionSchema = z.object({}).strict();

export const questionSettingsSchema = z.object({
  deadlineDays: z.number({ invalid_type_error: 'Số ngày làm việc phải là số' }).int('Số ngày làm việc phải là số nguyên').min(1, 'Ít nhất 1 ngày').max(90, 'Tối đa 90 ngày'),
});
export type QuestionSettings = z.infer<typeof questionSettingsSchema>;

export const questionStatsSchema = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
  medianDays: z.number().nullable().describe('Trung vị số ngày làm việc từ khi nhận đến khi trả lời'),
  averageDays: z.number().nullable().describe('Trung bình số ngày làm việc từ khi nhận đến khi trả lời'),
});
export type QuestionStats = z.infer<typeof questionStatsSchema>;

export const overdueQuestionsSchema = z.array(questionSummarySchema);

// ── Public API (no personal field: an explicit allow-list) ───────────────────

export const publicQuestionSummarySchema = z.object({
  slug: z.string(),
  kind: z.enum(QUESTION_KINDS),
  field: z.string(),
  fieldName: z.string(),
  title: z.string(),
  receivedAt: sentInstant,
  answeredAt: sentInstant.nullable(),
  publishedAt: sentInstant,
  url: z.string(),
});

export const publicQuestionSchema = publicQuestionSummarySchema.extend({
  questionText: z.string(),
  answerHtml: z.string(),
  answeringUnit: z.string().nullable(),
  responseWorkingDays: z.number().int().nullable(),
});

export const publicQuestionListSchema = z.object({
  items: z.array(publicQuestionSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
