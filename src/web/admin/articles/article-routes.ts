/**
 * Articles of one site: create a draft, read, save against a base revision (409 with
 * both versions and their difference when stale), delete a draft, and move through
 * the workflow. Rules live in editorial/; this file validates and translates.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listCategories } from '../../../categories/index.js';
import type { ArticleRow } from '../../../db/schema.js';
import { articleInputSchema, instantSchema, mergeInput, saveInputSchema, type ArticleInput } from '../../../editorial/article-input.js';
import { diffSnapshots } from '../../../editorial/diff.js';
import { articleOnSite, createDraft, deleteDraft, saveArticle } from '../../../editorial/editing.js';
import { StaleRevisionError } from '../../../editorial/errors.js';
import { transitionArticle } from '../../../editorial/transitions.js';
import { can, type Transition } from '../../../editorial/workflow.js';
import { sanitizeRichText } from '../../../html/sanitize.js';
import { HttpError } from '../../http-error.js';
import { onArticle, onSite, service, toHttpError, type EditorialRouteOptions, type SiteRequest } from './context.js';
import { presentArticle, type AdminArticle } from './presenter.js';
import { validate } from './vi-validation.js';

export const SITE_PREFIX = '/api/v1/admin/sites/:site';

const TRANSITION_NAMES = ['submit', 'return', 'approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'withdraw', 'reopen'] as const satisfies readonly Transition[];

export const transitionSchema = z.object({
  transition: z.enum(TRANSITION_NAMES),
  note: z.string().max(2000).optional(),
  at: instantSchema.optional(),
  unpublishAt: instantSchema.optional(),
});

export function articlePresenter(opts: EditorialRouteOptions, request: FastifyRequest, s: SiteRequest) {
  return (row: ArticleRow): Promise<AdminArticle> =>
    presentArticle({ db: opts.db, site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row);
}

/** The article of the path, 404 when it is not on this site, 403 when this actor may not see it. */
export async function visibleArticle(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<ArticleRow> {
  const row = await service(() => articleOnSite(opts.db, s.site.id, s.id));
  if (!can(s.actor, 'view', { status: row.status, createdBy: row.created_by })) {
    throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được tin bài của chính mình.');
  }
  return row;
}

export async function sendStale(opts: EditorialRouteOptions, request: FastifyRequest, reply: FastifyReply, s: SiteRequest & { id: number }, yours: ArticleInput & { baseRevision: number }) {
  const row = await service(() => articleOnSite(opts.db, s.site.id, s.id));
  const current = await articlePresenter(opts, request, s)(row);
  const categories = new Map((await listCategories(opts.db, s.site.id)).map((c) => [c.id, c.name]));
  const diff = diffSnapshots(current, mergeInput(current, yours), { category: (id) => categories.get(id) });
  return reply
    .code(409)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: 'about:blank',
      title: 'Tin bài đã thay đổi',
      status: 409,
      detail: `Trong lúc bạn sửa, tin bài đã được lưu ở phiên bản ${row.revision} (bạn sửa từ phiên bản ${yours.baseRevision}). Nội dung của bạn chưa được lưu: hãy xem khác biệt, rồi lưu lại dựa trên phiên bản mới.`,
      instance: request.url.split('?', 1)[0],
      current,
      // Echoed as it would have been stored, so no interface renders unsanitised HTML from here.
      yours: { ...yours, bodyHtml: sanitizeRichText(yours.bodyHtml) },
      diff: { fields: diff },
    });
}

export async function articleRoutes(app: FastifyInstance, opts: EditorialRouteOptions): Promise<void> {
  const { db, registry } = opts;

  app.post(`${SITE_PREFIX}/articles`, async (request, reply) => {
    const s = onSite(request, opts, 'create');
    const input = validate(articleInputSchema, request.body);
    const row = await service(() => createDraft(db, s.ctx, input));
    return reply.code(201).send(await articlePresenter(opts, request, s)(row));
  });

  app.get(`${SITE_PREFIX}/articles/:id`, async (request, reply) => {
    const s = onArticle(request, opts);
    const row = await visibleArticle(opts, s);
    reply.header('Cache-Control', 'no-store');
    return reply.send(await articlePresenter(opts, request, s)(row));
  });

  app.put(`${SITE_PREFIX}/articles/:id`, async (request, reply) => {
    const s = onArticle(request, opts, 'edit');
    const input = validate(saveInputSchema, request.body);
    const { baseRevision, ...fields } = input;
    try {
      const row = await saveArticle(db, s.ctx, s.id, baseRevision, fields);
      return reply.send(await articlePresenter(opts, request, s)(row));
    } catch (error) {
      if (error instanceof StaleRevisionError) return sendStale(opts, request, reply, s, input);
      throw toHttpError(error);
    }
  });

  app.delete(`${SITE_PREFIX}/articles/:id`, async (request, reply) => {
    const s = onArticle(request, opts, 'delete');
    await service(() => deleteDraft(db, s.ctx, s.id));
    return reply.code(204).send();
  });

  app.post(`${SITE_PREFIX}/articles/:id/transitions`, async (request, reply) => {
    const s = onArticle(request, opts, 'view');
    const input = validate(transitionSchema, request.body);
    await visibleArticle(opts, s);
    const row = await service(() => transitionArticle(db, s.ctx, s.id, input));
    return reply.send(await articlePresenter(opts, request, s)(row));
  });
}
