/**
 * A site's static pages: list, create a draft, read, save against a base revision (409
 * when stale), delete a draft, move through the workflow, list revisions and restore
 * one. Rules live in src/pages/; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  adminPageSchema,
  pageInputSchema,
  pageListSchema,
  pageParams,
  pageTransitionSchema,
  savePageSchema,
  type AdminPage,
  type PageSummary,
} from '../../../contract/pages.js';
import { REVISION_LIST_LIMIT, restoreBody, restoreParams, revisionListQuery, revisionListSchema, type Revision } from '../../../contract/revisions.js';
import type { PageRow } from '../../../db/schema.js';
import { can, type Action } from '../../../editorial/workflow.js';
import { createPage, deletePageDraft, pageFacts, pageOnSite, restorePageRevision, savePage } from '../../../pages/page-editing.js';
import { transitionPage } from '../../../pages/page-transitions.js';
import { listPageRevisions, listSitePages } from '../../../pages/pages.repo.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentPage, presentPageSummary } from './presenter.js';

/** The answer of every route that returns the page. */
const ADMIN_PAGE = { name: 'AdminPage', schema: adminPageSchema };

/** Like onSite, plus the page id of the path (validated, not yet loaded). */
function onPage(request: FastifyRequest, opts: EditorialRouteOptions, action: Action = 'view'): SiteRequest & { id: number } {
  const s = onSite(request, opts, action);
  const { id } = validate(pageParams.passthrough(), request.params);
  return { ...s, id };
}

/** The page of the path, 404 when it is not on this site, 403 when this actor may not see it. */
async function visiblePage(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<PageRow> {
  const row = await pageOnSite(opts.db, s.site.id, s.id);
  if (!can(s.actor, 'view', pageFacts(row))) throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được trang do chính mình tạo.');
  return row;
}

export function pageRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  const present = (request: FastifyRequest, s: SiteRequest) => (row: PageRow): AdminPage =>
    presentPage({ site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row);

  app.get(
    `${SITE_PREFIX}/pages`,
    editorialRoute({
      operationId: 'listEditorialPages', tag: 'editorial', session: 'required',
      summary: 'Các trang tĩnh của cổng (giới thiệu, liên hệ…), mọi trạng thái, theo thứ tự trình đơn',
      params: [siteParams],
      success: { status: 200, description: '[{ id, title, slug, path, status, statusLabel, revision, updatedAt, publishedAt }]', body: { name: 'PageList', schema: pageListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const rows = (await listSitePages(db, s.site.id)).filter((row) => can(s.actor, 'view', pageFacts(row)));
      reply.header('Cache-Control', 'no-store');
      return reply.send(rows.map(presentPageSummary) satisfies PageSummary[]);
    },
  );

  app.post(
    `${SITE_PREFIX}/pages`,
    editorialRoute({
      operationId: 'createPage', tag: 'editorial', session: 'required',
      summary: 'Tạo bản nháp trang tĩnh mới',
      params: [siteParams], body: pageInputSchema,
      success: { status: 201, description: 'AdminPage vừa tạo', body: ADMIN_PAGE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'create');
      const input = validate(pageInputSchema, request.body);
      const row = await createPage(db, s.ctx, input);
      return reply.code(201).send(present(request, s)(row));
    },
  );

  app.get(
    `${SITE_PREFIX}/pages/:id`,
    editorialRoute({
      operationId: 'getEditorialPage', tag: 'editorial', session: 'required',
      summary: 'Một trang tĩnh với đầy đủ nội dung, trạng thái và các thao tác được phép',
      params: [siteParams, pageParams],
      success: { status: 200, description: 'AdminPage', body: ADMIN_PAGE },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onPage(request, opts);
      const row = await visiblePage(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send(present(request, s)(row));
    },
  );

  app.put(
    `${SITE_PREFIX}/pages/:id`,
    editorialRoute({
      operationId: 'savePage', tag: 'editorial', session: 'required',
      summary: 'Lưu trang tĩnh dựa trên một phiên bản (baseRevision)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất (hoặc địa chỉ đã thuộc trang khác); nội dung gửi lên chưa được lưu.',
      params: [siteParams, pageParams], body: savePageSchema,
      success: { status: 200, description: 'AdminPage đã lưu', body: ADMIN_PAGE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onPage(request, opts, 'edit');
      const { baseRevision, ...fields } = validate(savePageSchema, request.body);
      const row = await savePage(db, s.ctx, s.id, baseRevision, fields);
      return reply.send(present(request, s)(row));
    },
  );

  app.delete(
    `${SITE_PREFIX}/pages/:id`,
    editorialRoute({
      operationId: 'deletePage', tag: 'editorial', session: 'required',
      summary: 'Xóa bản nháp trang tĩnh',
      params: [siteParams, pageParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onPage(request, opts, 'delete');
      await deletePageDraft(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );

  app.post(
    `${SITE_PREFIX}/pages/:id/transitions`,
    editorialRoute({
      operationId: 'transitionPage', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái trang tĩnh theo quy trình (gửi duyệt, trả lại, duyệt, đăng, gỡ, mở lại để sửa)',
      params: [siteParams, pageParams], body: pageTransitionSchema,
      success: { status: 200, description: 'AdminPage sau khi chuyển trạng thái', body: ADMIN_PAGE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onPage(request, opts, 'view');
      const input = validate(pageTransitionSchema, request.body);
      await visiblePage(opts, s);
      const row = await transitionPage(db, s.ctx, s.id, input);
      return reply.send(present(request, s)(row));
    },
  );

  app.get(
    `${SITE_PREFIX}/pages/:id/revisions`,
    editorialRoute({
      operationId: 'listPageRevisions', tag: 'editorial', session: 'required',
      summary: `Các phiên bản của trang tĩnh, mới nhất trước, tối đa ${REVISION_LIST_LIMIT} phiên bản mỗi lần (before: các phiên bản cũ hơn)`,
      params: [siteParams, pageParams], query: revisionListQuery,
      success: { status: 200, description: '[{ number, authorId, authorName, createdAt, note }]', body: { name: 'RevisionList', schema: revisionListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onPage(request, opts);
      const { before } = validate(revisionListQuery, request.query);
      await visiblePage(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send((await listPageRevisions(db, s.id, { limit: REVISION_LIST_LIMIT, before })) satisfies Revision[]);
    },
  );

  app.post(
    `${SITE_PREFIX}/pages/:id/revisions/:number/restore`,
    editorialRoute({
      operationId: 'restorePageRevision', tag: 'editorial', session: 'required',
      summary: 'Khôi phục một phiên bản cũ của trang tĩnh (lưu thành phiên bản mới)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất.',
      params: [siteParams, pageParams, restoreParams], body: restoreBody,
      success: { status: 200, description: 'AdminPage sau khi khôi phục', body: ADMIN_PAGE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onPage(request, opts, 'edit');
      const { number } = validate(restoreParams, request.params);
      const { baseRevision } = validate(restoreBody, request.body);
      const row = await restorePageRevision(db, s.ctx, s.id, number, baseRevision);
      return reply.send(present(request, s)(row));
    },
  );
}
