/**
 * A site's albums (Thư viện ảnh) in the editorial API, under /api/v1/admin/sites/{site}/albums:
 * list, create a draft, read, save against a base revision (409 when stale), delete a
 * draft, move through the workflow. Rules live in src/albums/; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { albumFacts, albumOnSite, createAlbum, deleteAlbumDraft, saveAlbum, transitionAlbum } from '../../../albums/album-editing.js';
import { albumItems, siteAlbumListings } from '../../../albums/albums.repo.js';
import { adminAlbumSchema, albumInputSchema, albumListSchema, albumParams, albumTransitionSchema, saveAlbumSchema, type AdminAlbum, type AlbumSummary } from '../../../contract/albums.js';
import { siteParams } from '../../../contract/common.js';
import type { AlbumRow } from '../../../db/schema.js';
import { can, type Action } from '../../../editorial/workflow.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentAlbum, presentAlbumSummary } from './presenter.js';

const ADMIN_ALBUM = { name: 'AdminAlbum', schema: adminAlbumSchema };

function onAlbum(request: FastifyRequest, opts: EditorialRouteOptions, action: Action = 'view'): SiteRequest & { id: number } {
  const s = onSite(request, opts, action);
  const { id } = validate(albumParams.passthrough(), request.params);
  return { ...s, id };
}

/** The album of the path, 404 when it is not on this site, 403 when this actor may not see it. */
async function visibleAlbum(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<AlbumRow> {
  const row = await albumOnSite(opts.db, s.site.id, s.id);
  if (!can(s.actor, 'view', albumFacts(row))) throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được album do chính mình tạo.');
  return row;
}

export function albumRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  const present = async (request: FastifyRequest, s: SiteRequest, row: AlbumRow): Promise<AdminAlbum> =>
    presentAlbum({ site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row, await albumItems(db, row.id));

  app.get(
    `${SITE_PREFIX}/albums`,
    editorialRoute({
      operationId: 'listEditorialAlbums', tag: 'editorial', session: 'required',
      summary: 'Các album ảnh, video của cổng, mọi trạng thái, mới cập nhật trước',
      params: [siteParams],
      success: { status: 200, description: '[{ id, title, slug, path, status, statusLabel, revision, itemCount, updatedAt, publishedAt }]', body: { name: 'AlbumList', schema: albumListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const rows = (await siteAlbumListings(db, s.site.id)).filter((l) => can(s.actor, 'view', albumFacts(l.album)));
      reply.header('Cache-Control', 'no-store');
      return reply.send(rows.map(presentAlbumSummary) satisfies AlbumSummary[]);
    },
  );

  app.post(
    `${SITE_PREFIX}/albums`,
    editorialRoute({
      operationId: 'createAlbum', tag: 'editorial', session: 'required',
      summary: 'Tạo bản nháp album ảnh, video',
      params: [siteParams], body: albumInputSchema,
      success: { status: 201, description: 'AdminAlbum vừa tạo', body: ADMIN_ALBUM },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'create');
      const input = validate(albumInputSchema, request.body);
      const row = await createAlbum(db, s.ctx, input);
      return reply.code(201).send(await present(request, s, row));
    },
  );

  app.get(
    `${SITE_PREFIX}/albums/:id`,
    editorialRoute({
      operationId: 'getEditorialAlbum', tag: 'editorial', session: 'required',
      summary: 'Một album với các mục, trạng thái và các thao tác được phép',
      params: [siteParams, albumParams],
      success: { status: 200, description: 'AdminAlbum', body: ADMIN_ALBUM },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onAlbum(request, opts);
      const row = await visibleAlbum(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send(await present(request, s, row));
    },
  );

  app.put(
    `${SITE_PREFIX}/albums/:id`,
    editorialRoute({
      operationId: 'saveAlbum', tag: 'editorial', session: 'required',
      summary: 'Lưu album (cả các mục, theo thứ tự) dựa trên một phiên bản (baseRevision)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất (hoặc địa chỉ đã thuộc album khác); nội dung gửi lên chưa được lưu.',
      params: [siteParams, albumParams], body: saveAlbumSchema,
      success: { status: 200, description: 'AdminAlbum đã lưu', body: ADMIN_ALBUM },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onAlbum(request, opts, 'edit');
      const { baseRevision, ...fields } = validate(saveAlbumSchema, request.body);
      const row = await saveAlbum(db, s.ctx, s.id, baseRevision, fields);
      return reply.send(await present(request, s, row));
    },
  );

  app.delete(
    `${SITE_PREFIX}/albums/:id`,
    editorialRoute({
      operationId: 'deleteAlbum', tag: 'editorial', session: 'required',
      summary: 'Xóa bản nháp album',
      params: [siteParams, albumParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onAlbum(request, opts, 'delete');
      await deleteAlbumDraft(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );

  app.post(
    `${SITE_PREFIX}/albums/:id/transitions`,
    editorialRoute({
      operationId: 'transitionAlbum', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái album theo quy trình (gửi duyệt, trả lại, duyệt, đăng, gỡ, mở lại để sửa)',
      params: [siteParams, albumParams], body: albumTransitionSchema,
      success: { status: 200, description: 'AdminAlbum sau khi chuyển trạng thái', body: ADMIN_ALBUM },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onAlbum(request, opts, 'view');
      const input = validate(albumTransitionSchema, request.body);
      await visibleAlbum(opts, s);
      const row = await transitionAlbum(db, s.ctx, s.id, input);
      return reply.send(await present(request, s, row));
    },
  );
}
