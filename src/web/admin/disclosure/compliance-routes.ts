/**
 * The site admin's compliance screen reads what the law asks the site to disclose and
 * where it falls short; the same list as /cong-khai-thong-tin (disclosure.service.ts).
 *   GET /api/v1/admin/sites/{site}/compliance → ComplianceReport
 */
import type { FastifyInstance } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import { complianceReportSchema, type ComplianceReport } from '../../../contract/disclosure.js';
import { STATE_LABELS } from '../../../disclosure/assess.js';
import { disclosureList } from '../../../disclosure/disclosure.service.js';
import { listQuestions } from '../../../questions/questions.repo.js';
import { vietnamDayOf } from '../../../time/vietnam-time.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions } from '../articles/context.js';
import { DISCLOSURE_PATH } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';
import { editorialRoute, ON_SITE } from '../operation.js';

/** Site admins keep the site's settings, and answer for what it discloses. */
const COMPLIANCE_RIGHT = 'manage_settings';

export function complianceRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  app.get(
    `${SITE_PREFIX}/compliance`,
    editorialRoute({
      operationId: 'getSiteCompliance', tag: 'accounts', session: 'required',
      summary: 'Các mục thông tin pháp luật yêu cầu cổng công khai, và tình trạng từng mục (đã công khai, chưa có, chưa có nội dung, lâu chưa cập nhật)',
      params: [siteParams],
      success: { status: 200, description: 'Báo cáo công khai thông tin của cổng', body: { name: 'ComplianceReport', schema: complianceReportSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, COMPLIANCE_RIGHT);
      const now = new Date();
      const list = await disclosureList(opts.db, { id: s.site.id, publicServiceUrl: s.site.publicServiceUrl }, now);
      const origin = siteOrigin(s.site, request.headers.host, opts.config.publicScheme);
      // Paths on the site become its public addresses; the public services portal is already one.
      const absolute = (href: string | null) => (href === null || /^https?:\/\//.test(href) ? href : `${origin}${href}`);
      const report: ComplianceReport = {
        checkedAt: now.toISOString(),
        publicListUrl: `${origin}${DISCLOSURE_PATH}`,
        overdueAnswers: (await listQuestions(opts.db, { siteId: s.site.id, overdueBefore: vietnamDayOf(now) }, { limit: 1, offset: 0 })).total,
        published: list.filter((a) => a.state === 'published').length,
        items: list.map(({ item, state, evidence }) => ({
          id: item.id,
          title: item.title,
          basis: item.basis,
          state,
          stateLabel: STATE_LABELS[state],
          count: evidence.count,
          latest: evidence.latest,
          href: absolute(evidence.href),
          staleAfterDays: item.staleAfterDays ?? null,
        })),
      };
      reply.header('Cache-Control', 'no-store');
      return reply.send(report);
    },
  );
}
