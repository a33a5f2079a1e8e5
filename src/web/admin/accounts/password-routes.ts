/**
 * POST /api/v1/auth/password { currentPassword, newPassword } → 204.
 * At least 12 characters, not the username, not a common password; the person's
 * other sessions end, this one goes on. Also how a temporary password is replaced.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { changeOwnPassword } from '../../../accounts/index.js';
import { changePasswordSchema } from '../../../contract/auth.js';
import type { Database } from '../../../db/schema.js';
import { requireAuth } from '../auth-context.js';
import { editorialRoute } from '../operation.js';
import { parseBody } from '../validation.js';

export function passwordRoutes(app: FastifyInstance, opts: { db: Kysely<Database> }): void {
  app.post(
    '/api/v1/auth/password',
    editorialRoute({
      operationId: 'changePassword', tag: 'auth', session: 'required',
      summary: 'Đổi mật khẩu của chính mình',
      description: 'Mật khẩu mới ít nhất 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Các phiên khác của người này kết thúc. Mật khẩu hiện tại sai được tính vào lần khóa tài khoản.',
      body: changePasswordSchema,
      success: { status: 204, description: 'Đã đổi mật khẩu' },
      errors: [400, 401, 403, 429],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const input = parseBody(changePasswordSchema, request.body);
      const who = { id: auth.user.id, username: auth.user.username, ip: request.ip, sessionToken: auth.token };
      await changeOwnPassword(opts.db, who, input);
      return reply.code(204).send();
    },
  );
}
