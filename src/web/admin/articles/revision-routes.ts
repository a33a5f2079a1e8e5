/**
 * An article's history: the list of revisions (who, when, note), the word-level
 * difference between any two, and restoring one (a new save, so it needs baseRevision).
 */
import type { FastifyInstance } from 'fastify';
import { listCategories } from '../../../categories/index.js';
import { articleParams } from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import {
  articleDiffSchema,
  diffQuery,
  REVISION_LIST_LIMIT,
  restoreBody,
  restoreParams,
  revisionListQuery,
  revisionListSchema,
  type ArticleDiff,
  type Revision,
} from '../../../contract/revisions.js';
import { snapshotOf } from '../../../editorial/article-snapshot.js';
import { diffSnapshots } from '../../../editorial/diff.js';
import { restoreRevision } from '../../../editorial/editing.js';
import { StaleRevisionError } from '../../../editorial/errors.js';
import { findSnapshot, listRevisions } from '../../../editorial/revisions.js';
import { HttpError } from '../../http-error.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { ADMIN_ARTICLE, articlePresenter, sendStale, SITE_PREFIX, visibleArticle } from './article-routes.js';
import { onArticle, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

export function revisionRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;

  app.get(
    `${SITE_PREFIX}/articles/:id/revisions`,
    editorialRoute({
      operationId: 'listRevisions', tag: 'editorial', session: 'required',
      summary: `Các phiên bản của tin bài, mới nhất trước, tối đa ${REVISION_LIST_LIMIT} phiên bản mỗi lần (before: các phiên bản cũ hơn)`,
      params: [siteParams, articleParams], query: revisionListQuery,
      success: { status: 200, description: '[{ number, authorId, authorName, createdAt, note }]', body: { name: 'RevisionList', schema: revisionListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts);
      const { before } = validate(revisionListQuery, request.query);
      await visibleArticle(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send((await listRevisions(db, s.id, { limit: REVISION_LIST_LIMIT, before })) satisfies Revision[]);
    },
  );

  /** `to` defaults to the article as it is now. */
  app.get(
    `${SITE_PREFIX}/articles/:id/diff`,
    editorialRoute({
      operationId: 'diffRevisions', tag: 'editorial', session: 'required',
      summary: 'Khác biệt từng từ giữa hai phiên bản của tin bài',
      params: [siteParams, articleParams], query: diffQuery,
      success: { status: 200, description: '{ from, to, fields: [{ field, label, parts }] }', body: { name: 'ArticleDiff', schema: articleDiffSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
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
      return reply.send({ from: q.from, to: q.to ?? row.revision, fields: diffSnapshots(from, to, { category: (id) => categories.get(id) }) } satisfies ArticleDiff);
    },
  );

  app.post(
    `${SITE_PREFIX}/articles/:id/revisions/:number/restore`,
    editorialRoute({
      operationId: 'restoreRevision', tag: 'editorial', session: 'required',
      summary: 'Khôi phục một phiên bản cũ (lưu thành phiên bản mới)',
      description: '409 kèm current, yours và diff khi baseRevision không còn là phiên bản mới nhất.',
      params: [siteParams, articleParams, restoreParams], body: restoreBody,
      success: { status: 200, description: 'AdminArticle sau khi khôi phục', body: ADMIN_ARTICLE },
      errors: [...ON_SITE, 409], staleConflict: true,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'edit');
      const { number } = validate(restoreParams, request.params);
      const { baseRevision } = validate(restoreBody, request.body);
      try {
        const row = await restoreRevision(db, s.ctx, s.id, number, baseRevision);
        return reply.send(await articlePresenter(opts, request, s)(row));
      } catch (error) {
        const snapshot = error instanceof StaleRevisionError ? await findSnapshot(db, s.id, number) : undefined;
        if (snapshot !== undefined) return sendStale(opts, request, reply, s, { ...snapshot, baseRevision });
        throw error;
      }
    },
  );
}
