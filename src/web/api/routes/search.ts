/**
 * GET /search: delegates to the search service (SQLite FTS5 or PostgreSQL full-text),
 * with near matches when nothing is found.
 * Only registered when a search service exists. Covers the current site by default,
 * another site with `site`, or the whole system with `site=all`.
 */
import { z } from 'zod';
import { findCategoryBySlug } from '../../../categories/index.js';
import type { SearchHit, SearchService } from '../../../search/search.js';
import type { Site } from '../../../sites/index.js';
import { toVietnamIso } from '../../../text/index.js';
import { requireSite } from '../../site-routing.js';
import { MAX_SEARCH_PAGE } from '../cursor.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { assertDateRange, dateParam, integerParam, queryTextParam, slugParam } from '../params.js';
import { linkerFor } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { SEARCH_KIND_NAMES, SEARCH_TYPE_DESCRIPTION, searchResultSchema, type SearchHitDto } from '../schemas.js';

export const MAX_SEARCH_PAGE_SIZE = 50;
/** Near matches returned when nothing is found. */
export const NEAR_MATCHES_RETURNED = 5;
const ALL_SITES = 'all';

const searchQuery = z.object({
  q: queryTextParam('từ khóa (1–200 ký tự, tối đa 12 từ), có dấu hoặc không dấu; đặt cụm từ trong dấu ngoặc kép để tìm chính xác.'),
  page: integerParam(1, MAX_SEARCH_PAGE, `trang kết quả: số nguyên từ 1 đến ${MAX_SEARCH_PAGE}, mặc định 1.`, 1),
  pageSize: integerParam(1, MAX_SEARCH_PAGE_SIZE, `số kết quả mỗi trang: số nguyên từ 1 đến ${MAX_SEARCH_PAGE_SIZE}, mặc định 20.`, 20),
  type: z.enum(SEARCH_KIND_NAMES).optional().describe(`${SEARCH_TYPE_DESCRIPTION}; bỏ trống để tìm mọi loại.`),
  category: slugParam('mã chuyên mục của cổng được tìm (không dùng với site=all).').optional(),
  site: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional()
    .describe('mã cổng cần tìm, hoặc "all" để tìm trong toàn hệ thống; bỏ trống để tìm trong cổng hiện tại.'),
  from: dateParam('start', 'ngày YYYY-MM-DD (giờ Việt Nam) hoặc thời điểm ISO 8601 có múi giờ; chỉ lấy nội dung đăng từ thời điểm này.').optional(),
  to: dateParam('end', 'ngày YYYY-MM-DD (giờ Việt Nam) hoặc thời điểm ISO 8601 có múi giờ; chỉ lấy nội dung đăng đến thời điểm này.').optional(),
});

export function searchRoutes(deps: ApiDependencies, search: SearchService): ApiRoute[] {
  return [
    defineRoute({
      path: '/search',
      operationId: 'search',
      tag: 'search',
      summary: 'Tìm kiếm tiếng Việt không phân biệt dấu trong nội dung đã đăng',
      query: searchQuery,
      response: { name: 'SearchResult', schema: searchResultSchema },
      cache: 'list',
      async handler({ request, query }) {
        const current = requireSite(request);
        let scope: Site | undefined;
        if (query.site !== ALL_SITES) {
          scope = query.site === undefined ? current : deps.registry.bySlugOrUndefined(query.site);
          if (scope === undefined) throw ApiProblem.badRequest([{ name: 'site', in: 'query', detail: apiVi.problems.unknownSiteFilter }]);
        }
        let categoryId: number | undefined;
        if (query.category !== undefined) {
          if (scope === undefined) throw ApiProblem.badRequest([{ name: 'category', in: 'query', detail: apiVi.problems.categoryNeedsSite }]);
          const category = await findCategoryBySlug(deps.db, scope.id, query.category);
          if (category === undefined) throw ApiProblem.badRequest([{ name: 'category', in: 'query', detail: apiVi.problems.unknownCategory }]);
          categoryId = category.id;
        }
        assertDateRange(query.from, query.to);
        const filters = {
          text: query.q,
          siteIds: scope === undefined ? undefined : [scope.id],
          categoryId,
          type: query.type,
          from: query.from,
          to: query.to,
        };
        const result = await search.search({ ...filters, page: query.page, pageSize: query.pageSize });
        const near = result.total === 0 ? await search.nearMatches({ ...filters, limit: NEAR_MATCHES_RETURNED }) : [];
        const link = linkerFor(request, deps.publicScheme);
        const toDtos = (hits: readonly SearchHit[]) =>
          hits.flatMap((hit): SearchHitDto[] => {
            const site = deps.registry.byIdOrUndefined(hit.siteId);
            if (site === undefined) return [];
            return [
              {
                type: hit.type,
                id: hit.id,
                site: site.slug,
                title: hit.title,
                titleHtml: hit.titleHtml,
                snippetHtml: hit.snippetHtml,
                url: link.url(site, hit.path),
                publishedAt: hit.publishedAt,
                publishedAtLocal: hit.publishedAt === null ? null : toVietnamIso(hit.publishedAt),
                categoryName: hit.categoryName,
              },
            ];
          });
        return {
          items: toDtos(result.hits),
          total: result.total,
          totalCapped: result.totalCapped,
          page: result.page,
          pageSize: result.pageSize,
          foldedQuery: result.foldedQuery,
          nearMatches: toDtos(near),
        };
      },
    }),
  ];
}
