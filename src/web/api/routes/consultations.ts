/**
 * GET /sites/{site}/consultations and /sites/{site}/consultations/{slug}: a site's public
 * consultations on drafts (open first, as the /lay-y-kien page lists them) and one with
 * its files and approved comments. The presenters below are an explicit allow-list: a
 * commenter's email, phone and address are never read for this API, let alone sent.
 */
import { z } from 'zod';
import {
  consultationAttachments,
  consultationPhase,
  countPublicConsultations,
  daysLeft,
  findPublicConsultation,
  listApprovedComments,
  listPublicConsultations,
  type PublicComment,
} from '../../../consultations/index.js';
import { publicConsultationListSchema, publicConsultationSchema, type PublicConsultation, type PublicConsultationSummary } from '../../../contract/consultations.js';
import type { ConsultationRow } from '../../../db/schema.js';
import type { Site } from '../../../sites/index.js';
import { vietnamDayOf } from '../../../time/vietnam-time.js';
import { consultationPath } from '../../../urls/paths.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { integerParam, slugParam } from '../params.js';
import { linkerFor, type Linker } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';

const PAGE_SIZE = 20;
const siteParam = slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "camlo".');

function summaryDto(site: Site, link: Linker, row: ConsultationRow, now: Date): PublicConsultationSummary {
  const dates = { opensOn: row.opens_on, closesOn: row.closes_on };
  const phase = consultationPhase(dates, now);
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    draftingBody: row.drafting_body,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    phase,
    daysLeft: phase === 'open' ? daysLeft(dates, now) : null,
    url: link.url(site, consultationPath(row.slug)),
    publishedAt: row.published_at ?? row.updated_at,
  };
}

/** Only these four fields of a comment leave the server. */
function commentDto(c: PublicComment): PublicConsultation['comments'][number] {
  return { name: c.name, organisation: c.organisation, receivedAt: c.received_at, text: c.body };
}

export function consultationApiRoutes(deps: ApiDependencies): ApiRoute[] {
  const siteOf = (slug: string): Site => {
    const site = deps.registry.bySlugOrUndefined(slug);
    if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
    return site;
  };
  return [
    defineRoute({
      path: '/sites/{site}/consultations',
      operationId: 'listConsultations',
      tag: 'consultations',
      summary: `Các dự thảo lấy ý kiến đã đăng của một cổng: đang lấy ý kiến trước, rồi sắp lấy ý kiến, rồi đã kết thúc; ${PAGE_SIZE} dự thảo mỗi trang`,
      params: z.object({ site: siteParam }),
      query: z.object({ page: integerParam(1, 100_000, 'số trang, từ 1', 1) }),
      response: { name: 'ConsultationList', schema: publicConsultationListSchema },
      cache: 'list',
      async handler({ request, params, query }) {
        const site = siteOf(params.site);
        const link = linkerFor(request, deps.publicScheme);
        const now = new Date();
        const today = vietnamDayOf(now);
        const total = await countPublicConsultations(deps.db, site.id, today, undefined);
        const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        const rows = query.page > pages ? [] : await listPublicConsultations(deps.db, site.id, today, undefined, PAGE_SIZE, (query.page - 1) * PAGE_SIZE);
        return { site: site.slug, items: rows.map((r) => summaryDto(site, link, r, now)), page: query.page, pages, total };
      },
    }),
    defineRoute({
      path: '/sites/{site}/consultations/{slug}',
      operationId: 'getConsultation',
      tag: 'consultations',
      summary: 'Một dự thảo lấy ý kiến đã đăng: nội dung, tệp dự thảo, các ý kiến đã được duyệt và báo cáo tổng hợp khi đã công bố',
      params: z.object({ site: siteParam, slug: slugParam('địa chỉ dự thảo: chữ thường không dấu, số và dấu gạch ngang.') }),
      response: { name: 'Consultation', schema: publicConsultationSchema },
      cache: 'detail',
      async handler({ request, params }) {
        const site = siteOf(params.site);
        const now = new Date();
        const row = await findPublicConsultation(deps.db, site.id, params.slug, now);
        if (row === undefined) throw ApiProblem.notFound(apiVi.problems.consultationNotFound);
        const link = linkerFor(request, deps.publicScheme);
        const [files, comments] = await Promise.all([consultationAttachments(deps.db, row.id), listApprovedComments(deps.db, row.id)]);
        const summary = summaryDto(site, link, row, now);
        return {
          ...summary,
          bodyHtml: row.body_html,
          files: files.map((m) => ({ name: m.original_name, url: link.url(site, `/media/${m.storage_key}`), mimeType: m.mime_type, byteSize: m.byte_size })),
          comments: comments.map(commentDto),
          reportHtml: summary.phase === 'closed' && row.report_published_at !== null ? row.report_html : null,
        } satisfies PublicConsultation;
      },
    }),
  ];
}
