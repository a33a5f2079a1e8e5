/** Everything the editorial side needs before its routes: cookies, who is asking, CSRF, auth routes. */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { authContext } from './auth-context.js';
import { authRoutes, type AuthRouteOptions } from './auth-routes.js';
import { csrfProtection } from './csrf.js';
import type { MediaRouteOptions } from './media/media-routes.js';
import { accountRoutes, type AccountRouteOptions } from './accounts/index.js';
import { editorialArticleRoutes, type EditorialRouteOptions } from './articles/plugin.js';
import { menuRoutes } from './menus/menu-routes.js';
import { editorialPageRoutes } from './pages/plugin.js';
import { questionRoutes } from './questions/question-routes.js';

export const editorialPlugins = fp(async function editorialPlugins(app: FastifyInstance, opts: AuthRouteOptions & MediaRouteOptions & AccountRouteOptions & EditorialRouteOptions) {
  await app.register(cookie);
  await app.register(authContext, { db: opts.db, config: opts.config });
  await app.register(csrfProtection);
  await app.register(authRoutes, opts);
  await app.register(import('./media/media-routes.js'), opts); // the media library: upload, list, delete
  await app.register(accountRoutes, opts); // two-factor, passwords, users, staff, settings, audit
  await app.register(editorialArticleRoutes, opts); // articles, workflow, revisions, royalty, dashboard, categories
  await app.register(menuRoutes, opts); // a site's public menu
  await app.register(editorialPageRoutes, opts); // static pages: workflow, revisions
  await app.register(questionRoutes, opts); // citizens' questions: assign, answer, publish, statistics
});
