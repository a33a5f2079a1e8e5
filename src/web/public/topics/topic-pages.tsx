/**
 * GET /chuyen-de (the system's active topics and the site's own), /chuyen-de/{slug}
 * (?trang=N as category pages: a bad number is a 400, a page past the end a 404) and
 * /chuyen-de/{slug}/rss.xml on every site. The articles are read from the articles
 * themselves through the read gate (topics.repo.ts), so one withdrawn or unpublished
 * leaves the topic at once; each links to its own site.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import type { Database, TopicRow } from '../../../db/schema.js';
import { buildRssOf, RSS_ITEMS } from '../../../feeds/rss.js';
import { findMediaById } from '../../../media/index.js';
import type { Site } from '../../../sites/index.js';
import { isSlug } from '../../../text/index.js';
import { countPublicTopicArticles, findPublicTopic, publicTopicArticles, publicTopics, type PublicTopicArticle } from '../../../topics/index.js';
import { articlePath, TOPICS_PATH, topicFeedPath, topicPath } from '../../../urls/paths.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { sendFeed } from '../feeds.js';
import { parsePageNumber } from '../query.js';
import { topicsVi } from './messages.js';
import { TopicListPage, TopicPage, type TopicArticleItem } from './topic-views.js';

/** Articles on one page of a topic. */
export const TOPIC_ARTICLES_PER_PAGE = 20;

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);

function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300').send(renderDocument(page));
}

export function topicPages(app: FastifyInstance, opts: SiteRoutingOptions & { db: Kysely<Database> }) {
  const { db, registry } = opts;

  async function topicOf(request: FastifyRequest<{ Params: { slug: string } }>): Promise<{ site: Site; topic: TopicRow }> {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const topic = await findPublicTopic(db, site.id, request.params.slug);
    if (topic === undefined) throw notFound();
    return { site, topic };
  }

  /** Each article at its own site's address: a path here, an absolute URL on another site; none when its site is gone. */
  function items(request: FastifyRequest, site: Site, rows: PublicTopicArticle[], absolute: boolean): TopicArticleItem[] {
    return rows.flatMap((r) => {
      const own = registry.byIdOrUndefined(r.siteId);
      if (own === undefined) return [];
      const path = articlePath(r.categorySlug, r.slug);
      const here = own.id === site.id;
      const href = here && !absolute ? path : `${siteOrigin(own, request.headers.host, opts.config.publicScheme)}${path}`;
      return [{ title: r.title, lead: r.lead, publishedAt: r.publishedAt, href, siteName: own.name, here }];
    });
  }

  app.get(TOPICS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const [chrome, topics] = await Promise.all([buildChrome(request, opts), publicTopics(db, site.id)]);
    return sendPage(reply, <TopicListPage chrome={chrome} topics={topics} />);
  });

  app.get<{ Params: { slug: string } }>(`${TOPICS_PATH}/:slug/rss.xml`, async (request, reply) => {
    const { site, topic } = await topicOf(request);
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const rows = await publicTopicArticles(db, topic.id, RSS_ITEMS, 0);
    const xml = buildRssOf(
      {
        title: `${topic.title} - ${site.shortName}`, description: topicsVi.rssDescription(topic.title, site.name), link: `${origin}${topicPath(topic.slug)}`,
        feedUrl: `${origin}${topicFeedPath(topic.slug)}`, origin, copyright: site.name,
      },
      items(request, site, rows, true).map((i) => ({ title: i.title, url: i.href, publishedAt: i.publishedAt, description: i.lead, category: i.siteName })),
    );
    return sendFeed(request, reply, 'application/rss+xml; charset=utf-8', xml);
  });

  app.get<{ Params: { slug: string } }>(`${TOPICS_PATH}/:slug`, async (request, reply) => {
    const { site, topic } = await topicOf(request);
    const page = parsePageNumber(request.query);
    const total = await countPublicTopicArticles(db, topic.id);
    const pages = Math.max(1, Math.ceil(total / TOPIC_ARTICLES_PER_PAGE));
    if (page > pages) throw notFound();
    const [chrome, rows, image] = await Promise.all([
      buildChrome(request, opts),
      publicTopicArticles(db, topic.id, TOPIC_ARTICLES_PER_PAGE, (page - 1) * TOPIC_ARTICLES_PER_PAGE),
      topic.image_media_id === null ? undefined : findMediaById(db, topic.image_media_id),
    ]);
    const data = { topic, image, items: items(request, site, rows, false), total, page, pages };
    return sendPage(reply, <TopicPage chrome={chrome} data={data} />);
  });
}
