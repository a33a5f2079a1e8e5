/**
 * Royalty (nhuận bút): set an article's grade and authors, and the monthly report
 * as JSON, CSV (UTF-8 with BOM) or XLSX.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { royaltyCsv, royaltyXlsx } from '../../../editorial/royalty-export.js';
import { royaltyReport } from '../../../editorial/royalty-report.js';
import { royaltyInputSchema, setRoyalty } from '../../../editorial/royalty.js';
import { SITE_PREFIX } from './article-routes.js';
import { onArticle, onSite, service, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

export const reportQuery = z.object({
  month: z.string().max(7, 'Tháng phải có dạng YYYY-MM').regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export async function royaltyRoutes(app: FastifyInstance, opts: EditorialRouteOptions): Promise<void> {
  const { db, registry } = opts;

  app.put(`${SITE_PREFIX}/articles/:id/royalty`, async (request, reply) => {
    const s = onArticle(request, opts, 'view');
    const input = validate(royaltyInputSchema, request.body);
    return reply.send(await service(() => setRoyalty(db, s.ctx, s.id, input)));
  });

  app.get(`${SITE_PREFIX}/royalty-report`, async (request, reply) => {
    const s = onSite(request, opts, 'view_royalty_report');
    const q = validate(reportQuery, request.query);
    const report = await royaltyReport(db, s.site.id, q.month);
    const name = `nhuan-but-${s.site.slug}-${q.month}`;
    reply.header('Cache-Control', 'no-store');
    if (q.format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}.csv"`).send(royaltyCsv(report));
    }
    if (q.format === 'xlsx') {
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="${name}.xlsx"`)
        .send(await royaltyXlsx(report, s.site.name));
    }
    return reply.send({ site: { id: s.site.id, slug: s.site.slug, name: s.site.name }, ...report });
  });
}
