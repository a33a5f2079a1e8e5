/**
 * Articles of one site: create a draft, read, save against a base revision (409 with
 * both versions and their difference when stale), delete a draft, and move through
 * the workflow. Rules live in editorial/; this file validates and translates.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listCategories } from '../../../categories/index.js';
import {
  adminArticleSchema,
  articleInputSchema,
  articleParams,
  saveInputSchema,
  transitionSchema,
  type AdminArticle,
  type ArticleConflict,
  type ArticleInput,
} from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import type { ArticleRow } from '../../../db/schema.js';
import { mergeInput } from '../../../editorial/article-input.js';
import { diffSnapshots } from '../../../editorial/diff.js';
import { articleOnSite, createDraft, deleteDraft, saveArticle } from '../../../editorial/editing.js';
import { StaleRevisionError } from '../../../editorial/errors.js';
import { transitionArticle } from '../../../editorial/transitions.js';
import { can } from '../../../editorial/workflow.js';
import { sanitizeRichText } from '../../../html/sanitize.js';
import { HttpError } from '../../http-error.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { PROBLEM_CONTENT_TYPE, problemDetails } from '../../problem-details.js';
import { onArticle, onSite, type EditorialRouteOptions, type SiteRequest } from './context.js';
import { presentArticle } from './presenter.js';
import { validate } from './vi-validation.js';

export const SITE_PREFIX = '/api/v1/admin/sites/:site';

/** The answer of every route that returns the article. */
export const ADMIN_ARTICLE = { name: 'AdminArticle', schema: adminArticleSchema };

export function articlePresenter(opts: EditorialRouteOptions, request: FastifyRequest, s: SiteRequest) {
  return (row: ArticleRow): Promise<AdminArticle> =>
    presentArticle({ db: opts.db, site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row);
}

/** The article of the path, 404 when it is not on this site, 403 when this actor may not see it. */
export async function visibleArticle(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<ArticleRow> {
  const row = await articleOnSite(opts.db, s.site.id, s.id);
  if (!can(s.actor, 'view', { status: row.status, createdBy: row.created_by })) {
    throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được tin bài của chính mình.');
  }
  return row;
}

export async function sendStale(opts: EditorialRouteOptions, request: FastifyRequest, reply: FastifyReply, s: SiteRequest & { id: number }, yours: ArticleInput & { baseRevision: number }) {
  const row = await articleOnSite(opts.db, s.site.id, s.id);
  const current = await articlePresenter(opts, request, s)(row);
  const categories = new Map((await listCategories(opts.db, s.site.id)).map((c) => [c.id, c.name]));
  const diff = diffSnapshots(current, mergeInput(current, yours), { category: (id) => categories.get(id) });
  return reply
    .code(409)
    .type(PROBLEM_CONTENT_TYPE)
    .send({
      ...problemDetails<never>(
        {
          status: 409,
          title: 'Tin bài đã thay đổi',
          detail: `Trong lúc bạn sửa, tin bài đã được lưu ở phiên bản ${row.revision} (bạn sửa từ phiên bản ${yours.baseRevision}). Nội dung của bạn chưa được lưu: hãy xem khác biệt, rồi lưu lại dựa trên phiên bản mới.`,
        },
        request.url,
      ),
      current,
      // Echoed as it would have been stored, so no interface renders unsanitised HTML from here.
      yours: { ...yours, bodyHtml: sanitizeRichText(yours.bodyHtml) },
      diff: { fields: diff },
    } satisfies ArticleConflict);
}

export function articleRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  const stale = { staleConflict: true, errors: [...ON_SITE, 409] } as const;

  app.post(
    `${SITE_PREFIX}/articles`,
    editorialRoute({
      operationId: 'createArticle', tag: 'editorial', session: 'required',
      summary: 'Tạo bản nháp tin bài mới',
      params: [siteParams], body: articleInputSchema,
      success: { status: 201, description: 'AdminArticle vừa tạo', body: ADMIN_ARTICLE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'create');
      const input = validate(articleInputSchema, request.body);
      const row = await createDraft(db, s.ctx, input);
      return reply.code(201).send(await articlePresenter(opts, request, s)(row));
    },
  );

  app.get(
    `${SITE_PREFIX}/articles/:id`,
    editorialRoute({
      operationId: 'getEditorialArticle', tag: 'editorial', session: 'required',
      summary: 'Một tin bài với đầy đủ nội dung, trạng thái và các thao tác được phép',
      params: [siteParams, articleParams],
      success: { status: 200, description: 'AdminArticle', body: ADMIN_ARTICLE },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts);
      const row = await visibleArticle(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send(await articlePresenter(opts, request, s)(row));
    },
  );

  app.put(
    `${SITE_PREFIX}/articles/:id`,
    editorialRoute({
      operationId: 'saveArticle', tag: 'editorial', session: 'required',
      summary: 'Lưu tin bài dựa trên một phiên bản (baseRevision)',
      description: '409 kèm current, yours và diff khi baseRevision không còn là phiên bản mới nhất; nội dung gửi lên chưa được lưu.',
      params: [siteParams, articleParams], body: saveInputSchema,
      success: { status: 200, description: 'AdminArticle đã lưu', body: ADMIN_ARTICLE },
      ...stale,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'edit');
      const input = validate(saveInputSchema, request.body);
      const { baseRevision, ...fields } = input;
      try {
        const row = await saveArticle(db, s.ctx, s.id, baseRevision, fields);
        return reply.send(await articlePresenter(opts, request, s)(row));
      } catch (error) {
        if (error instanceof StaleRevisionError) return sendStale(opts, request, reply, s, input);
        throw error;
      }
    },
  );

  app.delete(
    `${SITE_PREFIX}/articles/:id`,
    editorialRoute({
      operationId: 'deleteArticle', tag: 'editorial', session: 'required',
      summary: 'Xóa bản nháp tin bài',
      params: [siteParams, articleParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'delete');
      await deleteDraft(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );

  app.post(
    `${SITE_PREFIX}/articles/:id/transitions`,
    editorialRoute({
      operationId: 'transitionArticle', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái tin bài theo quy trình (gửi duyệt, trả lại, duyệt, đăng, hẹn giờ, gỡ, thu hồi…)',
      params: [siteParams, articleParams], body: transitionSchema,
      success: { status: 200, description: 'AdminArticle sau khi chuyển trạng thái', body: ADMIN_ARTICLE },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'view');
      const input = validate(transitionSchema, request.body);
      await visibleArticle(opts, s);
      const row = await transitionArticle(db, s.ctx, s.id, input);
      return reply.send(await articlePresenter(opts, request, s)(row));
    },
  );
}
