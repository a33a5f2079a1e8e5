/**
 * The leaders' weekly schedule (lịch công tác): what an editor sends (a week's entries
 * saved against a base revision, a workflow transition) and what the server answers —
 * the editorial AdminScheduleWeek, and the public JSON of a published week.
 */
import { z } from 'zod';
import { PAGE_TRANSITIONS } from '../pages/page-workflow.js';
import { isoWeekOfDay, parseIsoWeek } from '../time/iso-week.js';
import { transitionOfferSchema } from './articles.js';
import { MAX_ID, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

export const WEEK_RULE = 'Tuần theo chuẩn ISO 8601, dạng YYYY-Www (ví dụ 2022-W46: năm 2022, tuần 46)';

/** A week as a path or query carries it; refused before any storage is asked. */
export const isoWeekString = z
  .string({ invalid_type_error: WEEK_RULE })
  .max(8, WEEK_RULE)
  .refine((s) => parseIsoWeek(s) !== undefined, WEEK_RULE)
  .describe(WEEK_RULE);

export const scheduleWeekParams = z.object({ site: siteSlugString, week: isoWeekString });
export const scheduleWeekQuery = z.object({ week: isoWeekString.optional() });

export const MAX_SCHEDULE_ENTRIES = 200;
const TIME_RULE = 'Giờ dạng HH:MM (00:00–23:59)';
const timeString = z.string({ invalid_type_error: TIME_RULE }).max(5, TIME_RULE).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_RULE);
const DAY_RULE = 'Ngày dạng YYYY-MM-DD';
const line = (label: string, max: number, required = false) => {
  const s = z.string({ invalid_type_error: `${label} phải là văn bản` }).trim().max(max, `${label} tối đa ${max} ký tự`);
  return required ? s.min(1, `Cần nhập ${label.toLowerCase()}`) : s.default('');
};

/** One meeting or event of the week. */
export const scheduleEntryInputSchema = z
  .object({
    day: z.string({ invalid_type_error: DAY_RULE }).max(10, DAY_RULE).refine((d) => isoWeekOfDay(d) !== undefined, DAY_RULE),
    startTime: timeString,
    endTime: timeString.nullable().default(null),
    leaders: line('Lãnh đạo', 300, true).describe('Họ tên, chức vụ lãnh đạo dự (văn bản)'),
    content: line('Nội dung', 2000, true),
    place: line('Địa điểm', 300),
    chair: line('Chủ trì', 300).describe('Người chủ trì'),
    attendees: line('Thành phần', 1000).describe('Thành phần tham dự'),
    notes: line('Ghi chú', 1000),
  })
  .refine((e) => e.endTime === null || e.endTime > e.startTime, { message: 'Giờ kết thúc phải sau giờ bắt đầu', path: ['endTime'] });
export type ScheduleEntryInput = z.infer<typeof scheduleEntryInputSchema>;

export const saveScheduleWeekSchema = z.object({
  baseRevision: z.number({ invalid_type_error: 'Thiếu phiên bản gốc' }).int().min(0).max(MAX_ID).describe('Phiên bản đang sửa; 0 khi tuần chưa có lịch'),
  entries: z.array(scheduleEntryInputSchema).max(MAX_SCHEDULE_ENTRIES, `Tối đa ${MAX_SCHEDULE_ENTRIES} mục mỗi tuần`),
});
export type SaveScheduleWeekInput = z.infer<typeof saveScheduleWeekSchema>;

export const scheduleTransitionSchema = z.object({
  transition: z.enum(PAGE_TRANSITIONS, { errorMap: () => ({ message: `Bước quy trình là một trong: ${PAGE_TRANSITIONS.join(', ')}` }) }),
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự').optional(),
});

// ---- Answers ----

export const scheduleEntrySchema = z.object({
  day: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  leaders: z.string(),
  content: z.string(),
  place: z.string(),
  chair: z.string(),
  attendees: z.string(),
  notes: z.string(),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const adminScheduleWeekSchema = z
  .object({
    week: z.string(),
    siteId: z.number().int(),
    exists: z.boolean().describe('false khi tuần chưa có lịch (lưu lần đầu với baseRevision 0)'),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    updatedAt: sentInstant.nullable(),
    publishedAt: sentInstant.nullable(),
    days: z.array(z.string()).describe('Bảy ngày của tuần, từ thứ Hai'),
    previousWeek: z.string(),
    nextWeek: z.string(),
    entries: z.array(scheduleEntrySchema),
    path: z.string(),
    publicUrl: z.string().nullable(),
    allowedTransitions: z.array(transitionOfferSchema),
    canEdit: z.boolean(),
  })
  .describe('Lịch công tác một tuần của cổng với trạng thái và các thao tác được phép');
export type AdminScheduleWeek = z.infer<typeof adminScheduleWeekSchema>;

export const scheduleWeekSummarySchema = z.object({
  week: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  statusLabel: z.string(),
  revision: z.number().int(),
  entryCount: z.number().int(),
  updatedAt: sentInstant,
});
export type ScheduleWeekSummary = z.infer<typeof scheduleWeekSummarySchema>;
export const scheduleWeekListSchema = z
  .object({ currentWeek: z.string().describe('Tuần hiện tại theo giờ Việt Nam'), weeks: z.array(scheduleWeekSummarySchema).describe('Các tuần đã có lịch, mới nhất trước') })
  .describe('Các tuần lịch công tác của cổng');
export type ScheduleWeekList = z.infer<typeof scheduleWeekListSchema>;

/** The public API's week: only a published week has entries. */
export const publicScheduleWeekSchema = z
  .object({
    site: z.string(),
    week: z.string(),
    days: z.array(z.string()),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    previousWeek: z.string(),
    nextWeek: z.string(),
    url: z.string(),
    entries: z.array(scheduleEntrySchema),
  })
  .describe('Lịch công tác một tuần (chỉ tuần đã đăng có nội dung)');
export type PublicScheduleWeek = z.infer<typeof publicScheduleWeekSchema>;
