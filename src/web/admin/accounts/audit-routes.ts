/**
 * Reading the audit log:
 *   GET /api/v1/admin/sites/{site}/audit?action=&actor=&from=&to=&page=   (view_audit: that site's
 *       administrators and system administrators) → the site's entries
 *   GET /api/v1/admin/audit?site=&action=&actor=&from=&to=&page=          (system administrators)
 *       → every entry, sign-ins and account changes included (they belong to no site)
 * `actor` is a username (or "cli"); `from`/`to` are dates (YYYY-MM-DD, Vietnam time,
 * both days included) or ISO instants. Newest first, 50 a page.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { listAudit, type AuditFilter } from '../../../audit/audit.js';
import { AUDIT_PAGE_SIZE, auditPageSchema, auditQuery, systemAuditQuery, type AuditEntry, type AuditPage } from '../../../contract/accounts.js';
import type { AuditRow, Database } from '../../../db/schema.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { vietnamDayEdge } from '../../../time/vietnam-time.js';
import { HttpError } from '../../http-error.js';
import { authorize } from '../auth-context.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { parseBody } from '../validation.js';
import { noStore, requireSystemAdmin, siteParams } from './http.js';

export { AUDIT_PAGE_SIZE };

const AUDIT_PAGE = { name: 'AuditPage', schema: auditPageSchema };

/** A day in Vietnam time runs from 00:00 +07:00; `to` includes its whole day. */
function instant(value: string, end: boolean): string {
  // vietnamDayEdge reads only a "YYYY-MM-DD" day (and the query schema, contract/accounts.ts,
  // admits only days that exist); anything else the schema let through is an instant.
  return vietnamDayEdge(value, end ? 'end' : 'start') ?? new Date(value).toISOString();
}

function present(row: AuditRow, registry: SiteRegistry): AuditEntry {
  let details: unknown = {};
  try {
    details = JSON.parse(row.details);
  } catch {
    details = {};
  }
  const site = row.site_id === null ? undefined : registry.byIdOrUndefined(row.site_id);
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    siteId: row.site_id,
    siteSlug: site?.slug ?? null,
    objectType: row.object_type,
    objectId: row.object_id,
    ip: row.ip,
    details,
  };
}

export function auditRoutes(app: FastifyInstance, opts: { db: Kysely<Database>; registry: SiteRegistry }): void {
  const { db, registry } = opts;

  async function answer(query: z.infer<typeof auditQuery>, siteId: number | undefined) {
    const filter: AuditFilter = { limit: AUDIT_PAGE_SIZE, offset: (query.page - 1) * AUDIT_PAGE_SIZE };
    if (siteId !== undefined) filter.siteId = siteId;
    if (query.action !== undefined) filter.action = query.action;
    if (query.actor !== undefined) filter.actorName = query.actor;
    if (query.from !== undefined) filter.from = instant(query.from, false);
    if (query.to !== undefined) filter.to = instant(query.to, true);
    const { rows, total } = await listAudit(db, filter);
    return { items: rows.map((r) => present(r, registry)), total, page: query.page, pageSize: AUDIT_PAGE_SIZE } satisfies AuditPage;
  }

  app.get(
    '/api/v1/admin/sites/:site/audit',
    editorialRoute({
      operationId: 'listSiteAudit', tag: 'accounts', session: 'required',
      summary: 'Nhật ký thao tác của cổng, mới nhất trước, 50 mục mỗi trang',
      params: [siteParams], query: auditQuery,
      success: { status: 200, description: '{ items: AuditEntry[], total, page, pageSize }', body: AUDIT_PAGE },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const { site } = authorize(request, registry, slug, 'view_audit');
      const query = parseBody(auditQuery, request.query);
      return noStore(reply).send(await answer(query, site.id));
    },
  );

  app.get(
    '/api/v1/admin/audit',
    editorialRoute({
      operationId: 'listAudit', tag: 'accounts', session: 'required',
      summary: 'Toàn bộ nhật ký thao tác, kể cả đăng nhập (chỉ quản trị hệ thống)',
      query: systemAuditQuery,
      success: { status: 200, description: '{ items: AuditEntry[], total, page, pageSize }', body: AUDIT_PAGE },
      errors: [400, 401, 403, 404],
    }),
    async (request, reply) => {
      requireSystemAdmin(request);
      const { site: slug, ...rest } = parseBody(systemAuditQuery, request.query);
      let siteId: number | undefined;
      if (slug !== undefined) {
        const site = registry.bySlugOrUndefined(slug);
        if (site === undefined) throw new HttpError(404, 'Không tìm thấy cổng', `Không có cổng thông tin "${slug}".`);
        siteId = site.id;
      }
      return noStore(reply).send(await answer(rest, siteId));
    },
  );
}
