/**
 * Routes each request to its site by the Host header (port ignored) and builds the
 * header/footer data its pages share. An unknown host gets a plain 404. A system with
 * no site yet (a clean start) answers every public request with a page saying so, and
 * lets the admin and its API through, without a site, so that the first one can be made.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Reader } from '../publishing/reader.js';
import type { Site, SiteRegistry } from '../sites/index.js';
import { HttpError } from './http-error.js';
import { vi } from './messages.js';
import type { SiteChrome } from './public/views/chrome.js';
import { siteOrigin } from './site-origin.js';
import type { SystemLinks } from './public/system-links.js';
import { dependency, dependsOn } from '../publishing/read-dependencies.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The site this request is for; null only on host-independent routes. */
    site: Site | null;
  }
}

/** `.` or `..` as a whole segment, plain or percent-encoded. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/** Paths that answer the same on any host, with or without a known site. */
const HOST_INDEPENDENT = new Set(['/healthz', '/readyz', '/metrics']);

/** What a system administrator needs before the first site exists: the admin, sign-in and the editorial API. */
function worksWithoutSites(path: string): boolean {
  return ['/admin', '/api/v1/auth', '/api/v1/admin'].some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) || path === '/api/v1/openapi.json';
}

export interface SiteRoutingOptions {
  registry: SiteRegistry;
  /** The footer's links to every site, drawn once per list of sites. */
  systemLinks: SystemLinks;
  reader: Reader;
  config: Pick<Config, 'publicScheme' | 'publicServiceUrl'>;
}

/**
 * The site a request is for, or null on paths that need none; throws the answer for a
 * bad path, an unknown host, or a system with no site yet. The registry is kept current
 * by the site-state version (sites/site-state.ts), so this is a map lookup, no I/O.
 */
function siteOf(request: FastifyRequest, registry: SiteRegistry): Site | null {
  const path = request.url.split('?', 1)[0] ?? '/';
  // Dot segments never name content; refusing them here keeps every route and file server clear of them.
  if (DOT_SEGMENT.test(path)) throw new HttpError(400, vi.errors.badRequestTitle, vi.errors.badPath);
  if (HOST_INDEPENDENT.has(path)) return null;
  const site = registry.resolveHost(request.headers.host);
  if (site === undefined && registry.all().length === 0) {
    if (worksWithoutSites(path)) return null;
    throw new HttpError(503, vi.errors.noSitesTitle, vi.errors.noSites);
  }
  if (site === undefined) throw new HttpError(404, vi.errors.unknownSiteTitle, vi.errors.unknownSite);
  return site;
}

export const siteRouting = fp(function siteRouting(app: FastifyInstance, opts: SiteRoutingOptions) {
  app.decorateRequest('site', null);
  // A hook that throws before calling done() fails the request with that error.
  app.addHook('onRequest', (request, _reply, done) => {
    request.site = siteOf(request, opts.registry);
    done();
  });
});

/** The current site, for handlers that only run where siteRouting set one. */
export function requireSite(request: FastifyRequest): Site {
  if (request.site === null) throw new HttpError(404, vi.errors.unknownSiteTitle, vi.errors.unknownSite);
  return request.site;
}

/** The footer's numbers: the page shows them as read now, so it depends on when they are read again. */
function visitsShown(request: FastifyRequest, siteId: number) {
  dependsOn(dependency.visits);
  return request.visitCounts?.(siteId);
}

export async function buildChrome(request: FastifyRequest, opts: SiteRoutingOptions): Promise<SiteChrome> {
  const site = requireSite(request);
  const host = request.headers.host;
  const root = opts.registry.root() ?? site;
  const navigation = await opts.reader.navigation(site.id);
  return {
    site,
    origin: siteOrigin(site, host, opts.config.publicScheme),
    root,
    sites: opts.registry.all(),
    originOf: (s) => siteOrigin(s, host, opts.config.publicScheme),
    systemLinksHtml: opts.systemLinks.html(site.id, host),
    menu: navigation.menu,
    publicServiceUrl: opts.config.publicServiceUrl,
    visits: visitsShown(request, site.id),
  };
}
