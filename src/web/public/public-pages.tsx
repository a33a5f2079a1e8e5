/**
 * The public pages of every site: home, categories, articles, tags, static pages, the
 * site map, and the not-found handler that follows recorded redirects.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { isSlug } from '../../text/index.js';
import { englishPagePath } from '../../urls/paths.js';
import { MAX_REDIRECT_KEY_LENGTH } from '../../imports/url-normalise.js';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';
import { renderDocument } from '../render.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../site-routing.js';
import { sendError } from '../error-handling.js';
import { isPrintView, parseListPosition } from './query.js';
import { listPageHref } from './views/parts.js';
import { ArticlePage } from './views/article-page.js';
import { CategoryPage } from './views/category-page.js';
import type { SiteChrome } from './views/chrome.js';
import { HomePage } from './views/home-page.js';
import { SiteMapPage } from './views/site-map-page.js';
import { StaticPage } from './views/static-page.js';
import { TagPage } from './views/tag-page.js';

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
const gone = () => new HttpError(410, vi.errors.goneTitle, vi.errors.gone);

/** Pages change when editors publish; a short shared cache keeps a CDN useful and news fresh. */
export function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
    .send(renderDocument(page));
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?', 1)[0] ?? '/';
}

/** An old address (imported from another platform) that reached a route but names no content here: its redirect, or 404. */
async function movedOrNotFound(request: FastifyRequest, reply: FastifyReply, reader: SiteRoutingOptions['reader']): Promise<FastifyReply> {
  const site = requireSite(request);
  if (request.url.length <= MAX_REDIRECT_KEY_LENGTH && /^[\x21-\x7e]+$/.test(request.url)) {
    const moved = await reader.redirectFor(site.id, request.url);
    if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
  }
  throw notFound();
}

export function publicPages(app: FastifyInstance, opts: SiteRoutingOptions & { onArticleView?: (request: FastifyRequest, article: { id: number; categoryId: number }) => void }) {
  const { reader } = opts;
  const chromeFor = (request: FastifyRequest): Promise<SiteChrome> => buildChrome(request, opts);

  app.get('/', async (request, reply) => {
    const site = requireSite(request);
    // An old platform's `/?p=123` (WordPress) reaches the home page: its imported redirect, if any.
    if (request.url.includes('?') && request.url.length <= MAX_REDIRECT_KEY_LENGTH) {
      const moved = await reader.redirectFor(site.id, request.url);
      if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
    }
    const [chrome, data] = await Promise.all([chromeFor(request), reader.home(site.id)]);
    return sendPage(reply, <HomePage chrome={chrome} data={data} />);
  });

  app.get('/so-do-trang', async (request, reply) => {
    const site = requireSite(request);
    const [chrome, data] = await Promise.all([chromeFor(request), reader.siteMap(site.id)]);
    return sendPage(reply, <SiteMapPage chrome={chrome} tree={data.tree} pages={data.pages} />);
  });

  app.get<{ Params: { slug: string } }>('/trang/:slug', async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const page = await reader.page(site.id, request.params.slug);
    if (page === undefined) {
      // A renamed page's old address answers 301 to where it lives now.
      const moved = await reader.redirectFor(site.id, pathOf(request));
      if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
      // An English page lives at /en/{slug} (links to /trang/{slug} from search or a menu reach it there).
      if ((await reader.englishPage(site.id, request.params.slug)) !== undefined) return reply.redirect(englishPagePath(request.params.slug), 301);
      throw notFound();
    }
    return sendPage(reply, <StaticPage chrome={await chromeFor(request)} page={page} />);
  });

  app.get<{ Params: { slug: string } }>('/tag/:slug', async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const data = await reader.tagPage(site.id, request.params.slug, parseListPosition(request.query));
    if (data === undefined) throw notFound();
    // A deep old `?trang=N` bookmark: the same rows at their keyset address, for good.
    if (data.kind === 'redirect') return reply.redirect(listPageHref(pathOf(request), { kind: 'older', from: data.from }), 301);
    return sendPage(reply, <TagPage chrome={await chromeFor(request)} data={data} />);
  });

  app.get<{ Params: { category: string } }>('/:category', async (request, reply) => {
    const site = requireSite(request);
    const position = parseListPosition(request.query);
    if (!isSlug(request.params.category)) return movedOrNotFound(request, reply, reader);
    const data = await reader.categoryPage(site.id, request.params.category, position);
    if (data === undefined) {
      const top = position.kind === 'page' && position.page === 1;
      const moved = top ? await reader.redirectFor(site.id, pathOf(request)) : undefined;
      if (moved?.kind === 'moved') return reply.redirect(moved.location, 301);
      throw notFound();
    }
    if (data.kind === 'redirect') return reply.redirect(listPageHref(pathOf(request), { kind: 'older', from: data.from }), 301);
    return sendPage(reply, <CategoryPage chrome={await chromeFor(request)} data={data} />);
  });

  app.get<{ Params: { category: string; slug: string } }>('/:category/:slug', async (request, reply) => {
    const site = requireSite(request);
    const { category, slug } = request.params;
    if (!isSlug(category) || !isSlug(slug)) return movedOrNotFound(request, reply, reader);
    const print = isPrintView(request.query);
    const found = await reader.article(site.id, category, slug);
    switch (found.kind) {
      case 'moved':
        return reply.redirect(found.location, 301);
      case 'gone':
        throw gone();
      case 'withdrawn':
        throw new HttpError(410, vi.withdrawnTitle, found.article.withdrawn_note ?? vi.withdrawnLead);
      case 'missing':
        throw notFound();
      case 'found':
        if (!print) opts.onArticleView?.(request, { id: found.article.id, categoryId: found.article.category_id });
        return sendPage(reply, <ArticlePage chrome={await chromeFor(request)} data={found} print={print} />);
    }
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.site !== null && request.url.length <= MAX_REDIRECT_KEY_LENGTH && /^[\x21-\x7e]+$/.test(request.url)) {
      const moved = await reader.redirectFor(request.site.id, request.url);
      if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
    }
    return sendError(request, reply, { status: 404, title: vi.errors.notFoundTitle, detail: vi.errors.notFound }, opts);
  });
}
