/**
 * Suggestions for an article's "Tin liên quan":
 *   GET /api/v1/admin/sites/{site}/articles/{id}/related-suggestions?q= → RelatedSuggestion[]
 * Up to ten public articles of the site other than this one, from the site's search on
 * q, or on the article's title when q is absent (editorial/related-suggestions.ts).
 */
import type { FastifyInstance } from 'fastify';
import { articleParams, relatedSuggestionListSchema, relatedSuggestionQuery, type RelatedSuggestion } from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import { suggestRelated } from '../../../editorial/related-suggestions.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { SITE_PREFIX, visibleArticle } from './article-routes.js';
import { onArticle, type EditorialRouteOptions } from './context.js';
import { validate } from './vi-validation.js';

export function relatedRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  app.get(
    `${SITE_PREFIX}/articles/:id/related-suggestions`,
    editorialRoute({
      operationId: 'suggestRelatedArticles', tag: 'editorial', session: 'required',
      summary: 'Gợi ý tin liên quan: tối đa 10 tin đã đăng của cổng, tìm theo q hoặc theo tiêu đề của tin bài',
      params: [siteParams, articleParams], query: relatedSuggestionQuery,
      success: { status: 200, description: 'RelatedSuggestion[]', body: { name: 'RelatedSuggestionList', schema: relatedSuggestionListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onArticle(request, opts, 'view');
      const { q } = validate(relatedSuggestionQuery, request.query);
      const row = await visibleArticle(opts, s);
      const found = await suggestRelated(opts.db, opts.search, { id: row.id, siteId: row.site_id, title: row.title, categoryId: row.category_id }, q);
      reply.header('Cache-Control', 'no-store');
      return reply.send(
        found.map((a): RelatedSuggestion => ({ id: a.id, title: a.title, categoryId: a.categoryId, categoryName: a.categoryName, publishedAt: a.publishedAt })),
      );
    },
  );
}
