/**
 * Royalty (nhuận bút): set an article's grade and authors, and the monthly report
 * as JSON, CSV (UTF-8 with BOM) or XLSX.
 */
import type { FastifyInstance } from 'fastify';
import { articleParams } from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import { royaltyInputSchema, royaltyReportQuery, royaltyReportSchema, royaltySchema, type Royalty, type RoyaltyReport } from '../../../contract/royalty.js';
import { royaltyCsv, royaltyXlsx } from '../../../editorial/royalty-export.js';
import { royaltyReport } from '../../../editorial/royalty-report.js';
import { setRoyalty } from '../../../editorial/royalty.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { SITE_PREFIX } from './article-routes.js';
import { onArticle, onSite, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function royaltyRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  app.put(
    `${SITE_PREFIX}/articles/:id/royalty`,
    editorialRoute({
      operationId: 'setArticleRoyalty', tag: 'editorial', session: 'required',
      summary: 'Đặt thể loại, hệ số, tin đăng lại và các tác giả hưởng nhuận bút của tin bài',
      params: [siteParams, articleParams], body: royaltyInputSchema,
      success: { status: 200, description: '{ genre, coefficient, isReprint, authors }', body: { name: 'Royalty', schema: royaltySchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'view');
      const input = validate(royaltyInputSchema, request.body);
      return reply.send((await setRoyalty(db, s.ctx, s.id, input)) satisfies Royalty);
    },
  );

  app.get(
    `${SITE_PREFIX}/royalty-report`,
    editorialRoute({
      operationId: 'getRoyaltyReport', tag: 'editorial', session: 'required',
      summary: 'Báo cáo nhuận bút theo tháng, theo tác giả và tin bài (JSON, CSV hoặc XLSX)',
      params: [siteParams], query: royaltyReportQuery,
      success: {
        status: 200,
        description: 'format=json: { site, month, from, to, lines, authors }; csv: UTF-8 có BOM; xlsx: bảng tính',
        body: { name: 'RoyaltyReport', schema: royaltyReportSchema },
        alternatives: { 'text/csv': { type: 'string' }, [XLSX]: { type: 'string', contentMediaType: XLSX } },
      },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view_royalty_report');
      const q = validate(royaltyReportQuery, request.query);
      const report = await royaltyReport(db, s.site.id, q.month);
      const name = `nhuan-but-${s.site.slug}-${q.month}`;
      reply.header('Cache-Control', 'no-store');
      if (q.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}.csv"`).send(royaltyCsv(report));
      }
      if (q.format === 'xlsx') {
        return reply
          .type(XLSX)
          .header('Content-Disposition', `attachment; filename="${name}.xlsx"`)
          .send(await royaltyXlsx(report, s.site.name));
      }
      return reply.send({ site: { id: s.site.id, slug: s.site.slug, name: s.site.name }, ...report } satisfies RoyaltyReport);
    },
  );
}
