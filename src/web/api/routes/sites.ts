/** GET /sites and /sites/{slug}: every portal of the system, from the in-memory registry. */
import { z } from 'zod';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { slugParam } from '../params.js';
import { linkerFor, siteDto } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { siteListSchema, siteSchema } from '../schemas.js';

export function siteRoutes(deps: ApiDependencies): ApiRoute[] {
  return [
    defineRoute({
      path: '/sites',
      operationId: 'listSites',
      tag: 'sites',
      summary: 'Danh sách mọi cổng thông tin của hệ thống',
      response: { name: 'SiteList', schema: siteListSchema },
      cache: 'list',
      handler({ request }) {
        const link = linkerFor(request, deps.publicScheme);
        return { items: deps.registry.all().map((site) => siteDto(site, deps.registry, link)) };
      },
    }),
    defineRoute({
      path: '/sites/{slug}',
      operationId: 'getSite',
      tag: 'sites',
      summary: 'Một cổng thông tin theo mã',
      params: z.object({ slug: slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "camlo".') }),
      response: { name: 'Site', schema: siteSchema },
      cache: 'detail',
      handler({ request, params }) {
        const site = deps.registry.bySlugOrUndefined(params.slug);
        if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
        return siteDto(site, deps.registry, linkerFor(request, deps.publicScheme));
      },
    }),
  ];
}
