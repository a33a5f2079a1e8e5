/**
 * Counts the public page views in one place: after a response is sent (onResponse), a GET
 * that answered 200 with a reader's HTML page counts for its site — and for the article
 * and its category when the page was an article (the article page marks it on the request).
 * Robots, HEAD, print views, the admin, the API, files and feeds are not counted
 * (statistics/page-view-rules.ts). Nothing here touches the database: the counter writes in
 * batches. It also hands the footer its numbers, from memory.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { countsAsPageView } from '../../statistics/page-view-rules.js';
import type { ViewStatistics, VisitCounts } from '../../statistics/view-statistics.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The article this page showed, set by the article page for the view counter. */
    articleViewed: { id: number; categoryId: number } | null;
    /** The footer's numbers of a site, from memory (no database read); null without the counter. */
    visitCounts: ((siteId: number) => VisitCounts | undefined) | null;
  }
}

/** The article page says which article (and category) it showed: counted once the page answered 200. */
export function markArticleView(request: FastifyRequest, article: { id: number; categoryId: number }): void {
  request.articleViewed = article;
}

export const viewCounting = fp(function viewCounting(app: FastifyInstance, opts: { statistics: ViewStatistics }) {
  const { statistics } = opts;
  const counts = (siteId: number) => statistics.counts(siteId);
  app.decorateRequest('articleViewed', null);
  app.decorateRequest('visitCounts', null);
  app.addHook('onRequest', (request, _reply, done) => {
    request.visitCounts = counts;
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const site = request.site;
    const contentType = reply.getHeader('content-type');
    const userAgent = request.headers['user-agent'];
    if (
      site !== null &&
      countsAsPageView({ method: request.method, url: request.url, status: reply.statusCode, contentType: typeof contentType === 'string' ? contentType : undefined, userAgent })
    ) {
      statistics.record({ siteId: site.id, article: request.articleViewed ?? undefined });
      statistics.noteVisitor(site.id, request.ip, userAgent ?? '');
    }
    done();
  });
});
