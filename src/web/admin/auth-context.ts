/**
 * Who is asking. For editorial paths the session cookie is resolved to a user with
 * their per-site roles (and the request noted on the session, so that it does not idle
 * out); `authorize` then checks one action on one site against the permission table
 * (editorial/workflow.ts) and answers 401 or 403 otherwise.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { findLiveSession, rolesOf, touchSession, type SiteRoleGrant } from '../../accounts/index.js';
import type { Database, SessionRow } from '../../db/schema.js';
import type { SiteRole } from '../../editorial/roles.js';
import { can, type Action, type Actor, type ArticleFacts } from '../../editorial/workflow.js';
import type { Site, SiteRegistry } from '../../sites/index.js';
import { HttpError } from '../http-error.js';
import { sessionCookie, type SessionCookieConfig } from './auth-cookie.js';

export { SESSION_COOKIE } from './auth-cookie.js';

export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  isSystemAdmin: boolean;
  totpEnabled: boolean;
  /** Signed in with a temporary password: only /api/v1/auth/* answers until it is changed. */
  mustChangePassword: boolean;
  roles: SiteRoleGrant[];
}

export interface AuthState {
  user: AuthUser;
  session: SessionRow;
  /** The raw cookie token (needed to revoke or upgrade this session). */
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for editorial paths when a live, fully authenticated session is present. */
    auth: AuthState | null;
    /** A live session still waiting for its second factor. */
    pendingAuth: AuthState | null;
  }
}

/** Paths where sessions matter; public pages never look at the cookie. */
export function isEditorialPath(url: string): boolean {
  return url.startsWith('/api/v1/admin') || url.startsWith('/api/v1/auth') || url === '/admin' || url.startsWith('/admin/');
}

export const authContext = fp(function authContext(app: FastifyInstance, opts: { db: Kysely<Database>; config: SessionCookieConfig }) {
  const cookie = sessionCookie(opts.config);
  app.decorateRequest('auth', null);
  app.decorateRequest('pendingAuth', null);
  app.addHook('onRequest', async (request) => {
    if (!isEditorialPath(request.url)) return;
    const token = cookie.read(request);
    if (token === undefined) return;
    const now = new Date();
    const found = await findLiveSession(opts.db, token, now);
    if (found === undefined) return;
    const { session, user } = found;
    await touchSession(opts.db, session, now);
    const state: AuthState = {
      token,
      session,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        email: user.email,
        isSystemAdmin: user.is_system_admin === 1,
        totpEnabled: user.totp_enabled_at !== null,
        mustChangePassword: user.must_change_password === 1,
        roles: await rolesOf(opts.db, user.id),
      },
    };
    if (session.second_factor_done === 1) request.auth = state;
    else request.pendingAuth = state;
  });
});

export function requireAuth(request: FastifyRequest): AuthState {
  if (request.auth === null && request.pendingAuth !== null) {
    throw new HttpError(401, 'Cần mã xác thực hai lớp', 'Vui lòng nhập mã 6 chữ số trên ứng dụng xác thực (hoặc một mã khôi phục) để hoàn tất đăng nhập.');
  }
  if (request.auth === null) throw new HttpError(401, 'Chưa đăng nhập', 'Vui lòng đăng nhập để tiếp tục.');
  return request.auth;
}

export function roleOn(user: AuthUser, siteId: number): SiteRole | undefined {
  return user.roles.find((r) => r.siteId === siteId)?.role;
}

export function actorOf(user: AuthUser, siteId: number): Actor {
  return { userId: user.id, isSystemAdmin: user.isSystemAdmin, role: roleOn(user, siteId) };
}

/**
 * The site named by slug, if the signed-in user may do `action` there (and on
 * `article`, when given). 401 without a session; 404 for an unknown site; 403 otherwise.
 */
export function authorize(request: FastifyRequest, registry: SiteRegistry, siteSlug: string, action: Action, article?: ArticleFacts): { site: Site; actor: Actor; auth: AuthState } {
  const auth = requireAuth(request);
  const site = registry.bySlugOrUndefined(siteSlug);
  if (site === undefined) throw new HttpError(404, 'Không tìm thấy cổng', `Không có cổng thông tin "${siteSlug}".`);
  const actor = actorOf(auth.user, site.id);
  if (!can(actor, action, article)) {
    throw new HttpError(403, 'Không có quyền', 'Tài khoản của bạn không có quyền thực hiện thao tác này trên cổng thông tin này.');
  }
  return { site, actor, auth };
}
