/**
 * The editorial API for a site's legal documents, under /api/v1/admin/sites/{site}/documents.
 * Registered once, from web/admin/editorial-plugins.ts, after sessions and CSRF protection.
 */
import type { FastifyInstance } from 'fastify';
import type { EditorialRouteOptions } from '../articles/context.js';
import { documentRoutes } from './document-routes.js';

export function editorialDocumentRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  documentRoutes(app, opts);
}
