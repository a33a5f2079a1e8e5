/**
 * Royalty (nhuận bút) in the editorial API: an article's grade and authors as sent
 * and as answered, and the monthly report's JSON form.
 */
import { z } from 'zod';
import { MAX_ID, sentInstant } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

export const royaltyInputSchema = z.object({
  genre: z.string().trim().max(100).nullable(),
  coefficient: z.number().min(0).max(1000).nullable().optional(),
  isReprint: z.boolean(),
  authors: z
    .array(z.object({ name: z.string().trim().min(1).max(200), userId: z.number().int().positive().max(MAX_ID).nullable().optional(), share: z.number().gt(0).max(100) }))
    .max(20)
    .refine((a) => a.length === 0 || Math.abs(a.reduce((sum, x) => sum + x.share, 0) - 100) < 0.001, 'Tổng tỷ lệ của các tác giả phải bằng 100'),
});
export type RoyaltyInput = z.infer<typeof royaltyInputSchema>;

export const royaltySchema = z
  .object({
    genre: z.string().nullable(),
    coefficient: z.number().nullable(),
    isReprint: z.boolean(),
    authors: z.array(z.object({ name: z.string(), userId: z.number().int().nullable(), share: z.number() })),
  })
  .describe('Thể loại, hệ số, tin đăng lại và các tác giả hưởng nhuận bút');
export type Royalty = z.infer<typeof royaltySchema>;

export const royaltyReportQuery = z.object({
  month: z.string().max(7, 'Tháng phải có dạng YYYY-MM').regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const royaltyLineSchema = z.object({
  authorName: z.string(),
  userId: z.number().int().nullable(),
  share: z.number(),
  articleId: z.number().int(),
  title: z.string(),
  categoryName: z.string(),
  publishedAt: sentInstant,
  publishedAtLocal: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  genre: z.string().nullable(),
  coefficient: z.number().nullable(),
  isReprint: z.boolean(),
  points: z.number().nullable().describe('coefficient × share / 100, khi đã chấm hệ số'),
});
export type RoyaltyLine = z.infer<typeof royaltyLineSchema>;

export const royaltyReportSchema = z
  .object({
    site: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
    month: z.string(),
    from: sentInstant,
    to: sentInstant,
    lines: z.array(royaltyLineSchema),
    authors: z.array(z.object({ authorName: z.string(), userId: z.number().int().nullable(), articles: z.number().int(), points: z.number() })),
  })
  .describe('Báo cáo nhuận bút của một tháng');
export type RoyaltyReport = z.infer<typeof royaltyReportSchema>;
