/**
 * What the account routes share: who is acting as the audit log names them, and the
 * system-admin check. (The services' refusals reach the one error mapping, error-info.ts, as they are.)
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditActor, SessionPerson } from '../../../accounts/index.js';
import { HttpError } from '../../http-error.js';
import { requireAuth, type AuthState } from '../auth-context.js';

export { siteParams } from '../../../contract/common.js';

export function auditActor(request: FastifyRequest, auth: AuthState): AuditActor {
  return { actorId: auth.user.id, actorName: auth.user.username, ip: request.ip };
}

export function sessionPerson(request: FastifyRequest, state: AuthState): SessionPerson {
  return { id: state.user.id, username: state.user.username, ip: request.ip, sessionToken: state.token };
}

/** The signed-in system administrator; 403 for anyone else, saying what only they may do. */
export function requireSystemAdmin(request: FastifyRequest, onlyThey = 'quản lý tài khoản'): AuthState {
  const auth = requireAuth(request);
  if (!auth.user.isSystemAdmin) {
    throw new HttpError(403, 'Không có quyền', `Chỉ quản trị hệ thống mới được ${onlyThey}.`);
  }
  return auth;
}

/** Answers that carry a secret shown once must never be stored by a browser or a proxy. */
export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store');
}
