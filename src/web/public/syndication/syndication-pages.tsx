/**
 * GET /tin-dia-phuong (?trang=N) and /tin-dia-phuong/rss.xml on a site with child
 * sites: the articles it accepted from them, newest acceptance first, each read from
 * its source row through the read gate at this moment (syndication.repo.ts) and
 * linked on its source site. A site without child sites has no such page (404).
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { buildRssOf, RSS_ITEMS } from '../../../feeds/rss.js';
import { acceptedSyndications, countAcceptedSyndications } from '../../../syndication/index.js';
import { articlePath, SYNDICATED_FEED_PATH, SYNDICATED_PATH } from '../../../urls/paths.js';
import { ifNoneMatchHolds, strongEtag } from '../../etag.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { parsePageNumber } from '../query.js';
import { syndicationVi } from './messages.js';
import { SyndicatedListPage } from './syndication-views.js';

export const SYNDICATED_PAGE_SIZE = 20;

export interface SyndicationPagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);

export function syndicationPages(app: FastifyInstance, opts: SyndicationPagesOptions) {
  const { db, registry } = opts;
  const hasChildren = (siteId: number) => registry.all().some((s) => s.parentId === siteId);

  app.get(SYNDICATED_PATH, async (request, reply) => {
    const site = requireSite(request);
    if (!hasChildren(site.id)) throw notFound();
    const page = parsePageNumber(request.query);
    const total = await countAcceptedSyndications(db, site.id);
    const pages = Math.max(1, Math.ceil(total / SYNDICATED_PAGE_SIZE));
    if (page > pages) throw notFound();
    const [items, chrome] = await Promise.all([acceptedSyndications(db, site.id, SYNDICATED_PAGE_SIZE, (page - 1) * SYNDICATED_PAGE_SIZE), buildChrome(request, opts)]);
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
      .send(renderDocument(<SyndicatedListPage chrome={chrome} data={{ items, page, pages }} />));
  });

  app.get(SYNDICATED_FEED_PATH, async (request, reply) => {
    const site = requireSite(request);
    if (!hasChildren(site.id)) throw notFound();
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const rows = await acceptedSyndications(db, site.id, RSS_ITEMS);
    const items = rows.flatMap((r) => {
      const source = registry.byIdOrUndefined(r.sourceSiteId);
      if (source === undefined) return [];
      return [{
        title: r.title,
        url: `${siteOrigin(source, request.headers.host, opts.config.publicScheme)}${articlePath(r.categorySlug, r.slug)}`,
        publishedAt: r.publishedAt,
        description: r.lead,
        category: source.shortName,
      }];
    });
    const xml = buildRssOf(
      { title: `${syndicationVi.title} - ${site.shortName}`, description: syndicationVi.rssDescription(site.name), link: `${origin}${SYNDICATED_PATH}`, feedUrl: `${origin}${SYNDICATED_FEED_PATH}`, origin, copyright: site.name },
      items,
    );
    const etag = strongEtag(xml);
    reply.type('application/rss+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').header('ETag', etag);
    if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.send(xml);
  });
}
