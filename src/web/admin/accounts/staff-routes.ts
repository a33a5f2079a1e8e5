/**
 * A site's editorial staff (action manage_staff: that site's administrators and system
 * administrators):
 *   GET    /api/v1/admin/sites/{site}/staff           → { items: [{ userId, username, displayName, role, roleLabel, grantedAt }] }
 *   PUT    /api/v1/admin/sites/{site}/staff/{userId}  { role } → the entry (grant or change)
 *   DELETE /api/v1/admin/sites/{site}/staff/{userId}  → 204
 * Only site roles can be given; nobody becomes system administrator here. A site
 * administrator does not change their own role (so a site is not left without one by mistake).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { removeSiteRole, setSiteRole, staffOf } from '../../../accounts/index.js';
import { memberParams, roleInputSchema, staffEntrySchema, staffListSchema, type StaffEntry } from '../../../contract/accounts.js';
import type { Database } from '../../../db/schema.js';
import { ROLE_LABELS } from '../../../editorial/roles.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { HttpError } from '../../http-error.js';
import { authorize } from '../auth-context.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { parseBody } from '../validation.js';
import { auditActor, noStore, siteParams } from './http.js';

export interface StaffRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
}

export function staffRoutes(app: FastifyInstance, opts: StaffRouteOptions): void {
  const { db, registry } = opts;

  function authorizeMember(request: FastifyRequest) {
    const { site: slug, userId } = parseBody(memberParams, request.params);
    const granted = authorize(request, registry, slug, 'manage_staff');
    if (userId === granted.auth.user.id && !granted.auth.user.isSystemAdmin) {
      throw new HttpError(403, 'Không có quyền', 'Bạn không thể tự thay đổi vai trò của chính mình; hãy nhờ một quản trị khác.');
    }
    return { ...granted, userId };
  }

  app.get(
    '/api/v1/admin/sites/:site/staff',
    editorialRoute({
      operationId: 'listStaff', tag: 'accounts', session: 'required',
      summary: 'Những người có vai trò trên cổng',
      params: [siteParams],
      success: { status: 200, description: '{ items: StaffEntry[] }', body: { name: 'StaffList', schema: staffListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const { site } = authorize(request, registry, slug, 'manage_staff');
      const rows = await staffOf(db, site.id);
      const items = rows.map((r): StaffEntry => ({ userId: r.id, username: r.username, displayName: r.displayName, role: r.role, roleLabel: ROLE_LABELS[r.role], grantedAt: r.grantedAt }));
      return noStore(reply).send({ items });
    },
  );

  app.put(
    '/api/v1/admin/sites/:site/staff/:userId',
    editorialRoute({
      operationId: 'setStaffRole', tag: 'accounts', session: 'required',
      summary: 'Cấp hoặc đổi vai trò của một người trên cổng',
      params: [memberParams], body: roleInputSchema,
      success: { status: 200, description: 'StaffEntry', body: { name: 'StaffEntry', schema: staffEntrySchema } },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const { site, auth, userId } = authorizeMember(request);
      const { role } = parseBody(roleInputSchema, request.body);
      const change = await setSiteRole(db, site, userId, role, auditActor(request, auth));
      const row = (await staffOf(db, site.id)).find((r) => r.id === userId);
      return noStore(reply).send({
        userId,
        username: change.username,
        displayName: row?.displayName ?? change.username,
        role,
        roleLabel: ROLE_LABELS[role],
        grantedAt: row?.grantedAt ?? null,
      } satisfies StaffEntry);
    },
  );

  app.delete(
    '/api/v1/admin/sites/:site/staff/:userId',
    editorialRoute({
      operationId: 'removeStaffRole', tag: 'accounts', session: 'required',
      summary: 'Thu hồi vai trò của một người trên cổng (404 khi người đó không có vai trò)',
      params: [memberParams],
      success: { status: 204, description: 'Đã thu hồi' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const { site, auth, userId } = authorizeMember(request);
      await removeSiteRole(db, site, userId, auditActor(request, auth));
      return reply.code(204).send();
    },
  );
}
