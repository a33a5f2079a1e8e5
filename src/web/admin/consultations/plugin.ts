/**
 * The editorial API for a site's consultations on drafts, under
 * /api/v1/admin/sites/{site}/consultations. Registered once, from
 * web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import type { EditorialRouteOptions } from '../articles/context.js';
import { consultationRoutes } from './consultation-routes.js';

export function editorialConsultationRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  consultationRoutes(app, opts);
}
