/**
 * A site's legal documents in the editorial API: list with filters, create a draft,
 * read, save against a base revision (409 when stale), delete a draft, move through the
 * workflow. Rules live in src/documents/; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  adminDocumentSchema,
  DOCUMENT_LIST_PAGE_SIZE,
  documentInputSchema,
  documentListQuery,
  documentListSchema,
  documentParams,
  documentTransitionSchema,
  saveDocumentSchema,
  type AdminDocument,
  type DocumentList,
} from '../../../contract/documents.js';
import type { LegalDocumentRow } from '../../../db/schema.js';
import { createDocument, deleteDocumentDraft, documentFacts, documentOnSite, saveDocument, transitionDocument } from '../../../documents/document-editing.js';
import { documentAttachments, findDocuments, relatedDocuments } from '../../../documents/documents.repo.js';
import { can, type Action } from '../../../editorial/workflow.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentDocument, presentDocumentSummary } from './presenter.js';

const ADMIN_DOCUMENT = { name: 'AdminDocument', schema: adminDocumentSchema };

function onDocument(request: FastifyRequest, opts: EditorialRouteOptions, action: Action = 'view'): SiteRequest & { id: number } {
  const s = onSite(request, opts, action);
  const { id } = validate(documentParams.passthrough(), request.params);
  return { ...s, id };
}

/** The document of the path, 404 when it is not on this site, 403 when this actor may not see it. */
async function visibleDocument(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<LegalDocumentRow> {
  const row = await documentOnSite(opts.db, s.site.id, s.id);
  if (!can(s.actor, 'view', documentFacts(row))) throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được văn bản do chính mình tạo.');
  return row;
}

export function documentRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  const present = async (request: FastifyRequest, s: SiteRequest, row: LegalDocumentRow): Promise<AdminDocument> => {
    const [related, files] = await Promise.all([relatedDocuments(db, row.id, false), documentAttachments(db, row.id)]);
    return presentDocument({ site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row, related, files);
  };

  app.get(
    `${SITE_PREFIX}/documents`,
    editorialRoute({
      operationId: 'listEditorialDocuments', tag: 'editorial', session: 'required',
      summary: `Văn bản của cổng, mọi trạng thái, lọc theo trạng thái, loại, số ký hiệu hoặc trích yếu; ${DOCUMENT_LIST_PAGE_SIZE} văn bản mỗi trang`,
      params: [siteParams], query: documentListQuery,
      success: { status: 200, description: '{ items, total, page, pageSize }', body: { name: 'DocumentList', schema: documentListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const query = validate(documentListQuery, request.query);
      const page = query.page ?? 1;
      // Who may not see another's draft sees their own documents only.
      const seesAll = can(s.actor, 'view', { status: 'draft', createdBy: null });
      const q = query.q?.trim();
      const result = await findDocuments(
        db, s.site.id,
        { status: query.status, type: query.type, q: q === '' ? undefined : q, createdBy: seesAll ? undefined : s.actor.userId },
        { limit: DOCUMENT_LIST_PAGE_SIZE, offset: (page - 1) * DOCUMENT_LIST_PAGE_SIZE },
        false,
      );
      reply.header('Cache-Control', 'no-store');
      return reply.send({ items: result.rows.map(presentDocumentSummary), total: result.total, page, pageSize: DOCUMENT_LIST_PAGE_SIZE } satisfies DocumentList);
    },
  );

  app.post(
    `${SITE_PREFIX}/documents`,
    editorialRoute({
      operationId: 'createDocument', tag: 'editorial', session: 'required',
      summary: 'Tạo bản nháp văn bản mới',
      params: [siteParams], body: documentInputSchema,
      success: { status: 201, description: 'AdminDocument vừa tạo', body: ADMIN_DOCUMENT },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'create');
      const input = validate(documentInputSchema, request.body);
      const row = await createDocument(db, s.ctx, input);
      return reply.code(201).send(await present(request, s, row));
    },
  );

  app.get(
    `${SITE_PREFIX}/documents/:id`,
    editorialRoute({
      operationId: 'getEditorialDocument', tag: 'editorial', session: 'required',
      summary: 'Một văn bản với đầy đủ thông tin, văn bản liên quan, tệp đính kèm, trạng thái và các thao tác được phép',
      params: [siteParams, documentParams],
      success: { status: 200, description: 'AdminDocument', body: ADMIN_DOCUMENT },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onDocument(request, opts);
      const row = await visibleDocument(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send(await present(request, s, row));
    },
  );

  app.put(
    `${SITE_PREFIX}/documents/:id`,
    editorialRoute({
      operationId: 'saveDocument', tag: 'editorial', session: 'required',
      summary: 'Lưu văn bản dựa trên một phiên bản (baseRevision)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất; nội dung gửi lên chưa được lưu.',
      params: [siteParams, documentParams], body: saveDocumentSchema,
      success: { status: 200, description: 'AdminDocument đã lưu', body: ADMIN_DOCUMENT },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onDocument(request, opts, 'edit');
      const { baseRevision, ...fields } = validate(saveDocumentSchema, request.body);
      const row = await saveDocument(db, s.ctx, s.id, baseRevision, fields);
      return reply.send(await present(request, s, row));
    },
  );

  app.delete(
    `${SITE_PREFIX}/documents/:id`,
    editorialRoute({
      operationId: 'deleteDocument', tag: 'editorial', session: 'required',
      summary: 'Xóa bản nháp văn bản',
      params: [siteParams, documentParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onDocument(request, opts, 'delete');
      await deleteDocumentDraft(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );

  app.post(
    `${SITE_PREFIX}/documents/:id/transitions`,
    editorialRoute({
      operationId: 'transitionDocument', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái văn bản theo quy trình (gửi duyệt, trả lại, duyệt, đăng, gỡ, mở lại để sửa)',
      params: [siteParams, documentParams], body: documentTransitionSchema,
      success: { status: 200, description: 'AdminDocument sau khi chuyển trạng thái', body: ADMIN_DOCUMENT },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onDocument(request, opts, 'view');
      const input = validate(documentTransitionSchema, request.body);
      await visibleDocument(opts, s);
      const row = await transitionDocument(db, s.ctx, s.id, input);
      return reply.send(await present(request, s, row));
    },
  );
}
