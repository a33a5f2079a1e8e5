/**
 * The editorial API of docs/editorial-api.md for articles, their history, royalty,
 * the dashboard and categories, under /api/v1/admin. Registered once, from
 * web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import { articleRoutes } from './article-routes.js';
import { categoryRoutes } from './category-routes.js';
import type { EditorialRouteOptions } from './context.js';
import { overviewRoutes } from './overview-routes.js';
import { relatedRoutes } from './related-routes.js';
import { revisionRoutes } from './revision-routes.js';
import { royaltyRoutes } from './royalty-routes.js';

export type { EditorialRouteOptions } from './context.js';

export function editorialArticleRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  overviewRoutes(app, opts);
  articleRoutes(app, opts);
  revisionRoutes(app, opts);
  royaltyRoutes(app, opts);
  categoryRoutes(app, opts);
  relatedRoutes(app, opts);
}
