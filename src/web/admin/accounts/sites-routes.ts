/**
 * The system's sites, for system administrators only:
 *   GET  /api/v1/admin/system/sites              → AdminSite[] (every site, with hostnames)
 *   POST /api/v1/admin/sites         CreateSite  → 201 { site: AdminSite, categories }
 *   PUT  /api/v1/admin/sites/{site}  UpdateSite  → AdminSite
 * The site service checks the system's rules, audits and raises the site-state version in
 * the writing transaction; this process's registry is reloaded after it, so the new host
 * answers with the next request, and the other processes follow within a second.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { adminSiteListSchema, adminSiteSchema, createdSiteSchema, createSiteSchema, updateSiteSchema, type CreatedSite } from '../../../contract/sites.js';
import type { Database } from '../../../db/schema.js';
import { createSite, presentSite, updateSite, type SiteAdminActor, type SiteRegistry, type SiteState } from '../../../sites/index.js';
import { editorialRoute } from '../operation.js';
import { parseBody } from '../validation.js';
import { auditActor, noStore, requireSystemAdmin, siteParams } from './http.js';

export interface SitesRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  siteState: Pick<SiteState, 'changed'>;
}

function systemAdmin(request: FastifyRequest): SiteAdminActor {
  const auth = requireSystemAdmin(request, 'tạo và sửa cổng thông tin');
  return { ...auditActor(request, auth), isSystemAdmin: true };
}

export function sitesRoutes(app: FastifyInstance, opts: SitesRouteOptions): void {
  const { db, registry, siteState } = opts;
  const adminSite = { name: 'AdminSite', schema: adminSiteSchema };

  app.get(
    '/api/v1/admin/system/sites',
    editorialRoute({
      operationId: 'listSystemSites', tag: 'accounts', session: 'required',
      summary: 'Mọi cổng của hệ thống với loại, cổng cấp trên và tên miền (chỉ quản trị hệ thống)',
      success: { status: 200, description: 'AdminSite[]', body: { name: 'AdminSiteList', schema: adminSiteListSchema } },
      errors: [401, 403],
    }),
    async (request, reply) => {
      systemAdmin(request);
      const sites = registry.all();
      return noStore(reply).send(sites.map((s) => presentSite(s, sites)));
    },
  );

  app.post(
    '/api/v1/admin/sites',
    editorialRoute({
      operationId: 'createSite', tag: 'accounts', session: 'required',
      summary: 'Tạo cổng thông tin với các chuyên mục mẫu của loại cổng (chỉ quản trị hệ thống; 409 khi mã cổng hoặc tên miền đã dùng)',
      body: createSiteSchema,
      success: { status: 201, description: '{ site: AdminSite, categories }', body: { name: 'CreatedSite', schema: createdSiteSchema } },
      errors: [400, 401, 403, 409],
    }),
    async (request, reply) => {
      const actor = systemAdmin(request);
      const input = parseBody(createSiteSchema, request.body);
      const { site, categories } = await createSite(db, input, actor);
      await siteState.changed();
      return noStore(reply).code(201).send({ site: presentSite(site, registry.all()), categories } satisfies CreatedSite);
    },
  );

  app.put(
    '/api/v1/admin/sites/:site',
    editorialRoute({
      operationId: 'updateSite', tag: 'accounts', session: 'required',
      summary: 'Sửa cổng thông tin: tên, loại, cổng cấp trên, tên miền, liên hệ (chỉ quản trị hệ thống; mã cổng không đổi)',
      params: [siteParams], body: updateSiteSchema,
      success: { status: 200, description: 'AdminSite', body: adminSite },
      errors: [400, 401, 403, 404, 409],
    }),
    async (request, reply) => {
      const actor = systemAdmin(request);
      const { site: slug } = parseBody(siteParams, request.params);
      const input = parseBody(updateSiteSchema, request.body);
      const site = await updateSite(db, slug, input, actor);
      await siteState.changed();
      return noStore(reply).send(presentSite(site, registry.all()));
    },
  );
}
