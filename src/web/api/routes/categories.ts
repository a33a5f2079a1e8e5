/** GET /categories: the current site's categories in tree order. */
import { listCategories } from '../../../categories/index.js';
import { requireSite } from '../../site-routing.js';
import type { ApiDependencies } from '../dependencies.js';
import { categoryDtos, linkerFor } from '../presenters.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { categoryListSchema } from '../schemas.js';

export function categoryRoutes(deps: ApiDependencies): ApiRoute[] {
  return [
    defineRoute({
      path: '/categories',
      operationId: 'listCategories',
      tag: 'categories',
      summary: 'Chuyên mục của cổng hiện tại (theo tên miền), theo thứ tự cây',
      response: { name: 'CategoryList', schema: categoryListSchema },
      cache: 'list',
      async handler({ request }) {
        const site = requireSite(request);
        const categories = await listCategories(deps.db, site.id);
        return { site: site.slug, items: categoryDtos(site, categories, linkerFor(request, deps.publicScheme)) };
      },
    }),
  ];
}
