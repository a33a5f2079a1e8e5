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
import { complianceRoutes } from './disclosure/compliance-routes.js';
import { editorialPageRoutes } from './pages/plugin.js';
import { editorialDocumentRoutes } from './documents/plugin.js';
import { albumRoutes } from './albums/album-routes.js';
import { editorialScheduleRoutes } from './schedule/plugin.js';
import { editorialConsultationRoutes } from './consultations/plugin.js';
import { questionRoutes } from './questions/question-routes.js';
import { editorialSyndicationRoutes } from './syndication/plugin.js';
import { statisticsRoutes } from './statistics/statistics-routes.js';
import { topicRoutes } from './topics/topic-routes.js';
import { archiveRoutes } from './accounts/archive-routes.js';

export const editorialPlugins = fp(async function editorialPlugins(app: FastifyInstance, opts: AuthRouteOptions & MediaRouteOptions & AccountRouteOptions & EditorialRouteOptions) {
  await app.register(cookie);
  await app.register(authContext, { db: opts.db, config: opts.config });
  await app.register(csrfProtection);
  await app.register(authRoutes, opts);
  await app.register(import('./media/media-routes.js'), opts); // the media library: upload, list, delete
  await app.register(accountRoutes, opts); // two-factor, passwords, users, staff, settings, audit
  await app.register(editorialArticleRoutes, opts); // articles, workflow, revisions, royalty, dashboard, categories
  await app.register(menuRoutes, opts); // a site's public menu
  await app.register(complianceRoutes, opts); // what the site must disclose, and where it falls short
  await app.register(editorialPageRoutes, opts); // static pages: workflow, revisions
  await app.register(editorialDocumentRoutes, opts); // legal documents: workflow, links, files
  await app.register(albumRoutes, opts); // albums (Thư viện ảnh): items, workflow
  await app.register(editorialScheduleRoutes, opts); // the leaders' schedule (workflow) and the officials' directory
  await app.register(editorialConsultationRoutes, opts); // consultations on drafts: workflow, comments, summary
  await app.register(questionRoutes, opts); // citizens' questions: assign, answer, publish, statistics
  await app.register(editorialSyndicationRoutes, opts); // syndication: proposals to the parent site, its decisions
  await app.register(statisticsRoutes, opts); // the site's yearly statistics: items, update frequency, views (JSON, CSV, XLSX)
  await app.register(topicRoutes, opts); // topics (chuyên đề): the system's and each site's, their articles from every site
  await app.register(archiveRoutes, opts); // archiving and merging sites (system administrators)
});
