/**
 * The media library of a site in the editorial API:
 *   GET    /api/v1/admin/sites/{site}/media?kind=&page=   list, newest first
 *   POST   /api/v1/admin/sites/{site}/media               multipart upload → 201 Media
 *   DELETE /api/v1/admin/sites/{site}/media/{id}          → 204; 409 while content uses it
 * The multipart parser is registered inside this plugin only, with the configured size limit.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { siteParams } from '../../../contract/common.js';
import {
  MEDIA_PAGE_SIZE,
  mediaItemParams,
  mediaListQuery,
  mediaPageSchema,
  mediaSchema,
  UPLOAD_FILE_FIELD,
  uploadFieldsSchema,
  type MediaPage,
} from '../../../contract/media.js';
import type { Config } from '../../../config.js';
import type { Database } from '../../../db/schema.js';
import { countMedia, deleteMedia, listMedia, MAX_INPUT_PIXELS, uploadMedia, type MediaActor, type MediaContext } from '../../../media/index.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { authorize } from '../auth-context.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { parseBody } from '../validation.js';
import { presentMedia } from './media-presenter.js';
import { readUploadForm } from './upload-form.js';

export interface MediaRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  config: Pick<Config, 'mediaDir' | 'mediaMaxBytes'>;
}

export { MEDIA_PAGE_SIZE };

const MEDIA = { name: 'Media', schema: mediaSchema };

function actorFrom(request: FastifyRequest, granted: ReturnType<typeof authorize>): MediaActor {
  return { actor: granted.actor, username: granted.auth.user.username, ip: request.ip };
}

export async function mediaRoutes(app: FastifyInstance, opts: MediaRouteOptions): Promise<void> {
  const { db, registry, config } = opts;
  const ctx: MediaContext = { db, mediaDir: config.mediaDir };
  await app.register(multipart, {
    limits: { fileSize: config.mediaMaxBytes, files: 1, fields: 8, fieldSize: 16 * 1024, parts: 10, headerPairs: 50 },
    throwFileSizeLimit: true,
  });

  app.get(
    '/api/v1/admin/sites/:site/media',
    editorialRoute({
      operationId: 'listMedia', tag: 'media', session: 'required',
      summary: 'Thư viện tệp của cổng, mới nhất trước, 24 tệp mỗi trang',
      params: [siteParams], query: mediaListQuery,
      success: { status: 200, description: '{ items: Media[], total, page, pageSize }', body: { name: 'MediaPage', schema: mediaPageSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const { site } = authorize(request, registry, slug, 'upload_media');
      const { kind, page } = parseBody(mediaListQuery, request.query);
      const [rows, total] = await Promise.all([
        listMedia(db, site.id, { kind }, MEDIA_PAGE_SIZE, (page - 1) * MEDIA_PAGE_SIZE),
        countMedia(db, site.id, { kind }),
      ]);
      reply.header('Cache-Control', 'no-store');
      return reply.send({ items: rows.map(presentMedia), total, page, pageSize: MEDIA_PAGE_SIZE } satisfies MediaPage);
    },
  );

  app.post(
    '/api/v1/admin/sites/:site/media',
    editorialRoute({
      operationId: 'uploadMedia', tag: 'media', session: 'required',
      summary: 'Tải lên một tệp (ảnh JPEG, PNG, WebP, GIF; tài liệu PDF, DOCX, XLSX; video MP4, WebM)',
      description: `Loại tệp đọc từ nội dung tệp. 413 khi tệp quá lớn (MEDIA_MAX_BYTES) hoặc ảnh quá ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh (đọc từ phần đầu tệp, trước khi giải nén), 415 khi không phải multipart hoặc loại tệp không được hỗ trợ, 400 khi thiếu tệp, ảnh hỏng hoặc ảnh thiếu mô tả (altText).`,
      params: [siteParams], multipart: { fileField: UPLOAD_FILE_FIELD, fields: uploadFieldsSchema },
      success: { status: 201, description: 'Media vừa tải lên', body: MEDIA },
      errors: [...ON_SITE, 413, 415],
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const granted = authorize(request, registry, slug, 'upload_media');
      const form = await readUploadForm(request, config.mediaMaxBytes);
      const row = await uploadMedia(ctx, {
        siteId: granted.site.id,
        siteSlug: granted.site.slug,
        bytes: form.bytes,
        originalName: form.filename,
        altText: form.altText,
        caption: form.caption,
        by: actorFrom(request, granted),
      });
      return reply.code(201).header('Cache-Control', 'no-store').send(presentMedia(row));
    },
  );

  app.delete(
    '/api/v1/admin/sites/:site/media/:id',
    editorialRoute({
      operationId: 'deleteMedia', tag: 'media', session: 'required',
      summary: 'Xóa tệp và mọi biến thể (409 khi đang được sử dụng)',
      params: [mediaItemParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const { site: slug, id } = parseBody(mediaItemParams, request.params);
      const granted = authorize(request, registry, slug, 'upload_media');
      await deleteMedia(ctx, granted.site.id, id, actorFrom(request, granted));
      return reply.code(204).send();
    },
  );
}

export default mediaRoutes;
