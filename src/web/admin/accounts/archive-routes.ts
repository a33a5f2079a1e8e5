/**
 * Archiving and merging sites, for system administrators only:
 *   POST /api/v1/admin/sites/{site}/archive  { mode, successor } → ArchivedSite
 *        mode 'serve': read-only, every URL still served; 'redirect': merged into the successor
 *   POST /api/v1/admin/sites/{site}/merge    { into }            → ArchivedSite (mode 'redirect')
 * The site service checks, moves, archives and audits in one transaction and raises the
 * site-state version; this process's registry is reloaded at once, the others within a second.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { archivedSiteSchema, archiveSiteSchema, mergeSiteSchema, type ArchivedSite, type MergeCounts } from '../../../contract/site-archive.js';
import type { Database } from '../../../db/schema.js';
import { archiveSite, archiveWithRedirect, mergeSites, presentSite, type Site, type SiteAdminActor, type SiteRegistry, type SiteState } from '../../../sites/index.js';
import { editorialRoute } from '../operation.js';
import { parseBody } from '../validation.js';
import { auditActor, noStore, requireSystemAdmin, siteParams } from './http.js';

export interface ArchiveRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  siteState: Pick<SiteState, 'changed'>;
}

function systemAdmin(request: FastifyRequest): SiteAdminActor {
  const auth = requireSystemAdmin(request, 'lưu trữ hoặc sáp nhập cổng thông tin');
  return { ...auditActor(request, auth), isSystemAdmin: true };
}

export function archiveRoutes(app: FastifyInstance, opts: ArchiveRouteOptions): void {
  const { db, registry, siteState } = opts;
  const answer = { name: 'ArchivedSite', schema: archivedSiteSchema };

  const present = (site: Site, moved: MergeCounts | null): ArchivedSite => {
    const all = registry.all();
    const successor = site.successorSiteId === null ? null : (all.find((s) => s.id === site.successorSiteId)?.slug ?? null);
    return { site: presentSite(site, all), mode: site.archiveMode, successor, moved };
  };

  app.post(
    '/api/v1/admin/sites/:site/archive',
    editorialRoute({
      operationId: 'archiveSite', tag: 'accounts', session: 'required',
      summary: 'Lưu trữ cổng: chỉ xem, giữ mọi địa chỉ (serve) hoặc chuyển nội dung sang cổng kế thừa và chuyển hướng 301 (redirect); chỉ quản trị hệ thống',
      params: [siteParams], body: archiveSiteSchema,
      success: { status: 200, description: 'ArchivedSite', body: answer },
      errors: [400, 401, 403, 404, 409],
    }),
    async (request, reply) => {
      const actor = systemAdmin(request);
      const { site: slug } = parseBody(siteParams, request.params);
      const input = parseBody(archiveSiteSchema, request.body);
      if (input.mode === 'redirect' && input.successor !== null) {
        const { from, counts } = await archiveWithRedirect(db, slug, input.successor, actor);
        await siteState.changed();
        return noStore(reply).send(present(from, counts));
      }
      const site = await archiveSite(db, slug, { successor: input.successor }, actor);
      await siteState.changed();
      return noStore(reply).send(present(site, null));
    },
  );

  app.post(
    '/api/v1/admin/sites/:site/merge',
    editorialRoute({
      operationId: 'mergeSite', tag: 'accounts', session: 'required',
      summary: 'Sáp nhập cổng vào cổng khác: chuyển toàn bộ nội dung, mọi địa chỉ cũ chuyển hướng 301, cổng cũ được lưu trữ; không xóa gì (chỉ quản trị hệ thống)',
      params: [siteParams], body: mergeSiteSchema,
      success: { status: 200, description: 'ArchivedSite', body: answer },
      errors: [400, 401, 403, 404, 409],
    }),
    async (request, reply) => {
      const actor = systemAdmin(request);
      const { site: slug } = parseBody(siteParams, request.params);
      const input = parseBody(mergeSiteSchema, request.body);
      const { from, counts } = await mergeSites(db, slug, input.into, actor);
      await siteState.changed();
      return noStore(reply).send(present(from, counts));
    },
  );
}
