/**
 * Security headers on every response: a strict CSP (no inline script or style;
 * JSON-LD is data, not script), no sniffing, no framing by other origins. In
 * production also HSTS for a year, subdomains included: every portal of the province
 * is served over https only, so a browser never sends a request (or a cookie) in clear.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeaders = fp(function securityHeaders(app: FastifyInstance, opts: { config: Pick<Config, 'env'> }) {
  const production = opts.config.env === 'production';
  app.addHook('onSend', async (_request, reply, payload) => {
    if (production) reply.header('Strict-Transport-Security', HSTS);
    // A route may set a stricter policy of its own (uploaded media: `sandbox`); keep it.
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'SAMEORIGIN');
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    return payload;
  });
});
