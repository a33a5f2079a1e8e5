/**
 * The editorial API for a site's static pages, under /api/v1/admin/sites/{site}/pages.
 * Registered once, from web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import type { EditorialRouteOptions } from '../articles/context.js';
import { pageRoutes } from './page-routes.js';

export function editorialPageRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  pageRoutes(app, opts);
}
