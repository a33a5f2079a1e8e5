/**
 * The site's yearly statistics in the editorial API: the query (year, format) and the
 * report's JSON form (per category, per month, totals).
 */
import { z } from 'zod';

export const statisticsQuery = z.object({
  year: z
    .string()
    .max(4, 'Năm phải có dạng YYYY, ví dụ 2022')
    .regex(/^(19|20|21)\d\d$/, 'Năm phải có dạng YYYY, ví dụ 2022')
    .transform(Number)
    .optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const statisticsCategorySchema = z.object({
  categoryId: z.number().int().nullable().describe('null: các chuyên mục đã xóa, gộp lại'),
  name: z.string(),
  slug: z.string().nullable(),
  published: z.number().int().describe('Số tin bài đăng trong năm'),
  perMonth: z.number().describe('Số tin bài trung bình mỗi tháng (các tháng đã qua của năm)'),
  averageDaysBetween: z.number().nullable().describe('Số ngày trung bình giữa hai tin bài; null khi dưới hai tin'),
  views: z.number().int().describe('Lượt xem trong năm của các tin bài thuộc chuyên mục'),
});

export const statisticsReportSchema = z
  .object({
    site: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
    year: z.number().int(),
    months: z.number().int().describe('Số tháng dùng để tính tần suất (12 với năm đã qua)'),
    categories: z.array(statisticsCategorySchema),
    byMonth: z.array(z.object({ month: z.string(), published: z.number().int(), views: z.number().int().describe('Lượt xem mọi trang của cổng trong tháng') })),
    totals: z.object({ published: z.number().int(), articleViews: z.number().int(), siteViews: z.number().int() }),
  })
  .describe('Thống kê một năm của cổng: theo chuyên mục và theo tháng');
export type StatisticsReport = z.infer<typeof statisticsReportSchema>;
