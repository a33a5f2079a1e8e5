/** /api/v1/auth: log in (with lockout), who am I, log out. Two-factor steps build on these. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { checkLogin, createSession, LOCK_MINUTES, revokeSession } from '../../accounts/index.js';
import { recordAudit } from '../../audit/audit.js';
import { loginAnswerSchema, loginSchema, sessionAnswerSchema, type LoginAnswer, type SessionAnswer, type SessionUser } from '../../contract/auth.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { SiteRegistry } from '../../sites/index.js';
import { HttpError } from '../http-error.js';
import { requireAuth, type AuthUser } from './auth-context.js';
import { sessionCookie, type SessionCookieConfig } from './auth-cookie.js';
import { editorialRoute } from './operation.js';
import { registerSignInLimit, signInLimited, type SignInLimitOptions } from './sign-in-limit.js';
import { parseBody } from './validation.js';

export interface AuthRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  config: SessionCookieConfig;
  signInLimit: SignInLimitOptions;
}

export function publicUser(user: AuthUser, registry: SiteRegistry): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    isSystemAdmin: user.isSystemAdmin,
    totpEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
    roles: user.roles.map((r) => {
      const site = registry.byIdOrUndefined(r.siteId);
      return { siteId: r.siteId, siteSlug: site?.slug ?? '', siteName: site?.name ?? '', role: r.role };
    }),
  };
}

function clientMeta(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

export async function authRoutes(app: FastifyInstance, opts: AuthRouteOptions) {
  const { db, registry } = opts;
  const cookie = sessionCookie(opts.config);
  await registerSignInLimit(app, opts.signInLimit);

  app.post(
    '/api/v1/auth/login',
    editorialRoute(
      {
        operationId: 'login', tag: 'auth', session: 'none',
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        description: 'Đặt cookie gp_session (khi chạy production: __Host-gp_session, Secure). Phiên hết hạn sau 8 giờ, hoặc sau 30 phút không có yêu cầu nào. Khi tài khoản bật xác thực hai lớp, needsTotp là true và phiên chỉ dùng được cho POST /auth/totp, trong 5 phút. 429 khi tài khoản bị tạm khóa hoặc địa chỉ đăng nhập quá nhiều lần (kèm Retry-After).',
        body: loginSchema,
        success: { status: 200, description: '{ user, csrfToken, needsTotp }', body: { name: 'LoginAnswer', schema: loginAnswerSchema } },
        errors: [400, 401, 429],
      },
      signInLimited(opts.signInLimit),
    ),
    async (request, reply) => {
      const { username, password } = parseBody(loginSchema, request.body);
      const ip = request.ip;
      // A refusal is counted and audited in one transaction (accounts/login.ts).
      const outcome = await checkLogin(db, username, password, undefined, 'sign_in', async (trx, refused) => {
        if (refused.kind === 'locked') {
          await recordAudit(trx, { action: 'login_failed', actorId: refused.user.id, actorName: username, ip, details: { reason: 'locked' } });
          return;
        }
        await recordAudit(trx, { action: 'login_failed', actorId: refused.user?.id ?? null, actorName: username, ip });
        if (refused.lockedNow && refused.user) await recordAudit(trx, { action: 'account_locked', actorId: refused.user.id, actorName: username, ip });
      });
      if (outcome.kind === 'locked') {
        const retryAfter = Math.max(1, Math.ceil((Date.parse(outcome.until) - Date.now()) / 1000));
        reply.header('Retry-After', String(retryAfter));
        throw new HttpError(429, 'Tài khoản tạm khóa', `Tài khoản bị tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${LOCK_MINUTES} phút.`);
      }
      if (outcome.kind === 'wrong') {
        throw new HttpError(401, 'Đăng nhập không thành công', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      const { user } = outcome;
      const needsTotp = user.totp_enabled_at !== null;
      // The session and its audit entry commit together (a TOTP account's login is audited at the code step).
      const session = await inTransaction(db, async (trx) => {
        const created = await createSession(trx, user.id, { ...clientMeta(request), secondFactorDone: !needsTotp });
        if (!needsTotp) await recordAudit(trx, { action: 'login', actorId: user.id, actorName: user.username, ip });
        return created;
      });
      cookie.set(reply, session.token);
      const roles = await db.selectFrom('site_roles').select(['site_id', 'role']).where('user_id', '=', user.id).execute();
      const authUser: AuthUser = {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        email: user.email,
        isSystemAdmin: user.is_system_admin === 1,
        totpEnabled: needsTotp,
        mustChangePassword: user.must_change_password === 1,
        roles: roles.map((r) => ({ siteId: r.site_id, role: r.role })),
      };
      return reply.send({ user: publicUser(authUser, registry), csrfToken: session.csrfToken, needsTotp } satisfies LoginAnswer);
    },
  );

  app.get(
    '/api/v1/auth/me',
    editorialRoute({
      operationId: 'getCurrentUser', tag: 'auth', session: 'required',
      summary: 'Người đang đăng nhập và mã chống giả mạo (CSRF) của phiên',
      success: { status: 200, description: '{ user, csrfToken }', body: { name: 'SessionAnswer', schema: sessionAnswerSchema } },
      errors: [401],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      reply.header('Cache-Control', 'no-store');
      return reply.send({ user: publicUser(auth.user, registry), csrfToken: auth.session.csrf_token } satisfies SessionAnswer);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    editorialRoute({
      operationId: 'logout', tag: 'auth', session: 'optional',
      summary: 'Đăng xuất (hủy phiên, xóa cookie)',
      success: { status: 204, description: 'Đã đăng xuất' },
      errors: [403],
    }),
    async (request, reply) => {
      const state = request.auth ?? request.pendingAuth;
      if (state !== null) {
        await inTransaction(db, async (trx) => {
          await revokeSession(trx, state.token);
          await recordAudit(trx, { action: 'logout', actorId: state.user.id, actorName: state.user.username, ip: request.ip });
        });
      }
      cookie.clear(reply);
      return reply.code(204).send();
    },
  );
}
