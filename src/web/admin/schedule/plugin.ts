/**
 * The editorial API for a site's leaders' schedule (/schedule) and officials' directory
 * (/directory) under /api/v1/admin/sites/{site}. Registered once, from
 * web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import type { EditorialRouteOptions } from '../articles/context.js';
import { directoryRoutes } from '../directory/directory-routes.js';
import { scheduleRoutes } from './schedule-routes.js';

export function editorialScheduleRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  scheduleRoutes(app, opts);
  directoryRoutes(app, opts);
}
