/**
 * A site's officials' directory in the editorial API: list, add, change, remove. Rules
 * live in src/directory/; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idString, siteParams, siteSlugString } from '../../../contract/common.js';
import { directoryEntryInputSchema, directoryEntrySchema, directoryListSchema, type DirectoryEntry, type DirectoryList } from '../../../contract/directory.js';
import type { DirectoryEntryRow } from '../../../db/schema.js';
import { canManageDirectory } from '../../../directory/directory-rules.js';
import { listDirectoryEntries } from '../../../directory/directory.repo.js';
import { createDirectoryEntry, removeDirectoryEntry, saveDirectoryEntry } from '../../../directory/directory.service.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';

const entryParams = z.object({ site: siteSlugString, id: idString });
const ENTRY = { name: 'DirectoryEntry', schema: directoryEntrySchema };

export function presentDirectoryEntry(row: DirectoryEntryRow): DirectoryEntry {
  return { id: row.id, name: row.name, position: row.position, unit: row.unit, phone: row.phone, email: row.email, sortOrder: row.sort_order, visible: row.visible === 1, updatedAt: row.updated_at };
}

function onEntry(request: FastifyRequest, opts: EditorialRouteOptions): SiteRequest & { id: number } {
  const s = onSite(request, opts, 'view');
  return { ...s, id: validate(entryParams, request.params).id };
}

export function directoryRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  app.get(
    `${SITE_PREFIX}/directory`,
    editorialRoute({
      operationId: 'listDirectory', tag: 'editorial', session: 'required',
      summary: 'Danh bạ của cổng (cả người đang ẩn), theo thứ tự',
      params: [siteParams],
      success: { status: 200, description: '{ canManage, entries }', body: { name: 'DirectoryList', schema: directoryListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const rows = await listDirectoryEntries(db, s.site.id);
      reply.header('Cache-Control', 'no-store');
      return reply.send({ canManage: canManageDirectory(s.actor), entries: rows.map(presentDirectoryEntry) } satisfies DirectoryList);
    },
  );

  app.post(
    `${SITE_PREFIX}/directory`,
    editorialRoute({
      operationId: 'createDirectoryEntry', tag: 'editorial', session: 'required',
      summary: 'Thêm một người vào danh bạ (chỉ liên hệ công vụ)',
      params: [siteParams], body: directoryEntryInputSchema,
      success: { status: 201, description: 'DirectoryEntry vừa thêm', body: ENTRY },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const input = validate(directoryEntryInputSchema, request.body);
      return reply.code(201).send(presentDirectoryEntry(await createDirectoryEntry(db, s.ctx, input)));
    },
  );

  app.put(
    `${SITE_PREFIX}/directory/:id`,
    editorialRoute({
      operationId: 'saveDirectoryEntry', tag: 'editorial', session: 'required',
      summary: 'Sửa một người trong danh bạ',
      params: [siteParams, entryParams], body: directoryEntryInputSchema,
      success: { status: 200, description: 'DirectoryEntry đã lưu', body: ENTRY },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onEntry(request, opts);
      const input = validate(directoryEntryInputSchema, request.body);
      return reply.send(presentDirectoryEntry(await saveDirectoryEntry(db, s.ctx, s.id, input)));
    },
  );

  app.delete(
    `${SITE_PREFIX}/directory/:id`,
    editorialRoute({
      operationId: 'deleteDirectoryEntry', tag: 'editorial', session: 'required',
      summary: 'Xóa một người khỏi danh bạ',
      params: [siteParams, entryParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onEntry(request, opts);
      await removeDirectoryEntry(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );
}
