/**
 * Categories of one site: everyone with a role reads them (to file articles);
 * creating, changing and deleting need `manage_categories`. A new slug leaves 301s.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCategories } from '../../../categories/index.js';
import { categoryInputSchema, categoryOnSite, createCategory, deleteCategory, toAdminCategory, updateCategory } from '../../../editorial/categories-admin.js';
import { SITE_PREFIX } from './article-routes.js';
import { onSite, service, type EditorialRouteOptions } from './context.js';
import { idString, validate } from './vi-validation.js';

export const categoryParams = z.object({ id: idString }).passthrough();

export async function categoryRoutes(app: FastifyInstance, opts: EditorialRouteOptions): Promise<void> {
  const { db, registry } = opts;

  app.get(`${SITE_PREFIX}/categories`, async (request, reply) => {
    const s = onSite(request, opts, 'view');
    reply.header('Cache-Control', 'no-store');
    return reply.send((await listCategories(db, s.site.id)).map(toAdminCategory));
  });

  app.get(`${SITE_PREFIX}/categories/:id`, async (request, reply) => {
    const s = onSite(request, opts, 'view');
    const { id } = validate(categoryParams, request.params);
    return reply.send(toAdminCategory(await service(() => categoryOnSite(db, s.site.id, id))));
  });

  app.post(`${SITE_PREFIX}/categories`, async (request, reply) => {
    const s = onSite(request, opts, 'manage_categories');
    const input = validate(categoryInputSchema, request.body);
    return reply.code(201).send(toAdminCategory(await service(() => createCategory(db, s.ctx, input))));
  });

  app.put(`${SITE_PREFIX}/categories/:id`, async (request, reply) => {
    const s = onSite(request, opts, 'manage_categories');
    const { id } = validate(categoryParams, request.params);
    const input = validate(categoryInputSchema, request.body);
    return reply.send(toAdminCategory(await service(() => updateCategory(db, s.ctx, id, input))));
  });

  app.delete(`${SITE_PREFIX}/categories/:id`, async (request, reply) => {
    const s = onSite(request, opts, 'manage_categories');
    const { id } = validate(categoryParams, request.params);
    await service(() => deleteCategory(db, s.ctx, id));
    return reply.code(204).send();
  });
}
