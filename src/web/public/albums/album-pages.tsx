/**
 * Every site's albums on the public side: /thu-vien-anh (?trang=N as category pages:
 * a bad number is a 400, a page past the end a 404), /thu-vien-anh/{slug}, and the feed
 * /thu-vien-anh/rss.xml. Reads only through the repository's gated queries.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import { albumSummaryText } from '../../../albums/album-input.js';
import { albumItems, countPublishedAlbums, findPublishedAlbum, publishedAlbums } from '../../../albums/albums.repo.js';
import type { Database } from '../../../db/schema.js';
import { buildRssOf, RSS_ITEMS } from '../../../feeds/rss.js';
import { isSlug } from '../../../text/index.js';
import { ALBUMS_FEED_PATH, ALBUMS_PATH, albumPath } from '../../../urls/paths.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { sendFeed } from '../feeds.js';
import { parsePageNumber } from '../query.js';
import { AlbumListPage, AlbumPage } from './album-views.js';

/** Albums on one page of the list. */
export const ALBUMS_PER_PAGE = 12;

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);

function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300').send(renderDocument(page));
}

export function albumPages(app: FastifyInstance, opts: SiteRoutingOptions & { db: Kysely<Database> }) {
  const { db } = opts;
  const originOf = (request: FastifyRequest) => siteOrigin(requireSite(request), request.headers.host, opts.config.publicScheme);

  app.get(ALBUMS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const page = parsePageNumber(request.query);
    const total = await countPublishedAlbums(db, site.id);
    const pages = Math.max(1, Math.ceil(total / ALBUMS_PER_PAGE));
    if (page > pages) throw notFound();
    const [chrome, albums] = await Promise.all([buildChrome(request, opts), publishedAlbums(db, site.id, ALBUMS_PER_PAGE, (page - 1) * ALBUMS_PER_PAGE)]);
    return sendPage(reply, <AlbumListPage chrome={chrome} data={{ albums, page, pages }} />);
  });

  app.get(ALBUMS_FEED_PATH, async (request, reply) => {
    const site = requireSite(request);
    const origin = originOf(request);
    const albums = await publishedAlbums(db, site.id, RSS_ITEMS);
    const xml = buildRssOf(
      { title: `${vi.albums.title} - ${site.shortName}`, description: vi.albums.description(site.name), link: `${origin}${ALBUMS_PATH}`, feedUrl: `${origin}${ALBUMS_FEED_PATH}`, origin, copyright: site.name },
      albums.map(({ album, itemCount }) => ({
        title: album.title,
        url: `${origin}${albumPath(album.slug)}`,
        publishedAt: album.published_at ?? album.updated_at,
        description: `${albumSummaryText(album.description, album.title)} (${vi.albums.itemCount(itemCount)})`,
        category: vi.albums.title,
      })),
    );
    return sendFeed(request, reply, 'application/rss+xml; charset=utf-8', xml);
  });

  app.get<{ Params: { slug: string } }>(`${ALBUMS_PATH}/:slug`, async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const listing = await findPublishedAlbum(db, site.id, request.params.slug);
    if (listing === undefined) throw notFound();
    const [chrome, items] = await Promise.all([buildChrome(request, opts), albumItems(db, listing.album.id)]);
    return sendPage(reply, <AlbumPage chrome={chrome} listing={listing} items={items} />);
  });
}
