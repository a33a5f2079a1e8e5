/**
 * A site's public menu (src/menus): its administrators read it with the pages and
 * categories it may point at, and save it whole.
 *   GET /api/v1/admin/sites/{site}/menu → SiteMenu
 *   PUT /api/v1/admin/sites/{site}/menu   MenuInput → SiteMenu
 */
import type { FastifyInstance } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import { menuInputSchema, siteMenuSchema } from '../../../contract/menus.js';
import { MENU_RIGHT, menuForEditing, saveMenu } from '../../../menus/menu.service.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';

const SITE_MENU = { name: 'SiteMenu', schema: siteMenuSchema };

export function menuRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  app.get(
    `${SITE_PREFIX}/menu`,
    editorialRoute({
      operationId: 'getSiteMenu', tag: 'accounts', session: 'required',
      summary: 'Menu của cổng (menu tự động từ chuyên mục và trang giới thiệu khi cổng chưa lưu menu), cùng các trang và chuyên mục có thể đưa vào',
      params: [siteParams],
      success: { status: 200, description: '{ stored, items, choices }', body: SITE_MENU },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, MENU_RIGHT);
      reply.header('Cache-Control', 'no-store');
      return reply.send(await menuForEditing(db, s.site.id));
    },
  );

  app.put(
    `${SITE_PREFIX}/menu`,
    editorialRoute({
      operationId: 'saveSiteMenu', tag: 'accounts', session: 'required',
      summary: 'Lưu toàn bộ menu của cổng (thay menu cũ; trang công khai đổi ngay từ yêu cầu sau)',
      params: [siteParams], body: menuInputSchema,
      success: { status: 200, description: 'Menu đã lưu', body: SITE_MENU },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, MENU_RIGHT);
      const input = validate(menuInputSchema, request.body);
      return reply.send(await saveMenu(db, s.ctx, input));
    },
  );
}
