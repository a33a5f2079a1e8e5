/**
 * What the account routes share: the account services' refusals as HTTP answers
 * (once, here), who is acting as the audit log names them, and the system-admin check.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountError, type AuditActor, type SessionPerson } from '../../../accounts/index.js';
import { HttpError } from '../../http-error.js';
import { requireAuth, type AuthState } from '../auth-context.js';
import { domainErrorToHttp } from '../domain-errors.js';

export { siteParams } from '../../../contract/common.js';

export function toHttp(error: AccountError, reply: FastifyReply): HttpError {
  if (error.code === 'locked') {
    const seconds = error.until === undefined ? 60 : Math.ceil((Date.parse(error.until) - Date.now()) / 1000);
    reply.header('Retry-After', String(Math.max(1, seconds)));
  }
  return domainErrorToHttp(error);
}

/** Runs a service call, turning its AccountError into the matching HTTP error. */
export async function mapped<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof AccountError ? toHttp(error, reply) : error;
  }
}

export function auditActor(request: FastifyRequest, auth: AuthState): AuditActor {
  return { actorId: auth.user.id, actorName: auth.user.username, ip: request.ip };
}

export function sessionPerson(request: FastifyRequest, state: AuthState): SessionPerson {
  return { id: state.user.id, username: state.user.username, ip: request.ip, sessionToken: state.token };
}

export function requireSystemAdmin(request: FastifyRequest): AuthState {
  const auth = requireAuth(request);
  if (!auth.user.isSystemAdmin) {
    throw new HttpError(403, 'Không có quyền', 'Chỉ quản trị hệ thống mới được quản lý tài khoản.');
  }
  return auth;
}

/** Answers that carry a secret shown once must never be stored by a browser or a proxy. */
export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store');
}
