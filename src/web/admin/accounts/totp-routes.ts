/**
 * Two-factor sign-in over HTTP:
 *   POST /api/v1/auth/totp/enroll          { password } → { secret, otpauthUrl, qrSvg }  (signed in)
 *   POST /api/v1/auth/totp/confirm         { code } → { recoveryCodes }                  (signed in)
 *   POST /api/v1/auth/totp                 { code } → { user, csrfToken }                (pending session)
 *   POST /api/v1/auth/totp/recovery-codes  { password } → { recoveryCodes }              (signed in)
 *   POST /api/v1/auth/totp/disable         { password } → 204                            (signed in)
 * A wrong code answers 401 with the attempts left; the fifth revokes the pending
 * session and locks the account (429 with Retry-After from then on). A wrong password
 * is 400 on the field `password` and counts towards the same lockout.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { completeSignIn, confirmEnrolment, disableTotp, LOCK_MINUTES, regenerateRecoveryCodes, startEnrolment, type SecretBox } from '../../../accounts/index.js';
import type { Database } from '../../../db/schema.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { HttpError } from '../../http-error.js';
import { requireAuth } from '../auth-context.js';
import type { SessionCookie } from '../auth-cookie.js';
import { publicUser } from '../auth-routes.js';
import { registerSignInLimit, signInLimited, type SignInLimitOptions } from '../sign-in-limit.js';
import { parseBody } from '../validation.js';
import { mapped, noStore, sessionPerson } from './http.js';

export interface TotpRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  box: SecretBox;
  cookie: SessionCookie;
  signInLimit: SignInLimitOptions;
}

export const codeSchema = z.object({ code: z.string().trim().min(1, 'Hãy nhập mã xác thực').max(64, 'Mã quá dài') });
export const passwordSchema = z.object({ password: z.string({ required_error: 'Hãy nhập mật khẩu' }).min(1, 'Hãy nhập mật khẩu').max(1000) });

export async function totpRoutes(app: FastifyInstance, opts: TotpRouteOptions): Promise<void> {
  const ctx = { db: opts.db, box: opts.box };
  await registerSignInLimit(app, opts.signInLimit);

  app.post('/api/v1/auth/totp/enroll', async (request, reply) => {
    const auth = requireAuth(request);
    const { password } = parseBody(passwordSchema, request.body);
    const issuer = opts.registry.root()?.name ?? 'govportal';
    const enrolment = await mapped(reply, startEnrolment(ctx, sessionPerson(request, auth), password, issuer));
    return noStore(reply).send(enrolment);
  });

  app.post('/api/v1/auth/totp/confirm', async (request, reply) => {
    const auth = requireAuth(request);
    const { code } = parseBody(codeSchema, request.body);
    const recoveryCodes = await mapped(reply, confirmEnrolment(ctx, sessionPerson(request, auth), code));
    return noStore(reply).send({ recoveryCodes });
  });

  app.post('/api/v1/auth/totp', signInLimited(opts.signInLimit), async (request, reply) => {
    const pending = request.pendingAuth;
    if (pending === null) {
      if (request.auth !== null) throw new HttpError(409, 'Đã xác thực', 'Phiên đăng nhập này đã hoàn tất xác thực hai lớp.');
      throw new HttpError(401, 'Chưa đăng nhập', 'Vui lòng đăng nhập bằng tên và mật khẩu trước khi nhập mã xác thực.');
    }
    const { code } = parseBody(codeSchema, request.body);
    const outcome = await mapped(reply, completeSignIn(ctx, sessionPerson(request, pending), code));
    if (outcome.kind === 'locked') {
      opts.cookie.clear(reply);
      reply.header('Retry-After', String(Math.max(1, Math.ceil((Date.parse(outcome.until) - Date.now()) / 1000))));
      throw new HttpError(429, 'Tài khoản tạm khóa', `Tài khoản bị tạm khóa do nhập sai nhiều lần. Vui lòng đăng nhập lại sau ${LOCK_MINUTES} phút.`);
    }
    if (outcome.kind === 'wrong') {
      if (outcome.sessionRevoked) {
        opts.cookie.clear(reply);
        throw new HttpError(401, 'Mã xác thực không đúng', `Nhập sai mã quá nhiều lần: phiên đăng nhập đã bị hủy và tài khoản bị tạm khóa ${LOCK_MINUTES} phút.`);
      }
      const why = outcome.reused
        ? 'Mã này đã được dùng một lần. Hãy chờ ứng dụng hiện mã mới rồi nhập mã đó.'
        : 'Mã xác thực không đúng hoặc đã hết hạn.';
      throw new HttpError(401, 'Mã xác thực không đúng', `${why} Còn ${outcome.attemptsLeft} lần thử.`);
    }
    return noStore(reply).send({ user: publicUser(pending.user, opts.registry), csrfToken: pending.session.csrf_token });
  });

  app.post('/api/v1/auth/totp/recovery-codes', async (request, reply) => {
    const auth = requireAuth(request);
    const { password } = parseBody(passwordSchema, request.body);
    const recoveryCodes = await mapped(reply, regenerateRecoveryCodes(ctx, sessionPerson(request, auth), password));
    return noStore(reply).send({ recoveryCodes });
  });

  app.post('/api/v1/auth/totp/disable', async (request, reply) => {
    const auth = requireAuth(request);
    const { password } = parseBody(passwordSchema, request.body);
    await mapped(reply, disableTotp(ctx, sessionPerson(request, auth), password));
    return reply.code(204).send();
  });
}
