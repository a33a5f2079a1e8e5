/**
 * Legal documents (*văn bản*) in the editorial API and the public JSON API: what an
 * editor sends (a document, a save against a base revision, a workflow transition, the
 * list's filters) and what the server answers. The fixed lists (type, field, validity,
 * relation) come from documents/document-kinds.ts.
 */
import { z } from 'zod';
import {
  DOCUMENT_FIELD_SLUGS,
  DOCUMENT_RELATION_VALUES,
  DOCUMENT_TYPE_SLUGS,
  DOCUMENT_VALIDITY_VALUES,
} from '../documents/document-kinds.js';
import { MAX_DOCUMENT_NUMBER } from '../documents/document-number.js';
import { PAGE_TRANSITIONS } from '../pages/page-workflow.js';
import { articleInputSchema, transitionOfferSchema } from './articles.js';
import { idNumber, idString, MAX_ID, pageOf, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

/** The fixed lists, for the admin (which reaches the server only through the contract). */
export {
  DOCUMENT_FIELD_SLUGS,
  DOCUMENT_FIELDS,
  DOCUMENT_TYPE_SLUGS,
  DOCUMENT_TYPES,
  DOCUMENT_VALIDITY,
  DOCUMENT_VALIDITY_VALUES,
  type DocumentRelation,
} from '../documents/document-kinds.js';

export const documentParams = z.object({ site: siteSlugString, id: idString });

export const MAX_DOCUMENT_SUMMARY = 1000;
export const MAX_DOCUMENT_LINKS = 20;
export const MAX_DOCUMENT_ATTACHMENTS = 20;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date YYYY-MM-DD between 1900 and 2999. */
export function isDocumentDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > (DAYS_IN_MONTH[m - 1] ?? 0)) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

const dateField = (label: string) =>
  z.string({ invalid_type_error: `${label}: ngày dạng YYYY-MM-DD` }).max(10, `${label}: ngày dạng YYYY-MM-DD`).trim().refine(isDocumentDate, `${label} phải là một ngày có thật, dạng YYYY-MM-DD (năm 1900–2999)`);

const line = (label: string, min: number, max: number) =>
  z
    .string({ invalid_type_error: `${label} phải là chữ` })
    .max(max, `${label} tối đa ${max} ký tự`)
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(min, `Cần nhập ${label.toLowerCase()}`).max(max, `${label} tối đa ${max} ký tự`));

export const documentLinkSchema = z.object({
  targetId: idNumber,
  relation: z.enum(DOCUMENT_RELATION_VALUES, { errorMap: () => ({ message: 'Quan hệ là "replaces" (thay thế) hoặc "amends" (sửa đổi, bổ sung)' }) }),
});

const documentFieldsSchema = z.object({
  number: line('Số ký hiệu', 1, MAX_DOCUMENT_NUMBER).describe('Số ký hiệu, ví dụ 42/2022/NĐ-CP'),
    type: z.enum(DOCUMENT_TYPE_SLUGS, { errorMap: () => ({ message: 'Loại văn bản không có trong danh sách' }) }),
    issuer: line('Cơ quan ban hành', 1, 200),
    signer: line('Người ký', 0, 120).default(''),
    issuedOn: dateField('Ngày ban hành'),
    effectiveOn: dateField('Ngày hiệu lực').nullable().default(null),
    field: z.enum(DOCUMENT_FIELD_SLUGS, { errorMap: () => ({ message: 'Lĩnh vực không có trong danh sách' }) }),
    summary: line('Trích yếu', 1, MAX_DOCUMENT_SUMMARY),
    bodyHtml: articleInputSchema.shape.bodyHtml,
    validity: z.enum(DOCUMENT_VALIDITY_VALUES, { errorMap: () => ({ message: 'Tình trạng hiệu lực không có trong danh sách' }) }).default('in_force'),
    links: z.array(documentLinkSchema).max(MAX_DOCUMENT_LINKS, `Tối đa ${MAX_DOCUMENT_LINKS} văn bản liên quan`).default([]),
    attachmentIds: z.array(idNumber).max(MAX_DOCUMENT_ATTACHMENTS, `Tối đa ${MAX_DOCUMENT_ATTACHMENTS} tệp đính kèm`).default([]),
});

const effectAfterIssue = (d: { issuedOn: string; effectiveOn: string | null }) => d.effectiveOn === null || d.effectiveOn >= d.issuedOn;
const EFFECT_BEFORE_ISSUE = { message: 'Ngày hiệu lực không thể trước ngày ban hành', path: ['effectiveOn'] };

export const documentInputSchema = documentFieldsSchema.refine(effectAfterIssue, EFFECT_BEFORE_ISSUE);
export type DocumentInput = z.infer<typeof documentInputSchema>;

