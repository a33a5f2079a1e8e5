/**
 * Archived sites (sites/site-archive.service.ts), with one onRequest hook:
 * - read-only: every write that names an archived site (POST/PUT/DELETE/PATCH under
 *   /api/v1/admin/sites/{site}/…, and the citizens' forms on its host) answers 409
 *   with a Vietnamese problem naming the successor, before any handler runs;
 * - redirect mode: a public GET on the host of a site merged into another answers 301
 *   to the same content under the successor (archived-location.ts). The admin, the
 *   API, static files and the operations endpoints are not redirected.
 * Registered after site routing, which sets request.site.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Site, SiteRegistry } from '../sites/index.js';
import { successorLocation } from './archived-location.js';
import { HttpError } from './http-error.js';
import { vi } from './messages.js';
import { siteOrigin } from './site-origin.js';

export interface ArchivedSitesOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  config: Pick<Config, 'publicScheme'>;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes on an archived site that stay open: the system administrator's own work on the site record. */
const OPEN_ON_ARCHIVED = new Set(['/api/v1/admin/sites/:site', '/api/v1/admin/sites/:site/archive', '/api/v1/admin/sites/:site/merge']);

/** First path segments a redirect-mode site still answers itself: the admin, the API, files, operations. */
const NOT_REDIRECTED = new Set(['admin', 'api', 'assets', 'media', 'giao-dien', 'healthz', 'readyz', 'metrics']);

function readOnly(site: Site, registry: SiteRegistry): HttpError {
  const successor = site.successorSiteId === null ? undefined : registry.byIdOrUndefined(site.successorSiteId);
  return new HttpError(409, vi.archive.readOnlyTitle, vi.archive.readOnly(site.name, successor === undefined ? null : `${successor.name} (${successor.slug})`));
}

/** The site a write names: the {site} of an editorial route, else the host's site for a public form. */
function siteWritten(request: FastifyRequest, registry: SiteRegistry): Site | undefined {
  const route = request.routeOptions.url ?? '';
  if (route.startsWith('/api/v1/admin/sites/:site')) {
    if (OPEN_ON_ARCHIVED.has(route)) return undefined;
    const slug = (request.params as { site?: unknown } | undefined)?.site;
    return typeof slug === 'string' ? registry.bySlugOrUndefined(slug) : undefined;
  }
  const path = request.url.split('?', 1)[0] ?? '/';
  if (path.startsWith('/api/') || path === '/admin' || path.startsWith('/admin/')) return undefined;
  return request.site ?? undefined;
}

function redirected(site: Site | null, path: string): site is Site {
  if (site?.status !== 'archived' || site.archiveMode !== 'redirect' || site.successorSiteId === null) return false;
  return !NOT_REDIRECTED.has(path.split('/', 2)[1] ?? '');
}

export const archivedSites = fp(function archivedSites(app: FastifyInstance, opts: ArchivedSitesOptions) {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!READS.has(request.method)) {
      const site = siteWritten(request, opts.registry);
      if (site?.status === 'archived') throw readOnly(site, opts.registry);
      return;
    }
    const [path = '/', query] = request.url.split('?', 2);
    if (!redirected(request.site, path)) return;
    const target = await successorLocation(opts.db, request.site, path);
    const site = opts.registry.byIdOrUndefined(target.siteId);
    if (site === undefined) return;
    // An imported redirect may name another site of this system by its full address (imports/redirect-import.service.ts).
    const absolute = target.path.startsWith('https://') || target.path.startsWith('http://');
    const origin = absolute ? '' : siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const location = `${origin}${target.path}${query === undefined || target.path.includes('?') ? '' : `?${query}`}`;
    return reply.header('Cache-Control', 'public, max-age=300').redirect(location, 301);
  });
});
