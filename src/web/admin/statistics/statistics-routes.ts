/**
 * The site's yearly statistics for its administrators (and system administrators): per
 * category the items published, the update frequency and the views; per month the chart's
 * numbers. As JSON, CSV (UTF-8 with BOM) or XLSX, like the royalty report.
 *   GET /api/v1/admin/sites/{site}/statistics?year=2022&format=json|csv|xlsx
 */
import type { FastifyInstance } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import { statisticsQuery, statisticsReportSchema, type StatisticsReport } from '../../../contract/statistics.js';
import { statisticsCsv, statisticsXlsx } from '../../../statistics/statistics-export.js';
import { yearlyReportData } from '../../../statistics/view-stats.repo.js';
import { yearlyStatistics } from '../../../statistics/yearly-report.js';
import { vietnamMonthOf, vietnamMonthRange } from '../../../time/vietnam-time.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function statisticsRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  app.get(
    `${SITE_PREFIX}/statistics`,
    editorialRoute({
      operationId: 'getSiteStatistics', tag: 'accounts', session: 'required',
      summary: 'Thống kê một năm của cổng: số tin bài, tần suất cập nhật và lượt xem theo chuyên mục, theo tháng (JSON, CSV hoặc XLSX)',
      params: [siteParams], query: statisticsQuery,
      success: {
        status: 200,
        description: 'format=json: { site, year, months, categories, byMonth, totals }; csv: UTF-8 có BOM; xlsx: bảng tính',
        body: { name: 'StatisticsReport', schema: statisticsReportSchema },
        alternatives: { 'text/csv': { type: 'string' }, [XLSX]: { type: 'string', contentMediaType: XLSX } },
      },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view_statistics');
      const q = validate(statisticsQuery, request.query);
      const now = new Date();
      const year = q.year ?? Number(vietnamMonthOf(now).slice(0, 4));
      const from = vietnamMonthRange(`${year}-01`)?.from ?? '';
      const to = vietnamMonthRange(`${year}-12`)?.to ?? '';
      const data = await yearlyReportData(opts.db, s.site.id, { from, to }, year);
      const report = yearlyStatistics({ year, now, ...data });
      const name = `thong-ke-${s.site.slug}-${year}`;
      reply.header('Cache-Control', 'no-store');
      if (q.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}.csv"`).send(statisticsCsv(report));
      }
      if (q.format === 'xlsx') {
        return reply.type(XLSX).header('Content-Disposition', `attachment; filename="${name}.xlsx"`).send(await statisticsXlsx(report, s.site.name));
      }
      return reply.send({ site: { id: s.site.id, slug: s.site.slug, name: s.site.name }, ...report } satisfies StatisticsReport);
    },
  );
}
