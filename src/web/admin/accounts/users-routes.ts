/**
 * Accounts, for system administrators only:
 *   GET  /api/v1/admin/users?q=&page=            → { items: AdminUser[], total, page, pageSize }
 *   POST /api/v1/admin/users { username, displayName, isSystemAdmin? }
 *                                                → 201 { user: AdminUser, temporaryPassword }
 *   POST /api/v1/admin/users/{id}/reset-password → { temporaryPassword }
 * Temporary passwords are shown once and must be changed at the next sign-in.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createAccount, listUsers, resetPasswordById, USERNAME_PATTERN, USERNAME_RULE } from '../../../accounts/index.js';
import type { Database, UserRow } from '../../../db/schema.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { parseBody } from '../validation.js';
import { auditActor, idSchema, mapped, noStore, pageSchema, requireSystemAdmin } from './http.js';

export const USERS_PAGE_SIZE = 50;

export const listQuery = z.object({ q: z.string().trim().max(100).optional(), page: pageSchema });
export const userParams = z.object({ id: idSchema });
export const createSchema = z.object({
  username: z.string().max(100, USERNAME_RULE).trim().toLowerCase().regex(USERNAME_PATTERN, USERNAME_RULE),
  displayName: z.string().trim().min(1, 'Hãy nhập họ và tên').max(200, 'Tối đa 200 ký tự'),
  isSystemAdmin: z.boolean().default(false),
});

export interface UsersRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
}

export async function usersRoutes(app: FastifyInstance, opts: UsersRouteOptions): Promise<void> {
  const { db, registry } = opts;

  /** Accounts as the administration screen shows them, with their roles per site. */
  async function present(rows: UserRow[]) {
    const ids = rows.map((r) => r.id);
    const grants = ids.length === 0 ? [] : await db.selectFrom('site_roles').select(['user_id', 'site_id', 'role']).where('user_id', 'in', ids).execute();
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      email: u.email,
      isSystemAdmin: u.is_system_admin === 1,
      status: u.status,
      totpEnabled: u.totp_enabled_at !== null,
      mustChangePassword: u.must_change_password === 1,
      lockedUntil: u.locked_until !== null && u.locked_until > new Date().toISOString() ? u.locked_until : null,
      createdAt: u.created_at,
      roles: grants
        .filter((g) => g.user_id === u.id)
        .map((g) => {
          const site = registry.byIdOrUndefined(g.site_id);
          return { siteId: g.site_id, siteSlug: site?.slug ?? '', siteName: site?.name ?? '', role: g.role };
        }),
    }));
  }

  app.get('/api/v1/admin/users', async (request, reply) => {
    requireSystemAdmin(request);
    const { q, page } = parseBody(listQuery, request.query);
    const { rows, total } = await listUsers(db, { q, limit: USERS_PAGE_SIZE, offset: (page - 1) * USERS_PAGE_SIZE });
    return noStore(reply).send({ items: await present(rows), total, page, pageSize: USERS_PAGE_SIZE });
  });

  app.post('/api/v1/admin/users', async (request, reply) => {
    const auth = requireSystemAdmin(request);
    const input = parseBody(createSchema, request.body);
    const { user, password } = await mapped(reply, createAccount(db, input, auditActor(request, auth)));
    const [presented] = await present([user]);
    return noStore(reply).code(201).send({ user: presented, temporaryPassword: password });
  });

  app.post('/api/v1/admin/users/:id/reset-password', async (request, reply) => {
    const auth = requireSystemAdmin(request);
    const { id } = parseBody(userParams, request.params);
    const temporaryPassword = await mapped(reply, resetPasswordById(db, id, auditActor(request, auth)));
    return noStore(reply).send({ temporaryPassword });
  });
}
