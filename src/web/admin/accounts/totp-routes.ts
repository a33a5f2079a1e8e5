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
import { codeSchema, passwordSchema, recoveryCodesSchema, sessionAnswerSchema, totpEnrolmentSchema, type RecoveryCodes, type SessionAnswer, type TotpEnrolment } from '../../../contract/auth.js';
import { completeSignIn, confirmEnrolment, disableTotp, LOCK_MINUTES, regenerateRecoveryCodes, startEnrolment, type SecretBox } from '../../../accounts/index.js';
import type { Database } from '../../../db/schema.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { HttpError } from '../../http-error.js';
import { requireAuth } from '../auth-context.js';
import type { SessionCookie } from '../auth-cookie.js';
import { publicUser } from '../auth-routes.js';
import { editorialRoute } from '../operation.js';
import { registerSignInLimit, signInLimited, type SignInLimitOptions } from '../sign-in-limit.js';
import { parseBody } from '../validation.js';
import { noStore, sessionPerson } from './http.js';

export interface TotpRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  box: SecretBox;
  cookie: SessionCookie;
  signInLimit: SignInLimitOptions;
}

const RECOVERY_CODES = { name: 'RecoveryCodes', schema: recoveryCodesSchema };

export async function totpRoutes(app: FastifyInstance, opts: TotpRouteOptions): Promise<void> {
  const ctx = { db: opts.db, box: opts.box };
  await registerSignInLimit(app, opts.signInLimit);

  app.post(
    '/api/v1/auth/totp/enroll',
    editorialRoute({
      operationId: 'startTotpEnrolment', tag: 'auth', session: 'required',
      summary: 'Bắt đầu bật xác thực hai lớp (cần mật khẩu): tạo khóa bí mật mới (chưa có hiệu lực)',
      description: 'Mật khẩu sai: 400 (trường password), được tính vào lần khóa tài khoản.',
      body: passwordSchema,
      success: { status: 200, description: '{ secret, otpauthUrl, qrSvg }', body: { name: 'TotpEnrolment', schema: totpEnrolmentSchema } },
      errors: [400, 401, 403, 409, 429],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const { password } = parseBody(passwordSchema, request.body);
      const issuer = opts.registry.root()?.name ?? 'govportal';
      const enrolment = await startEnrolment(ctx, sessionPerson(request, auth), password, issuer);
      return noStore(reply).send(enrolment satisfies TotpEnrolment);
    },
  );

  app.post(
    '/api/v1/auth/totp/confirm',
    editorialRoute({
      operationId: 'confirmTotpEnrolment', tag: 'auth', session: 'required',
      summary: 'Xác nhận bật xác thực hai lớp bằng mã đầu tiên; nhận mười mã khôi phục',
      body: codeSchema,
      success: { status: 200, description: '{ recoveryCodes: string[] } (chỉ hiện một lần)', body: RECOVERY_CODES },
      errors: [400, 401, 403, 409],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const { code } = parseBody(codeSchema, request.body);
      const recoveryCodes = await confirmEnrolment(ctx, sessionPerson(request, auth), code);
      return noStore(reply).send({ recoveryCodes } satisfies RecoveryCodes);
    },
  );

  app.post(
    '/api/v1/auth/totp',
    editorialRoute(
      {
        operationId: 'completeTotpSignIn', tag: 'auth', session: 'required',
        summary: 'Hoàn tất đăng nhập bằng mã TOTP hoặc mã khôi phục',
        description: 'Với phiên đang chờ xác thực hai lớp. Mã sai: 401 kèm số lần thử còn lại; lần sai thứ năm hủy phiên và khóa tài khoản (429). 409 khi phiên đã xác thực xong.',
        body: codeSchema,
        success: { status: 200, description: '{ user, csrfToken }', body: { name: 'SessionAnswer', schema: sessionAnswerSchema } },
        errors: [400, 401, 403, 409, 429],
      },
      signInLimited(opts.signInLimit),
    ),
    async (request, reply) => {
      const pending = request.pendingAuth;
      if (pending === null) {
        if (request.auth !== null) throw new HttpError(409, 'Đã xác thực', 'Phiên đăng nhập này đã hoàn tất xác thực hai lớp.');
        throw new HttpError(401, 'Chưa đăng nhập', 'Vui lòng đăng nhập bằng tên và mật khẩu trước khi nhập mã xác thực.');
      }
      const { code } = parseBody(codeSchema, request.body);
      const outcome = await completeSignIn(ctx, sessionPerson(request, pending), code);
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
      return noStore(reply).send({ user: publicUser(pending.user, opts.registry), csrfToken: pending.session.csrf_token } satisfies SessionAnswer);
    },
  );

  app.post(
    '/api/v1/auth/totp/recovery-codes',
    editorialRoute({
      operationId: 'regenerateRecoveryCodes', tag: 'auth', session: 'required',
      summary: 'Tạo mười mã khôi phục mới thay cho các mã cũ (cần mật khẩu)',
      body: passwordSchema,
      success: { status: 200, description: '{ recoveryCodes: string[] } (chỉ hiện một lần)', body: RECOVERY_CODES },
      errors: [400, 401, 403, 409, 429],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const { password } = parseBody(passwordSchema, request.body);
      const recoveryCodes = await regenerateRecoveryCodes(ctx, sessionPerson(request, auth), password);
      return noStore(reply).send({ recoveryCodes } satisfies RecoveryCodes);
    },
  );

  app.post(
    '/api/v1/auth/totp/disable',
    editorialRoute({
      operationId: 'disableTotp', tag: 'auth', session: 'required',
      summary: 'Tắt xác thực hai lớp (xóa cả các mã khôi phục)',
      body: passwordSchema,
      success: { status: 204, description: 'Đã tắt xác thực hai lớp' },
      errors: [400, 401, 403, 409, 429],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const { password } = parseBody(passwordSchema, request.body);
      await disableTotp(ctx, sessionPerson(request, auth), password);
      return reply.code(204).send();
    },
  );
}
