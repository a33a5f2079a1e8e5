/**
 * /rss.xml, /{category}/rss.xml, /sitemap.xml (+ its parts: /sitemap-trang.xml and
 * /sitemap-{type}-{n}.xml, read in keyset batches, at most SITEMAP_CHUNK URLs a file) and
 * /robots.txt.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { categoryArticlesFrom, latestArticles } from '../../articles/articles.repo.js';
import { findCategoryBySlug, listCategories } from '../../categories/index.js';
import type { Database } from '../../db/schema.js';
import type { Site } from '../../sites/index.js';
import { buildRss, RSS_ITEMS } from '../../feeds/rss.js';
import { SITEMAP_CHUNK, sitemapIndex, urlset, type SitemapEntry } from '../../feeds/sitemap.js';
import { sitemapSources, type SitemapRow, type SitemapSource } from '../../feeds/sitemap-sources.js';
import { publicTopics } from '../../topics/index.js';
import { listPublishedPages } from '../../pages/index.js';
import { isSlug } from '../../text/index.js';
import { categoryPath, pagePathIn, topicPath } from '../../urls/paths.js';
import { ifNoneMatchHolds, strongEtag } from '../etag.js';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';
import { siteOrigin } from '../site-origin.js';
import { requireSite, type SiteRoutingOptions } from '../site-routing.js';

export interface FeedOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
  /** URLs per sitemap file (SITEMAP_CHUNK unless a test lowers it). */
  sitemapLimit?: number;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
const XML_CACHE = 'public, max-age=300';
export const RSS = 'application/rss+xml; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
/** Rows read from storage at a time while a sitemap file is written. */
const SITEMAP_BATCH = 1_000;

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
  const limit = opts.sitemapLimit ?? SITEMAP_CHUNK;
  const sources = sitemapSources(db);
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
    // The category's top keyset page: RSS_ITEMS rows read, by the site's (published_at, id) index.
    const articles = await categoryArticlesFrom(db, site.id, category.id, { limit: RSS_ITEMS, direction: 'older' });
    const path = categoryPath(category.slug);
    const xml = buildRss(
      { title: channelTitle(`${category.name} - ${site.shortName}`, site), description: category.description ?? `${category.name} - ${site.name}`, link: `${origin}${path}`, feedUrl: `${origin}${path}/rss.xml`, origin, copyright: site.name },
      articles,
    );
    return sendFeed(request, reply, RSS, xml);
  });

  /** Home, static pages, categories and topics: a few hundred at most. */
  async function fixedEntries(siteId: number, origin: string): Promise<SitemapEntry[]> {
    const [pages, categories, topics] = await Promise.all([listPublishedPages(db, siteId), listCategories(db, siteId), publicTopics(db, siteId)]);
    return [
      { loc: `${origin}/` },
      ...pages.map((p) => ({ loc: `${origin}${pagePathIn(p.slug, p.language)}`, lastmod: p.updated_at })),
      ...categories.map((c) => ({ loc: `${origin}${categoryPath(c.slug)}` })),
      ...topics.map((topic) => ({ loc: `${origin}${topicPath(topic.slug)}` })),
    ];
  }

  /**
   * The public rows of one source from `startId` on, `limit` at most, a batch at a time;
   * `first` is the batch already read (to answer 404 before anything is sent).
   */
  async function* rowsFrom(source: SitemapSource, siteId: number, origin: string, first: SitemapRow[], limit: number): AsyncGenerator<SitemapEntry[]> {
    let batch = first;
    let left = limit;
    let asked = Math.min(SITEMAP_BATCH, limit);
    for (;;) {
      yield batch.map((row) => ({ ...row.entry, loc: `${origin}${row.entry.loc}` }));
      left -= batch.length;
      const last = batch[batch.length - 1];
      if (left <= 0 || batch.length < asked || last === undefined) return;
      asked = Math.min(SITEMAP_BATCH, left);
      batch = await source.batch(siteId, last.id + 1, asked);
    }
  }

  /**
   * A sitemap file's entries, read a batch at a time and sent whole: a file holds `limit`
   * URLs at most, so its body is bounded whatever the site's size, and whole it has an ETag
   * and the page cache keeps it (most sites of a province fit in one file, asked for by
   * every crawler).
   */
  async function sendUrlset(request: FastifyRequest, reply: FastifyReply, batches: AsyncIterable<SitemapEntry[]>): Promise<FastifyReply> {
    const entries: SitemapEntry[] = [];
    for await (const batch of batches) entries.push(...batch);
    return sendFeed(request, reply, XML, urlset(entries));
  }

  /**
   * /sitemap.xml: one urlset while the site's URLs fit in one file, else an
   * index of /sitemap-trang.xml and numbered files per content type, `limit` URLs each.
   */
  app.get('/sitemap.xml', async (request, reply) => {
    const site = requireSite(request);
    const origin = originOf(request);
    const [fixed, counts] = await Promise.all([fixedEntries(site.id, origin), Promise.all(sources.map((s) => s.count(site.id)))]);
    const total = counts.reduce((sum, n) => sum + n, fixed.length);
    if (total <= limit) {
      async function* everything(): AsyncGenerator<SitemapEntry[]> {
        yield fixed;
        for (const [i, source] of sources.entries()) {
          if ((counts[i] ?? 0) === 0) continue;
          yield* rowsFrom(source, site.id, origin, await source.batch(site.id, 1, Math.min(SITEMAP_BATCH, limit)), limit);
        }
      }
      return sendUrlset(request, reply, everything());
    }
    const locations = [`${origin}/sitemap-trang.xml`];
    for (const [i, source] of sources.entries()) {
      const files = Math.ceil((counts[i] ?? 0) / limit);
      for (let n = 1; n <= files; n += 1) locations.push(`${origin}/sitemap-${source.slug}-${n}.xml`);
    }
    return sendFeed(request, reply, XML, sitemapIndex(locations));
  });

  app.get('/sitemap-trang.xml', async (request, reply) => {
    const site = requireSite(request);
    return sendFeed(request, reply, XML, urlset(await fixedEntries(site.id, originOf(request))));
  });

  for (const source of sources) {
    app.get<{ Params: { n: string } }>(`/sitemap-${source.slug}-:n.xml`, async (request, reply) => {
      const site = requireSite(request);
      if (!/^[1-9][0-9]{0,5}$/.test(request.params.n)) throw notFound();
      const n = Number(request.params.n);
      // Where file n starts: the first row, or the row after the (n-1)·limit first ones.
      const startId = n === 1 ? 1 : await source.idAt(site.id, (n - 1) * limit);
      if (startId === undefined) throw notFound();
      const first = await source.batch(site.id, startId, Math.min(SITEMAP_BATCH, limit));
      if (first.length === 0) throw notFound();
      return sendUrlset(request, reply, rowsFrom(source, site.id, originOf(request), first, limit));
    });
  }

  app.get('/robots.txt', async (request, reply) => {
    const origin = originOf(request);
    const body = ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /*?ban-in=', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
    return sendFeed(request, reply, 'text/plain; charset=utf-8', body);
  });
}
