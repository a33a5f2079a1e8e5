/**
 * POST /api/v1/auth/password { currentPassword, newPassword } → 204.
 * At least 12 characters, not the username, not a common password; the person's
 * other sessions end, this one goes on. Also how a temporary password is replaced.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { changeOwnPassword } from '../../../accounts/index.js';
import type { Database } from '../../../db/schema.js';
import { requireAuth } from '../auth-context.js';
import { parseBody } from '../validation.js';
import { mapped } from './http.js';

export const changeSchema = z.object({
  currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại').max(1000),
  newPassword: z.string().min(1, 'Hãy nhập mật khẩu mới').max(1000),
});

export async function passwordRoutes(app: FastifyInstance, opts: { db: Kysely<Database> }): Promise<void> {
  app.post('/api/v1/auth/password', async (request, reply) => {
    const auth = requireAuth(request);
    const input = parseBody(changeSchema, request.body);
    const who = { id: auth.user.id, username: auth.user.username, ip: request.ip, sessionToken: auth.token };
    await mapped(reply, changeOwnPassword(opts.db, who, input));
    return reply.code(204).send();
  });
}