export const saveDocumentSchema = documentFieldsSchema
  .extend({ baseRevision: z.number({ invalid_type_error: 'Thiếu phiên bản gốc' }).int().min(0).max(MAX_ID) })
  .refine(effectAfterIssue, EFFECT_BEFORE_ISSUE);
export type SaveDocumentInput = z.infer<typeof saveDocumentSchema>;

export const documentTransitionSchema = z.object({
  transition: z.enum(PAGE_TRANSITIONS, { errorMap: () => ({ message: `Bước quy trình của văn bản là một trong: ${PAGE_TRANSITIONS.join(', ')}` }) }),
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự').optional(),
});
export type DocumentTransitionInput = z.infer<typeof documentTransitionSchema>;

export const DOCUMENT_LIST_PAGE_SIZE = 50;

/** The editorial list's filters. */
export const documentListQuery = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  type: z.enum(DOCUMENT_TYPE_SLUGS).optional(),
  q: z.string().max(200).optional(),
  page: z
    .string()
    .max(4)
    .regex(/^[1-9][0-9]{0,3}$/)
    .transform(Number)
    .optional(),
});

// ---- Answers ----

export const relatedDocumentSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  relation: z.enum(DOCUMENT_RELATION_VALUES),
  direction: z.enum(['forward', 'backward']).describe('forward: văn bản này tác động lên văn bản kia; backward: ngược lại'),
  label: z.string().describe('Ví dụ "Thay thế văn bản", "Bị thay thế bởi"'),
});

export const documentAttachmentSchema = z.object({ id: z.number().int(), name: z.string(), mimeType: z.string(), size: z.number().int(), url: z.string() });

export const adminDocumentSchema = z
  .object({
    id: z.number().int(),
    siteId: z.number().int(),
    slug: z.string(),
    number: z.string(),
    type: z.enum(DOCUMENT_TYPE_SLUGS),
    typeLabel: z.string(),
    issuer: z.string(),
    signer: z.string(),
    issuedOn: z.string(),
    effectiveOn: z.string().nullable(),
    field: z.enum(DOCUMENT_FIELD_SLUGS),
    summary: z.string(),
    title: z.string(),
    bodyHtml: z.string(),
    validity: z.enum(DOCUMENT_VALIDITY_VALUES),
    links: z.array(relatedDocumentSchema),
    attachments: z.array(documentAttachmentSchema),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
    path: z.string().describe('Đường dẫn công khai (/van-ban/{slug})'),
    publicUrl: z.string().nullable(),
    allowedTransitions: z.array(transitionOfferSchema),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
  })
  .describe('Một văn bản với đầy đủ thông tin, trạng thái và các thao tác được phép');
export type AdminDocument = z.infer<typeof adminDocumentSchema>;

export const documentSummarySchema = z.object({
  id: z.number().int(),
  number: z.string(),
  type: z.enum(DOCUMENT_TYPE_SLUGS),
  typeLabel: z.string(),
  summary: z.string(),
  issuedOn: z.string(),
  validity: z.enum(DOCUMENT_VALIDITY_VALUES),
  status: z.enum(ARTICLE_STATUSES),
  statusLabel: z.string(),
  updatedAt: sentInstant,
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentListSchema = pageOf(documentSummarySchema).describe('Một trang văn bản của cổng, mọi trạng thái');
export type DocumentList = z.infer<typeof documentListSchema>;

// ---- Public JSON API ----

export const publicDocumentSummarySchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    number: z.string(),
    type: z.enum(DOCUMENT_TYPE_SLUGS),
    typeLabel: z.string(),
    issuer: z.string(),
    issuedOn: z.string().describe('Ngày ban hành YYYY-MM-DD'),
    effectiveOn: z.string().nullable(),
    field: z.enum(DOCUMENT_FIELD_SLUGS),
    summary: z.string(),
    validity: z.enum(DOCUMENT_VALIDITY_VALUES),
    validityLabel: z.string(),
    url: z.string().describe('Địa chỉ trang văn bản trên cổng'),
  })
  .describe('Một văn bản đã đăng');

export const publicDocumentListSchema = pageOf(publicDocumentSummarySchema).describe('Một trang văn bản đã đăng của cổng');

export const publicDocumentSchema = publicDocumentSummarySchema
  .extend({
    signer: z.string(),
    fieldLabel: z.string(),
    bodyHtml: z.string().describe('Nội dung văn bản (HTML đã làm sạch), có thể rỗng'),
    publishedAt: z.string(),
    related: z.array(relatedDocumentSchema.omit({ title: true }).extend({ title: z.string(), url: z.string() })),
    attachments: z.array(documentAttachmentSchema.omit({ id: true })),
  })
  .describe('Một văn bản đã đăng, đầy đủ thông tin');
