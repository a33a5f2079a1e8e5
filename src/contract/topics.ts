/**
 * Topics (chuyên đề) in the editorial API: a topic as sent (title, slug, description,
 * image, dates, status) and as answered, its member articles with their state, adding
 * an article and the owner's decision on a proposal.
 */
import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../text/slug.js';
import { datesInOrder } from '../topics/topic-rules.js';
import { idNumber, idString, sentInstant, siteSlugString } from './common.js';
import { isDocumentDate } from './documents.js';

export const MAX_TOPIC_TITLE = 300;
export const MAX_TOPIC_DESCRIPTION = 4000;
export const MAX_TOPIC_NOTE = 1000;

export const TOPIC_STATUSES = ['active', 'hidden'] as const;
export const TOPIC_MEMBER_STATES = ['proposed', 'accepted', 'declined'] as const;

/** A system topic's path: /api/v1/admin/topics/{id}. */
export const topicParams = z.object({ id: idString });
/** A site topic's path: /api/v1/admin/sites/{site}/topics/{id}. */
export const siteTopicParams = z.object({ site: siteSlugString, id: idString });
/** One member article of a topic. */
export const topicArticleParams = z.object({ articleId: idString });

const SLUG_RULE = `Địa chỉ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: binh-dang-gioi-2022), tối đa ${MAX_SLUG_LENGTH} ký tự`;

const dayField = (label: string) =>
  z
    .string({ invalid_type_error: `${label}: ngày dạng YYYY-MM-DD` })
    .max(10, `${label}: ngày dạng YYYY-MM-DD`)
    .trim()
    .refine(isDocumentDate, `${label} phải là một ngày có thật, dạng YYYY-MM-DD (năm 1900–2999)`)
    .nullable()
    .default(null);

export const topicInputSchema = z
  .object({
    title: z
      .string({ invalid_type_error: 'Tên chuyên đề phải là chữ' })
      .max(MAX_TOPIC_TITLE, `Tên chuyên đề tối đa ${MAX_TOPIC_TITLE} ký tự`)
      .transform((s) => s.replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(1, 'Cần nhập tên chuyên đề')),
    slug: z
      .string({ invalid_type_error: SLUG_RULE })
      .trim()
      .max(MAX_SLUG_LENGTH, SLUG_RULE)
      .refine((s) => s === '' || SLUG_PATTERN.test(s), SLUG_RULE)
      .optional()
      .describe(`Phần cuối của địa chỉ /chuyen-de/{slug}; bỏ trống: lấy từ tên chuyên đề. ${SLUG_RULE}`),
    description: z.string({ invalid_type_error: 'Mô tả phải là chữ' }).trim().max(MAX_TOPIC_DESCRIPTION, `Mô tả tối đa ${MAX_TOPIC_DESCRIPTION} ký tự`).default(''),
    imageMediaId: idNumber.nullable().default(null).describe('Ảnh đại diện: một ảnh trong thư viện của cổng sở hữu chuyên đề'),
    startsOn: dayField('Ngày bắt đầu'),
    endsOn: dayField('Ngày kết thúc'),
    status: z.enum(TOPIC_STATUSES, { errorMap: () => ({ message: 'Trạng thái là "active" (hiển thị) hoặc "hidden" (ẩn)' }) }).default('active'),
  })
  .refine((t) => datesInOrder(t.startsOn, t.endsOn), { message: 'Ngày kết thúc không thể trước ngày bắt đầu', path: ['endsOn'] });

export type TopicInput = z.infer<typeof topicInputSchema>;

export const addTopicArticleSchema = z.object({
  articleId: idNumber,
  note: z.string({ invalid_type_error: 'Ghi chú phải là chữ' }).trim().max(MAX_TOPIC_NOTE, `Ghi chú tối đa ${MAX_TOPIC_NOTE} ký tự`).optional(),
});

export const topicDecisionSchema = z.object({
  decision: z.enum(['accept', 'decline'], { errorMap: () => ({ message: 'Quyết định là "accept" (nhận) hoặc "decline" (không nhận)' }) }),
  note: z.string({ invalid_type_error: 'Lý do phải là chữ' }).trim().max(MAX_TOPIC_NOTE, `Lý do tối đa ${MAX_TOPIC_NOTE} ký tự`).optional(),
});

// ---- Answers ----

export const adminTopicSchema = z.object({
  id: z.number().int(),
  /** The owning site's slug; null: a system topic. */
  site: z.string().nullable(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  imageMediaId: z.number().int().nullable(),
  imageUrl: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(TOPIC_STATUSES),
  /** Its public page on the site the request came to (or the owning site's), when active. */
  publicUrl: z.string().nullable(),
  accepted: z.number().int(),
  proposed: z.number().int(),
  /** Whether the asker owns the topic: edits it, accepts and declines proposals. */
  canManage: z.boolean(),
  createdAt: sentInstant,
  updatedAt: sentInstant,
});
export type AdminTopic = z.infer<typeof adminTopicSchema>;

export const topicListSchema = z.object({ items: z.array(adminTopicSchema) });
export type TopicList = z.infer<typeof topicListSchema>;

export const topicMemberSchema = z.object({
  articleId: z.number().int(),
  title: z.string(),
  site: z.object({ slug: z.string(), name: z.string() }),
  /** The article's address on its own site. */
  url: z.string(),
  publishedAt: z.string().nullable(),
  /** Whether the article is public now (only then does it show on the topic's page). */
  isPublic: z.boolean(),
  state: z.enum(TOPIC_MEMBER_STATES),
  note: z.string().nullable(),
  proposedBy: z.string().nullable(),
  proposedAt: sentInstant,
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  canDecide: z.boolean(),
  canRemove: z.boolean(),
});
export type TopicMember = z.infer<typeof topicMemberSchema>;

export const topicMemberListSchema = z.object({ topic: adminTopicSchema, items: z.array(topicMemberSchema) });
export type TopicMemberList = z.infer<typeof topicMemberListSchema>;
