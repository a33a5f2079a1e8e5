/**
 * CSRF protection for every state-changing editorial request: the header
 * X-CSRF-Token must equal the session's token (synchronizer token pattern; the
 * session cookie is also SameSite=Lax). Login is the one exception: it has no session yet.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../http-error.js';
import { isEditorialPath } from './auth-context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const EXEMPT = new Set(['/api/v1/auth/login']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Throws 403 when a state-changing editorial request lacks its session's token. */
function checkCsrfToken(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || !isEditorialPath(request.url)) return;
  const path = request.url.split('?', 1)[0] ?? '';
  if (EXEMPT.has(path)) return;
  const state = request.auth ?? request.pendingAuth;
  if (state === null) return; // the route answers 401 itself
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !sameToken(header, state.session.csrf_token)) {
    throw new HttpError(403, 'Thiếu mã bảo vệ', 'Yêu cầu bị từ chối vì thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.');
  }
}

export const csrfProtection = fp(function csrfProtection(app: FastifyInstance) {
  // A hook that throws before calling done() fails the request with that error.
  app.addHook('preHandler', (request, _reply, done) => {
    checkCsrfToken(request);
    done();
  });
});
