/** Everything the editorial side needs before its routes: cookies, who is asking, CSRF, auth routes. */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { authContext } from './auth-context.js';
import { authRoutes, type AuthRouteOptions } from './auth-routes.js';
import { csrfProtection } from './csrf.js';

export const editorialPlugins = fp(async function editorialPlugins(app: FastifyInstance, opts: AuthRouteOptions) {
  await app.register(cookie);
  await app.register(authContext, { db: opts.db });
  await app.register(csrfProtection);
  await app.register(authRoutes, opts);
});
