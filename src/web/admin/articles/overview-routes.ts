/**
 * The admin's starting points: the sites a person may work on, a site's dashboard
 * (my drafts, waiting for me, scheduled, overdue jobs for approvers) and the article
 * list with its filters (q searches drafts too).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ArticleStatus } from '../../../db/schema.js';
import { instantSchema } from '../../../editorial/article-input.js';
import { articlesInOrder, countArticles, listArticles, listBy, summariesByIds, type ListFilter } from '../../../editorial/listing.js';
import { ROLE_LABELS } from '../../../editorial/roles.js';
import { can, PERMISSIONS, STATUS_LABELS, type Actor } from '../../../editorial/workflow.js';
import { overdueJobs } from '../../../jobs/jobs.repo.js';
import { countQueryWords, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../../search/query.js';
import { requireAuth, roleOn } from '../auth-context.js';
import { SITE_PREFIX } from './article-routes.js';
import { onSite, type EditorialRouteOptions } from './context.js';
import { idString, validate } from './vi-validation.js';

const STATUSES = Object.keys(STATUS_LABELS) as [ArticleStatus, ...ArticleStatus[]];
const DAY = /^(19|2\d)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** "2026-11-29" is that day in Vietnam (from its first to its last millisecond); an ISO instant is itself. */
const dateBound = (end: boolean) =>
  z.union([
    z.string().max(10).regex(DAY).transform((d) => new Date(Date.parse(`${d}T00:00:00Z`) - VIETNAM_OFFSET_MS + (end ? 86_400_000 - 1 : 0)).toISOString()),
    instantSchema.transform((d) => new Date(d).toISOString()),
  ]);

export const listQuery = z.object({
  status: z.string().max(200).transform((s) => s.split(',').filter((x) => x.length > 0)).pipe(z.array(z.enum(STATUSES))).optional(),
  author: idString.optional(),
  category: idString.optional(),
  from: dateBound(false).optional(),
  to: dateBound(true).optional(),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_CHARS)
    .refine((q) => countQueryWords(q) <= MAX_QUERY_WORDS, `Tối đa ${MAX_QUERY_WORDS} từ`)
    .describe(`Tìm trong tiêu đề, sapo và nội dung, kể cả bản nháp: tối đa ${MAX_QUERY_CHARS} ký tự, ${MAX_QUERY_WORDS} từ`)
    .optional(),
  page: z.string().max(5, 'Số trang không hợp lệ').regex(/^[1-9]\d{0,4}$/, 'Số trang không hợp lệ').transform(Number).default('1'),
  pageSize: z.string().max(3, 'Cỡ trang từ 1 đến 100').regex(/^[1-9]\d?$|^100$/, 'Cỡ trang từ 1 đến 100').transform(Number).default('20'),
});

/** The list's search reads the best this many matches, then applies its own filters. */
const SEARCH_MATCHES = 500;

/** What waits for this actor: approvers approve and publish, editors review, others fix returned drafts. */
function waitingStatuses(actor: Actor): ArticleStatus[] {
  if (can(actor, 'approve')) return ['submitted', 'approved'];
  if (can(actor, 'return')) return ['submitted'];
  return ['returned'];
}

export async function overviewRoutes(app: FastifyInstance, opts: EditorialRouteOptions): Promise<void> {
  const { db, registry } = opts;

  app.get('/api/v1/admin/sites', async (request, reply) => {
    const { user } = requireAuth(request);
    const sites = registry.all().filter((site) => user.isSystemAdmin || roleOn(user, site.id) !== undefined);
    reply.header('Cache-Control', 'no-store');
    return reply.send(
      sites.map((site) => {
        const role = roleOn(user, site.id) ?? null;
        const effective = user.isSystemAdmin ? 'site_admin' : role;
        return {
          id: site.id, slug: site.slug, name: site.name, shortName: site.shortName, kind: site.kind, parentId: site.parentId, status: site.status,
          role, roleLabel: role === null ? (user.isSystemAdmin ? 'Quản trị hệ thống' : null) : ROLE_LABELS[role],
          actions: effective === null ? [] : PERMISSIONS[effective],
        };
      }),
    );
  });

  app.get(`${SITE_PREFIX}/dashboard`, async (request, reply) => {
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
    return reply.send({ myDrafts, waitingForMe, scheduled, overdue });
  });

  app.get(`${SITE_PREFIX}/articles`, async (request, reply) => {
    const s = onSite(request, opts, 'view');
    const q = validate(listQuery, request.query);
    const own = can(s.actor, 'view', { status: 'draft', createdBy: -1 }) ? undefined : s.actor.userId;
    const filter: ListFilter = { siteId: s.site.id, statuses: q.status, authorId: q.author, categoryId: q.category, from: q.from, to: q.to, onlyCreatedBy: own };
    const offset = (q.page - 1) * q.pageSize;
    reply.header('Cache-Control', 'no-store');
    if (q.q === undefined || q.q.length === 0) {
      const [items, total] = await Promise.all([listArticles(db, filter, q.pageSize, offset), countArticles(db, filter)]);
      return reply.send({ items, total, page: q.page, pageSize: q.pageSize });
    }
    if (opts.search === undefined) {
      const withTitle = { ...filter, titleLike: q.q };
      const [items, total] = await Promise.all([listArticles(db, withTitle, q.pageSize, offset), countArticles(db, withTitle)]);
      return reply.send({ items, total, page: q.page, pageSize: q.pageSize });
    }
    // Ranked ids from the search service (drafts included, no excerpts built), then this list's own filters.
    const ranked = await opts.search.rankedIds({ text: q.q, siteIds: [s.site.id], type: 'article', includeUnpublished: true, limit: SEARCH_MATCHES });
    const ids = ranked.filter((r) => r.type === 'article').map((r) => r.id);
    const matches = await articlesInOrder(db, filter, ids);
    return reply.send({ items: matches.slice(offset, offset + q.pageSize), total: matches.length, page: q.page, pageSize: q.pageSize });
  });
}
