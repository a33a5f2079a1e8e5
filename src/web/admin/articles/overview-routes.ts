/**
 * The admin's starting points: the sites a person may work on, a site's dashboard
 * (my drafts, waiting for me, scheduled, overdue jobs for approvers) and the article
 * list with its filters (q searches drafts too).
 */
import type { FastifyInstance } from 'fastify';
import { articleListQuery, articlePageSchema, dashboardSchema, type ArticlePage, type Dashboard } from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import { editorialSiteListSchema, type EditorialSite } from '../../../contract/sites.js';
import type { ArticleStatus } from '../../../db/schema.js';
import { articlesInOrder, countArticles, listArticles, listBy, summariesByIds, type ListFilter } from '../../../editorial/listing.js';
import { ROLE_LABELS } from '../../../editorial/roles.js';
import { can, PERMISSIONS, type Actor } from '../../../editorial/workflow.js';
import { overdueJobs } from '../../../jobs/jobs.repo.js';
import { requireAuth, roleOn } from '../auth-context.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { SITE_PREFIX } from './article-routes.js';
import { onSite, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

/** The list's search reads the best this many matches, then applies its own filters. */
const SEARCH_MATCHES = 500;

/** What waits for this actor: approvers approve and publish, editors review, others fix returned drafts. */
function waitingStatuses(actor: Actor): ArticleStatus[] {
  if (can(actor, 'approve')) return ['submitted', 'approved'];
  if (can(actor, 'return')) return ['submitted'];
  return ['returned'];
}

export function overviewRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db, registry } = opts;

  app.get(
    '/api/v1/admin/sites',
    editorialRoute({
      operationId: 'listEditorialSites', tag: 'editorial', session: 'required',
      summary: 'Các cổng mà người dùng được làm việc',
      success: {
        status: 200,
        description: '[{ id, slug, name, shortName, kind, parentId, status, role, roleLabel, actions }]',
        body: { name: 'EditorialSiteList', schema: editorialSiteListSchema },
      },
      errors: [401, 403],
    }),
    async (request, reply) => {
      const { user } = requireAuth(request);
      const sites = registry.all().filter((site) => user.isSystemAdmin || roleOn(user, site.id) !== undefined);
      reply.header('Cache-Control', 'no-store');
      return reply.send(
        sites.map((site): EditorialSite => {
          const role = roleOn(user, site.id) ?? null;
          const effective = user.isSystemAdmin ? 'site_admin' : role;
          return {
            id: site.id, slug: site.slug, name: site.name, shortName: site.shortName, kind: site.kind, parentId: site.parentId, status: site.status,
            role, roleLabel: role === null ? (user.isSystemAdmin ? 'Quản trị hệ thống' : null) : ROLE_LABELS[role],
            actions: effective === null ? [] : [...PERMISSIONS[effective]],
          };
        }),
      );
    },
  );

  app.get(
    `${SITE_PREFIX}/dashboard`,
    editorialRoute({
      operationId: 'getDashboard', tag: 'editorial', session: 'required',
      summary: 'Bảng điều khiển: bản nháp của tôi, việc chờ tôi, tin hẹn giờ, việc quá hạn',
      params: [siteParams],
      success: { status: 200, description: '{ myDrafts, waitingForMe, scheduled, overdue }', body: { name: 'Dashboard', schema: dashboardSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const siteId = s.site.id;
      const own = can(s.actor, 'view', { status: 'draft', createdBy: -1 }) ? undefined : s.actor.userId;
      const waitingFilter: ListFilter = { siteId, statuses: waitingStatuses(s.actor), onlyCreatedBy: own };
      const [myDrafts, waitingForMe, scheduled, jobs] = await Promise.all([
        listBy(db, { siteId, statuses: ['draft', 'returned'], onlyCreatedBy: s.actor.userId }, 'updated', 20),
        listBy(db, waitingFilter, 'updated', 50),
        listBy(db, { siteId, statuses: ['scheduled'], onlyCreatedBy: own }, 'scheduled', 50),
        can(s.actor, 'publish') ? overdueJobs(db, siteId, new Date()) : Promise.resolve([]),
      ]);
      const articles = await summariesByIds(db, siteId, [...new Set(jobs.map((j) => j.articleId))]);
      const overdue = jobs.flatMap((job) => {
        const article = articles.get(job.articleId);
        return article === undefined ? [] : [{ ...article, job }];
      });
      reply.header('Cache-Control', 'no-store');
      return reply.send({ myDrafts, waitingForMe, scheduled, overdue } satisfies Dashboard);
    },
  );

  app.get(
    `${SITE_PREFIX}/articles`,
    editorialRoute({
      operationId: 'listEditorialArticles', tag: 'editorial', session: 'required',
      summary: 'Danh sách tin bài của cổng, có lọc và tìm kiếm (kể cả bản nháp)',
      params: [siteParams], query: articleListQuery,
      success: { status: 200, description: '{ items: ArticleSummary[], total, page, pageSize }', body: { name: 'ArticlePage', schema: articlePageSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const q = validate(articleListQuery, request.query);
      const own = can(s.actor, 'view', { status: 'draft', createdBy: -1 }) ? undefined : s.actor.userId;
      const filter: ListFilter = { siteId: s.site.id, statuses: q.status, authorId: q.author, categoryId: q.category, from: q.from, to: q.to, onlyCreatedBy: own };
      const offset = (q.page - 1) * q.pageSize;
      reply.header('Cache-Control', 'no-store');
      if (q.q === undefined || q.q.length === 0) {
        const [items, total] = await Promise.all([listArticles(db, filter, q.pageSize, offset), countArticles(db, filter)]);
        return reply.send({ items, total, page: q.page, pageSize: q.pageSize } satisfies ArticlePage);
      }
      if (opts.search === undefined) {
        const withTitle = { ...filter, titleLike: q.q };
        const [items, total] = await Promise.all([listArticles(db, withTitle, q.pageSize, offset), countArticles(db, withTitle)]);
        return reply.send({ items, total, page: q.page, pageSize: q.pageSize } satisfies ArticlePage);
      }
      // Ranked ids from the search service (drafts included, no excerpts built), then this list's own filters.
      const ranked = await opts.search.rankedIds({ text: q.q, siteIds: [s.site.id], type: 'article', includeUnpublished: true, limit: SEARCH_MATCHES });
      const ids = ranked.filter((r) => r.type === 'article').map((r) => r.id);
      const matches = await articlesInOrder(db, filter, ids);
      return reply.send({ items: matches.slice(offset, offset + q.pageSize), total: matches.length, page: q.page, pageSize: q.pageSize } satisfies ArticlePage);
    },
  );
}
