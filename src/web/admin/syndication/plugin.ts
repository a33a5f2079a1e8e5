/**
 * The editorial API of syndication, under /api/v1/admin/sites/{site}: proposals to the
 * parent site and the parent's decisions. Registered once, from
 * web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import type { EditorialRouteOptions } from '../articles/context.js';
import { syndicationRoutes } from './syndication-routes.js';

export function editorialSyndicationRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  syndicationRoutes(app, opts);
}
