/**
 * PUT /api/v1/auth/email { currentPassword, email } → { email }.
 * A person's own e-mail address, changed only with their current password (400 on
 * `currentPassword` when wrong, counted towards the lockout); audited as email_changed.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { changeOwnEmail } from '../../../accounts/index.js';
import { changeEmailSchema, emailAnswerSchema } from '../../../contract/auth.js';
import type { Database } from '../../../db/schema.js';
import { requireAuth } from '../auth-context.js';
import { editorialRoute } from '../operation.js';
import { parseBody } from '../validation.js';
import { noStore, sessionPerson } from './http.js';

export function emailRoutes(app: FastifyInstance, opts: { db: Kysely<Database> }): void {
  app.put(
    '/api/v1/auth/email',
    editorialRoute({
      operationId: 'changeEmail', tag: 'auth', session: 'required',
      summary: 'Đổi địa chỉ thư điện tử của chính mình (cần mật khẩu hiện tại)',
      description: 'Mật khẩu hiện tại sai: 400 (trường currentPassword), được tính vào lần khóa tài khoản.',
      body: changeEmailSchema,
      success: { status: 200, description: '{ email }', body: { name: 'EmailAnswer', schema: emailAnswerSchema } },
      errors: [400, 401, 403, 429],
    }),
    async (request, reply) => {
      const auth = requireAuth(request);
      const input = parseBody(changeEmailSchema, request.body);
      const email = await changeOwnEmail(opts.db, sessionPerson(request, auth), input);
      return noStore(reply).send({ email });
    },
  );
}
