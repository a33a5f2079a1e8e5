/**
 * GET /articles (published articles of the current site, newest first, cursor-paged;
 * ranked by search when `q` is given and search exists) and GET /articles/{id}.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { findArticleById, publishedArticlesAfter, publishedArticlesByIds, type ArticleListItem } from '../../../articles/articles.repo.js';
import { findCategoryById, findCategoryBySlug } from '../../../categories/index.js';
import type { CategoryRow, Database } from '../../../db/schema.js';
import { attachmentsOf, findMediaById } from '../../../media/media.repo.js';
import { publicViewOf } from '../../../publishing/read-gate.js';
import type { SearchService } from '../../../search/search.js';
import type { Site } from '../../../sites/index.js';
import { requireSite } from '../../site-routing.js';
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, MAX_ID, MAX_SEARCH_PAGE, type Cursor } from '../cursor.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { assertDateRange, dateParam, integerParam, queryTextParam, slugParam, tokenParam } from '../params.js';
import { articleDto, articleSummaryDto, linkerFor } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { articleListSchema, articleSchema } from '../schemas.js';

export const MAX_LIST_LIMIT = 100;

const listQuery = z.object({
  category: slugParam('mã chuyên mục của cổng hiện tại, ví dụ "tin-tuc-su-kien" (tin của chuyên mục, kể cả tin có nó là chuyên mục khác; khi tìm với "q", chỉ theo chuyên mục chính).').optional(),
  from: dateParam(
    'start',
    'ngày YYYY-MM-DD (tính từ 00:00 giờ Việt Nam) hoặc thời điểm ISO 8601 có múi giờ; chỉ lấy tin đăng từ thời điểm này.',
  ).optional(),
  to: dateParam('end', 'ngày YYYY-MM-DD (tính đến hết ngày theo giờ Việt Nam) hoặc thời điểm ISO 8601 có múi giờ; chỉ lấy tin đăng đến thời điểm này.').optional(),
  limit: integerParam(1, MAX_LIST_LIMIT, `số nguyên từ 1 đến ${MAX_LIST_LIMIT}, mặc định 20.`, 20),
  cursor: tokenParam(MAX_CURSOR_LENGTH, 'giá trị "nextCursor" của trang trước, không sửa đổi; bỏ trống để lấy trang đầu.').optional(),
});

const searchListQuery = listQuery.extend({
  q: queryTextParam('từ khóa (1–200 ký tự, tối đa 12 từ, có dấu hoặc không dấu); khi có, tin được xếp theo mức liên quan.').optional(),
});

type ListQuery = z.output<typeof listQuery> & { q?: string };

const idParams = z.object({ id: integerParam(1, MAX_ID, `mã số tin bài: số nguyên từ 1 đến ${MAX_ID}.`) });

const badCursor = () => ApiProblem.badRequest([{ name: 'cursor', in: 'query', detail: apiVi.problems.badCursor }], apiVi.problems.badCursor);

async function categoryFilter(db: Kysely<Database>, site: Site, slug: string | undefined): Promise<CategoryRow | undefined> {
  if (slug === undefined) return undefined;
  const category = await findCategoryBySlug(db, site.id, slug);
  if (category === undefined) throw ApiProblem.badRequest([{ name: 'category', in: 'query', detail: apiVi.problems.unknownCategory }]);
  return category;
}

interface Page {
  items: ArticleListItem[];
  next: Cursor | null;
}

async function keysetPage(db: Kysely<Database>, site: Site, category: CategoryRow | undefined, query: ListQuery, cursor: Cursor | undefined): Promise<Page> {
  if (cursor?.kind === 'page') throw badCursor();
  const rows = await publishedArticlesAfter(db, {
    siteId: site.id,
    categoryId: category?.id,
    from: query.from,
    to: query.to,
    after: cursor,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const next: Cursor | null = rows.length > query.limit && last !== undefined ? { kind: 'position', publishedAt: last.publishedAt, id: last.id } : null;
  return { items, next };
}

async function searchPage(deps: ApiDependencies, search: SearchService, site: Site, category: CategoryRow | undefined, query: ListQuery & { q: string }, cursor: Cursor | undefined): Promise<Page> {
  if (cursor?.kind === 'position') throw badCursor();
  const page = cursor?.page ?? 1;
  const result = await search.search({
    text: query.q,
    siteIds: [site.id],
    categoryId: category?.id,
    type: 'article',
    from: query.from,
    to: query.to,
    page,
    pageSize: query.limit,
  });
  const ids = result.hits.filter((hit) => hit.type === 'article' && hit.siteId === site.id).map((hit) => hit.id);
  const items = await publishedArticlesByIds(deps.db, site.id, ids);
  const more = page * query.limit < result.total && page < MAX_SEARCH_PAGE;
  return { items, next: more ? { kind: 'page', page: page + 1 } : null };
}

export function articleRoutes(deps: ApiDependencies): ApiRoute[] {
  const { search } = deps;
  return [
    defineRoute({
      path: '/articles',
      operationId: 'listArticles',
      tag: 'articles',
      summary: 'Tin bài đã đăng của cổng hiện tại, mới nhất trước, phân trang bằng con trỏ',
      description:
        'Trang sau: gửi lại đúng các tham số lọc cùng "cursor" bằng "nextCursor" của trang trước, cho đến khi "nextCursor" là null. ' +
        'Con trỏ dựa trên (thời điểm đăng, mã số) nên không bỏ sót hay lặp tin khi có tin mới được đăng giữa chừng.',
      query: search === undefined ? listQuery : searchListQuery,
      response: { name: 'ArticleList', schema: articleListSchema },
      cache: 'list',
      async handler({ request, query }) {
        const site = requireSite(request);
        const list: ListQuery = query;
        assertDateRange(list.from, list.to);
        const cursor = list.cursor === undefined ? undefined : decodeCursor(list.cursor);
        if (list.cursor !== undefined && cursor === undefined) throw badCursor();
        const category = await categoryFilter(deps.db, site, list.category);
        const q = list.q;
        const page =
          search !== undefined && q !== undefined
            ? await searchPage(deps, search, site, category, { ...list, q }, cursor)
            : await keysetPage(deps.db, site, category, list, cursor);
        const link = linkerFor(request, deps.publicScheme);
        return { items: page.items.map((item) => articleSummaryDto(site, item, link)), nextCursor: page.next === null ? null : encodeCursor(page.next) };
      },
    }),
    defineRoute({
      path: '/articles/{id}',
      operationId: 'getArticle',
      tag: 'articles',
      summary: 'Một tin bài đã đăng của cổng hiện tại, đầy đủ nội dung',
      description: 'Tin bài đã bị gỡ hoặc thu hồi trả về 410 (với ghi chú thu hồi công khai nếu có); tin chưa đăng hoặc của cổng khác trả về 404.',
      params: idParams,
      response: { name: 'Article', schema: articleSchema },
      cache: 'detail',
      extraStatuses: [410],
      async handler({ request, params }) {
        const site = requireSite(request);
        const article = await findArticleById(deps.db, params.id);
        if (article === undefined || article.site_id !== site.id) throw ApiProblem.notFound(apiVi.problems.articleNotFound);
        const view = publicViewOf(article);
        if (view === 'withdrawn') throw new ApiProblem(410, apiVi.problems.goneTitle, article.withdrawn_note ?? apiVi.problems.withdrawn);
        if (view === 'gone') throw new ApiProblem(410, apiVi.problems.goneTitle, apiVi.problems.gone);
        const publishedAt = article.published_at;
        if (view !== 'shown' || publishedAt === null) throw ApiProblem.notFound(apiVi.problems.articleNotFound);
        const category = await findCategoryById(deps.db, article.category_id);
        if (category === undefined) throw ApiProblem.notFound(apiVi.problems.articleNotFound);
        const [featuredImage, attachments] = await Promise.all([
          article.featured_image_id === null ? undefined : findMediaById(deps.db, article.featured_image_id),
          attachmentsOf(deps.db, article.id),
        ]);
        const data = { article: { ...article, published_at: publishedAt }, category, featuredImage, attachments };
        return articleDto(site, data, linkerFor(request, deps.publicScheme));
      },
    }),
  ];
}
