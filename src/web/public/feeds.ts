/** /rss.xml, /{category}/rss.xml, /sitemap.xml (+ its parts) and /robots.txt. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { countPublishedArticles, latestArticles, articlesInCategory, publishedArticlesPage } from '../../articles/articles.repo.js';
import { findCategoryBySlug, listCategories } from '../../categories/index.js';
import type { Database } from '../../db/schema.js';
import type { Site } from '../../sites/index.js';
import { buildRss, RSS_ITEMS } from '../../feeds/rss.js';
import { SITEMAP_LIMIT, sitemapIndex, urlset, type SitemapEntry } from '../../feeds/sitemap.js';
import { listPublishedPages } from '../../pages/index.js';
import { isSlug } from '../../text/index.js';
import { articlePath, categoryPath, pagePathIn } from '../../urls/paths.js';
import { ifNoneMatchHolds, strongEtag } from '../etag.js';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';
import { siteOrigin } from '../site-origin.js';
import { requireSite, type SiteRoutingOptions } from '../site-routing.js';

export interface FeedOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
  /** URLs per sitemap file; the protocol's 50,000 unless a test lowers it. */
  sitemapLimit?: number;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
const XML_CACHE = 'public, max-age=300';
export const RSS = 'application/rss+xml; charset=utf-8';
const XML = 'application/xml; charset=utf-8';

/**
 * A feed, sitemap or robots file with its validator: the same bytes give the same ETag, so
 * a reader or a CDN that holds them gets a 304 instead of the body again.
 */
export function sendFeed(request: FastifyRequest, reply: FastifyReply, type: string, body: string): FastifyReply {
  const etag = strongEtag(body);
  reply.type(type).header('Cache-Control', XML_CACHE).header('ETag', etag);
  if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.send(body);
}

/** A feed's title, marked when its site is archived (its items stay, for reference). */
function channelTitle(title: string, site: Site): string {
  return site.status === 'archived' ? `${title} ${vi.archive.mark}` : title;
}

export function feedRoutes(app: FastifyInstance, opts: FeedOptions) {
  const { db } = opts;
  const limit = opts.sitemapLimit ?? SITEMAP_LIMIT;
  const originOf = (request: FastifyRequest) => siteOrigin(requireSite(request), request.headers.host, opts.config.publicScheme);

  app.get('/rss.xml', async (request, reply) => {
    const site = requireSite(request);
    const origin = originOf(request);
    const articles = await latestArticles(db, site.id, RSS_ITEMS);
    const xml = buildRss(
      { title: channelTitle(site.name, site), description: `Tin mới nhất của ${site.name}`, link: `${origin}/`, feedUrl: `${origin}/rss.xml`, origin, copyright: site.name },
      articles,
    );
    return sendFeed(request, reply, RSS, xml);
  });

  app.get<{ Params: { category: string } }>('/:category/rss.xml', async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.category)) throw notFound();
    const category = await findCategoryBySlug(db, site.id, request.params.category);
    if (category === undefined) {
      const moved = await opts.reader.redirectFor(site.id, `${categoryPath(request.params.category)}/rss.xml`);
      if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
      throw notFound();
    }
    const origin = originOf(request);
    const articles = await articlesInCategory(db, category.id, RSS_ITEMS);
    const path = categoryPath(category.slug);
    const xml = buildRss(
      { title: channelTitle(`${category.name} - ${site.shortName}`, site), description: category.description ?? `${category.name} - ${site.name}`, link: `${origin}${path}`, feedUrl: `${origin}${path}/rss.xml`, origin, copyright: site.name },
      articles,
    );
    return sendFeed(request, reply, RSS, xml);
  });

  /** Home, static pages and categories: a few hundred at most. */
  async function fixedEntries(siteId: number, origin: string): Promise<SitemapEntry[]> {
    const [pages, categories] = await Promise.all([listPublishedPages(db, siteId), listCategories(db, siteId)]);
    return [
      { loc: `${origin}/` },
      ...pages.map((p) => ({ loc: `${origin}${pagePathIn(p.slug, p.language)}`, lastmod: p.updated_at })),
      ...categories.map((c) => ({ loc: `${origin}${categoryPath(c.slug)}` })),
    ];
  }

  async function articleEntries(siteId: number, origin: string, offset: number, count: number): Promise<SitemapEntry[]> {
    const articles = await publishedArticlesPage(db, siteId, count, offset);
    return articles.map((a) => ({ loc: `${origin}${articlePath(a.categorySlug, a.slug)}`, lastmod: a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt }));
  }

  app.get('/sitemap.xml', async (request, reply) => {
    const site = requireSite(request);
    const origin = originOf(request);
    const [fixed, articleCount] = await Promise.all([fixedEntries(site.id, origin), countPublishedArticles(db, site.id)]);
    if (fixed.length + articleCount <= limit) {
      return sendFeed(request, reply, XML, urlset([...fixed, ...(await articleEntries(site.id, origin, 0, articleCount))]));
    }
    const parts = Math.ceil(articleCount / limit);
    const locations = [`${origin}/sitemap-trang.xml`];
    for (let n = 1; n <= parts; n += 1) locations.push(`${origin}/sitemap-bai-viet-${n}.xml`);
    return sendFeed(request, reply, XML, sitemapIndex(locations));
  });

  app.get('/sitemap-trang.xml', async (request, reply) => {
    const site = requireSite(request);
    return sendFeed(request, reply, XML, urlset(await fixedEntries(site.id, originOf(request))));
  });

  app.get<{ Params: { n: string } }>('/sitemap-bai-viet-:n.xml', async (request, reply) => {
    const site = requireSite(request);
    if (!/^[1-9][0-9]{0,5}$/.test(request.params.n)) throw notFound();
    const n = Number(request.params.n);
    const entries = await articleEntries(site.id, originOf(request), (n - 1) * limit, limit);
    if (entries.length === 0) throw notFound();
    return sendFeed(request, reply, XML, urlset(entries));
  });

  app.get('/robots.txt', async (request, reply) => {
    const origin = originOf(request);
    const body = ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /*?ban-in=', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
    return sendFeed(request, reply, 'text/plain; charset=utf-8', body);
  });
}
