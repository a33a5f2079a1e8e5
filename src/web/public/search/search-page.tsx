/**
 * GET /tim-kiem on every site: server-rendered search. The province (root site)
 * searches every portal of the system, narrowed by `?cong=slug`, and names the
 * source portal of each hit with a link on that portal's own address; any other
 * site searches itself only. `?loai=` narrows it to one kind of content (search/kinds.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { indexedKinds } from '../../../search/kinds.js';
import type { SearchHit, SearchService } from '../../../search/search.js';
import type { Site } from '../../../sites/index.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { publicLimited, registerPublicLimit, type PublicLimitOptions } from '../public-limit.js';
import { parseSearchParams } from './search-params.js';
import { SearchPage, type HitView, type SearchViewData } from './search-view.js';

export const SEARCH_PAGE_SIZE = 10;
/** Near matches shown when nothing is found. */
export const NEAR_MATCHES_SHOWN = 5;

export interface SearchPageOptions extends SiteRoutingOptions {
  search: SearchService;
  /** Searches per client address (public-limit.ts). */
  limit: PublicLimitOptions;
}

function hitViews(request: FastifyRequest, opts: SearchPageOptions, site: Site, province: boolean, hits: readonly SearchHit[]): HitView[] {
  return hits.map((hit) => {
    const source = opts.registry.byIdOrUndefined(hit.siteId);
    if (!province || source === undefined || source.id === site.id) return { hit, href: hit.path, source: null };
    const origin = siteOrigin(source, request.headers.host, opts.config.publicScheme);
    // An archived site's content stays findable, marked as such.
    const name = source.status === 'archived' ? `${source.name} ${vi.archive.mark}` : source.name;
    return { hit, href: `${origin}${hit.path}`, source: { name, href: `${origin}/` } };
  });
}

export async function searchPage(app: FastifyInstance, opts: SearchPageOptions) {
  await registerPublicLimit(app, opts.limit);
  app.get('/tim-kiem', publicLimited(opts.limit), async (request, reply) => {
    const site = requireSite(request);
    const params = parseSearchParams(request.query);
    const province = opts.registry.root()?.id === site.id;
    let siteIds: number[] | undefined = [site.id];
    if (params.site !== undefined) {
      const chosen = opts.registry.bySlugOrUndefined(params.site);
      if (chosen === undefined) throw new HttpError(400, vi.errors.badRequestTitle, vi.search.badSite);
      if (province) siteIds = [chosen.id];
    } else if (province) {
      siteIds = undefined;
    }
    const q = params.q;
    const type = params.kind?.kind;
    const result =
      q.trim() === '' ? null : await opts.search.search({ text: q, siteIds, type, page: params.page, pageSize: SEARCH_PAGE_SIZE });
    // As on category pages, a page past the last one does not exist.
    const pages = result === null ? 1 : Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
    if (params.page > pages) throw new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
    // Nothing found: offer what looks like the query ("binh dang gioj").
    const near = result !== null && result.total === 0 ? await opts.search.nearMatches({ text: q, siteIds, type, limit: NEAR_MATCHES_SHOWN }) : [];
    const data: SearchViewData = {
      q,
      site: province ? params.site : undefined,
      siteOptions: province ? opts.registry.all().map((s) => ({ slug: s.slug, name: s.name })) : null,
      kind: params.kind?.param,
      kindOptions: indexedKinds().map((k) => ({ param: k.param, label: k.label })),
      result,
      hits: result === null ? [] : hitViews(request, opts, site, province, result.hits),
      nearHits: hitViews(request, opts, site, province, near),
    };
    const chrome = await buildChrome(request, opts);
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
      .send(renderDocument(<SearchPage chrome={chrome} data={data} />));
  });
}
