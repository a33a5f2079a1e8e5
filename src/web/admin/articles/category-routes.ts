/**
 * Categories of one site: everyone with a role reads them (to file articles);
 * creating, changing and deleting need `manage_categories`. A new slug leaves 301s.
 */
import type { FastifyInstance } from 'fastify';
import { listCategories } from '../../../categories/index.js';
import { adminCategoryListSchema, adminCategorySchema, categoryInputSchema, categoryParams } from '../../../contract/categories.js';
import { siteParams } from '../../../contract/common.js';
import { categoryOnSite, createCategory, deleteCategory, toAdminCategory, updateCategory } from '../../../editorial/categories-admin.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { SITE_PREFIX } from './article-routes.js';
import { onSite, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

const CATEGORY = { name: 'AdminCategory', schema: adminCategorySchema };

export function categoryRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  app.get(
    `${SITE_PREFIX}/categories`,
    editorialRoute({
      operationId: 'listEditorialCategories', tag: 'editorial', session: 'required',
      summary: 'Chuyên mục của cổng',
      params: [siteParams],
      success: { status: 200, description: '[{ id, name, slug, parentId, menuOrder, inMenu, description }]', body: { name: 'AdminCategoryList', schema: adminCategoryListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      reply.header('Cache-Control', 'no-store');
      return reply.send((await listCategories(db, s.site.id)).map(toAdminCategory));
    },
  );

  app.get(
    `${SITE_PREFIX}/categories/:id`,
    editorialRoute({
      operationId: 'getEditorialCategory', tag: 'editorial', session: 'required',
      summary: 'Một chuyên mục của cổng',
      params: [siteParams, categoryParams],
      success: { status: 200, description: '{ id, name, slug, parentId, menuOrder, inMenu, description }', body: CATEGORY },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const { id } = validate(categoryParams, request.params);
      return reply.send(toAdminCategory(await categoryOnSite(db, s.site.id, id)));
    },
  );

  app.post(
    `${SITE_PREFIX}/categories`,
    editorialRoute({
      operationId: 'createCategory', tag: 'editorial', session: 'required',
      summary: 'Tạo chuyên mục (409 khi slug đã dùng)',
      params: [siteParams], body: categoryInputSchema,
      success: { status: 201, description: 'Chuyên mục vừa tạo', body: CATEGORY },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'manage_categories');
      const input = validate(categoryInputSchema, request.body);
      return reply.code(201).send(toAdminCategory(await createCategory(db, s.ctx, input)));
    },
  );

  app.put(
    `${SITE_PREFIX}/categories/:id`,
    editorialRoute({
      operationId: 'updateCategory', tag: 'editorial', session: 'required',
      summary: 'Sửa chuyên mục (slug mới để lại chuyển hướng 301)',
      params: [siteParams, categoryParams], body: categoryInputSchema,
      success: { status: 200, description: 'Chuyên mục đã lưu', body: CATEGORY },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'manage_categories');
      const { id } = validate(categoryParams, request.params);
      const input = validate(categoryInputSchema, request.body);
      return reply.send(toAdminCategory(await updateCategory(db, s.ctx, id, input)));
    },
  );

  app.delete(
    `${SITE_PREFIX}/categories/:id`,
    editorialRoute({
      operationId: 'deleteCategory', tag: 'editorial', session: 'required',
      summary: 'Xóa chuyên mục trống (409 khi còn tin bài hoặc chuyên mục con)',
      params: [siteParams, categoryParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'manage_categories');
      const { id } = validate(categoryParams, request.params);
      await deleteCategory(db, s.ctx, id);
      return reply.code(204).send();
    },
  );
}
