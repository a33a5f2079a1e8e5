/**
 * An article's history: the list of revisions (who, when, note), the word-level
 * difference between any two, and restoring one (a new save, so it needs baseRevision).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCategories } from '../../../categories/index.js';
import { snapshotOf } from '../../../editorial/article-store.js';
import { diffSnapshots } from '../../../editorial/diff.js';
import { restoreRevision } from '../../../editorial/editing.js';
import { StaleRevisionError } from '../../../editorial/errors.js';
import { findSnapshot, listRevisions } from '../../../editorial/revisions.js';
import { HttpError } from '../../http-error.js';
import { articlePresenter, sendStale, SITE_PREFIX, visibleArticle } from './article-routes.js';
import { onArticle, toHttpError, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

const revisionNumber = z.string().max(9, 'Số phiên bản không hợp lệ').regex(/^(0|[1-9][0-9]{0,8})$/, 'Số phiên bản không hợp lệ').transform(Number);
export const diffQuery = z.object({ from: revisionNumber, to: revisionNumber.optional() });
/** Revisions listed at once, newest first; `before` reaches older ones. */
export const REVISION_LIST_LIMIT = 100;
export const revisionListQuery = z.object({
  before: revisionNumber.describe(`Chỉ các phiên bản có số nhỏ hơn số này (để xem tiếp ${REVISION_LIST_LIMIT} phiên bản cũ hơn)`).optional(),
});
export const restoreParams = z.object({ number: revisionNumber }).passthrough();
export const restoreBody = z.object({ baseRevision: z.number().int().min(0).max(2_147_483_647) });

export async function revisionRoutes(app: FastifyInstance, opts: EditorialRouteOptions): Promise<void> {
  const { db, registry } = opts;

  app.get(`${SITE_PREFIX}/articles/:id/revisions`, async (request, reply) => {
    const s = onArticle(request, opts);
    const { before } = validate(revisionListQuery, request.query);
    await visibleArticle(opts, s);
    reply.header('Cache-Control', 'no-store');
    return reply.send(await listRevisions(db, s.id, { limit: REVISION_LIST_LIMIT, before }));
  });

  /** `to` defaults to the article as it is now. */
  app.get(`${SITE_PREFIX}/articles/:id/diff`, async (request, reply) => {
    const s = onArticle(request, opts);
    const row = await visibleArticle(opts, s);
    const q = validate(diffQuery, request.query);
    const [from, to] = await Promise.all([
      findSnapshot(db, s.id, q.from),
      q.to === undefined || q.to === row.revision ? snapshotOf(db, row) : findSnapshot(db, s.id, q.to),
    ]);
    if (from === undefined || to === undefined) {
      throw new HttpError(404, 'Không tìm thấy phiên bản', `Tin bài không có phiên bản ${from === undefined ? q.from : q.to}.`);
    }
    const categories = new Map((await listCategories(db, s.site.id)).map((c) => [c.id, c.name]));
    reply.header('Cache-Control', 'no-store');
    return reply.send({ from: q.from, to: q.to ?? row.revision, fields: diffSnapshots(from, to, { category: (id) => categories.get(id) }) });
  });

  app.post(`${SITE_PREFIX}/articles/:id/revisions/:number/restore`, async (request, reply) => {
    const s = onArticle(request, opts, 'edit');
    const { number } = validate(restoreParams, request.params);
    const { baseRevision } = validate(restoreBody, request.body);
    try {
      const row = await restoreRevision(db, s.ctx, s.id, number, baseRevision);
      return reply.send(await articlePresenter(opts, request, s)(row));
    } catch (error) {
      const snapshot = error instanceof StaleRevisionError ? await findSnapshot(db, s.id, number) : undefined;
      if (snapshot !== undefined) return sendStale(opts, request, reply, s, { ...snapshot, baseRevision });
      throw toHttpError(error);
    }
  });
}
