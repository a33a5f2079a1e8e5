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
import { createAccount, listUsers, resetPasswordById } from '../../../accounts/index.js';
import {
  adminUserPageSchema,
  createdUserSchema,
  createUserSchema,
  temporaryPasswordSchema,
  userParams,
  USERS_PAGE_SIZE,
  usersListQuery,
  type AdminUser,
  type AdminUserPage,
  type CreatedUser,
} from '../../../contract/accounts.js';
import type { Database, UserRow } from '../../../db/schema.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { editorialRoute } from '../operation.js';
import { parseBody } from '../validation.js';
import { auditActor, noStore, requireSystemAdmin } from './http.js';

export { USERS_PAGE_SIZE };

export interface UsersRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
}

export function usersRoutes(app: FastifyInstance, opts: UsersRouteOptions): void {
  const { db, registry } = opts;

  /** Accounts as the administration screen shows them, with their roles per site. */
  async function present(rows: UserRow[]): Promise<AdminUser[]> {
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

  app.get(
    '/api/v1/admin/users',
    editorialRoute({
      operationId: 'listUsers', tag: 'accounts', session: 'required',
      summary: 'Danh sách tài khoản (chỉ quản trị hệ thống)',
      query: usersListQuery,
      success: { status: 200, description: '{ items: AdminUser[], total, page, pageSize }', body: { name: 'AdminUserPage', schema: adminUserPageSchema } },
      errors: [400, 401, 403],
    }),
    async (request, reply) => {
      requireSystemAdmin(request);
      const { q, page } = parseBody(usersListQuery, request.query);
      const { rows, total } = await listUsers(db, { q, limit: USERS_PAGE_SIZE, offset: (page - 1) * USERS_PAGE_SIZE });
      return noStore(reply).send({ items: await present(rows), total, page, pageSize: USERS_PAGE_SIZE } satisfies AdminUserPage);
    },
  );

  app.post(
    '/api/v1/admin/users',
    editorialRoute({
      operationId: 'createUser', tag: 'accounts', session: 'required',
      summary: 'Tạo tài khoản với mật khẩu tạm thời (chỉ quản trị hệ thống; 409 khi tên đã dùng)',
      body: createUserSchema,
      success: { status: 201, description: '{ user: AdminUser, temporaryPassword } (mật khẩu chỉ hiện một lần)', body: { name: 'CreatedUser', schema: createdUserSchema } },
      errors: [400, 401, 403, 409],
    }),
    async (request, reply) => {
      const auth = requireSystemAdmin(request);
      const input = parseBody(createUserSchema, request.body);
      const { user, password } = await createAccount(db, input, auditActor(request, auth));
      const [presented] = await present([user]);
      if (presented === undefined) throw new Error('createAccount returned no account');
      return noStore(reply).code(201).send({ user: presented, temporaryPassword: password } satisfies CreatedUser);
    },
  );

  app.post(
    '/api/v1/admin/users/:id/reset-password',
    editorialRoute({
      operationId: 'resetUserPassword', tag: 'accounts', session: 'required',
      summary: 'Đặt lại mật khẩu tạm thời cho một tài khoản; mọi phiên của người đó kết thúc',
      params: [userParams],
      success: { status: 200, description: '{ temporaryPassword } (chỉ hiện một lần)', body: { name: 'TemporaryPassword', schema: temporaryPasswordSchema } },
      errors: [400, 401, 403, 404, 409],
    }),
    async (request, reply) => {
      const auth = requireSystemAdmin(request);
      const { id } = parseBody(userParams, request.params);
      const temporaryPassword = await resetPasswordById(db, id, auditActor(request, auth));
      return noStore(reply).send({ temporaryPassword });
    },
  );
}
