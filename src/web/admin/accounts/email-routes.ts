/**
 * PUT /api/v1/auth/email { currentPassword, email } → { email }.
 * A person's own e-mail address, changed only with their current password (400 on
 * `currentPassword` when wrong, counted towards the lockout); audited as email_changed.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { changeOwnEmail, EMAIL_MAX_LENGTH } from '../../../accounts/index.js';
import type { Database } from '../../../db/schema.js';
import { requireAuth } from '../auth-context.js';
import { parseBody } from '../validation.js';
import { mapped, noStore, sessionPerson } from './http.js';

export const emailSchema = z.object({
  currentPassword: z.string({ required_error: 'Hãy nhập mật khẩu hiện tại' }).min(1, 'Hãy nhập mật khẩu hiện tại').max(1000),
  email: z.string({ required_error: 'Hãy nhập địa chỉ thư điện tử' }).trim().min(1, 'Hãy nhập địa chỉ thư điện tử').max(EMAIL_MAX_LENGTH, `Tối đa ${EMAIL_MAX_LENGTH} ký tự`),
});

export async function emailRoutes(app: FastifyInstance, opts: { db: Kysely<Database> }): Promise<void> {
  app.put('/api/v1/auth/email', async (request, reply) => {
    const auth = requireAuth(request);
    const input = parseBody(emailSchema, request.body);
    const email = await mapped(reply, changeOwnEmail(opts.db, sessionPerson(request, auth), input));
    return noStore(reply).send({ email });
  });
}
