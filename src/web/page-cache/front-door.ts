/**
 * The page cache's front door: a hit answered by node:http itself, before Fastify parses
 * or routes anything — what lets a cached page be served near the speed of a bare server.
 * Everything else (a miss, a form, the admin, the API, an unknown host) goes on to Fastify,
 * which serves and fills the cache as page-cache-plugin.ts says; so the answer here is the
 * same page, headers and validators as that plugin's hit: the security headers were kept with
 * the page, the view is counted the same way (statistics/page-view-rules.ts).
 *
 * What a hit here does not do: Fastify's request log (nginx's access log has each request).
 * It counts in the latency metric under the route that rendered the page, as any answer does.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { PageStore } from '../../page-cache/page-store.js';
import { negotiateEncoding } from '../../page-cache/page-store.js';
import { fastifyTrustProxy, type TrustProxy } from '../../net/trust-proxy.js';
import type { SiteRegistry } from '../../sites/index.js';
import { countsAsPageView } from '../../statistics/page-view-rules.js';
import type { ViewStatistics } from '../../statistics/view-statistics.js';
import type { Metrics } from '../../observability/metrics.js';
import { hitHeaders, notModified, pageKey } from './page-cache-plugin.js';

export interface FrontDoorOptions {
  store: PageStore;
  registry: SiteRegistry;
  statistics: ViewStatistics;
  metrics: Pick<Metrics, 'observeRequest'>;
  trustProxy: TrustProxy;
}

/** Answers `req` from the cache if it can; false when Fastify must. */
export function frontDoor(opts: FrontDoorOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { store, registry, statistics } = opts;
  // The client's address as Fastify finds it (request.ip), for the "online now" count.
  const setting = fastifyTrustProxy(opts.trustProxy);
  const trusts = typeof setting === 'boolean' ? () => setting : typeof setting === 'function' ? setting : proxyAddr.compile(setting);
  const clientAddress = (req: IncomingMessage): string => proxyAddr(req, trusts);

  return (req, res) => {
    const started = performance.now();
    const key = pageKey(req.method, req.url, req.headers.host);
    if (key === undefined) return false;
    const page = store.get(key);
    if (page === undefined) return false;
    // The host still names a site in the mode the page was kept in (a reload clears the store).
    const site = registry.resolveHost(req.headers.host);
    if (site === undefined) return false;

    if (notModified(req.headers, page)) {
      res.writeHead(304, hitHeaders(page, 'not-modified', undefined)).end();
      opts.metrics.observeRequest(req.method ?? 'GET', page.route, 304, (performance.now() - started) / 1000);
      return true;
    }
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    const body = store.encoded(page, encoding);
    res.writeHead(200, hitHeaders(page, encoding, body));
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    opts.metrics.observeRequest(req.method ?? 'GET', page.route, 200, (performance.now() - started) / 1000);

    const userAgent = req.headers['user-agent'];
    if (countsAsPageView({ method: req.method ?? '', url: req.url ?? '', status: 200, contentType: page.headers['content-type'], userAgent })) {
      statistics.record({ siteId: site.id, article: page.articleViewed ?? undefined });
      statistics.noteVisitor(site.id, clientAddress(req), userAgent ?? '');
    }
    return true;
  };
}

/** Fastify's serverFactory: its own HTTP/1.1 server settings, with the front door before its handler. */
export function serverWithFrontDoor(door: (req: IncomingMessage, res: ServerResponse) => boolean) {
  return (handler: RequestListener, options: { http?: http.ServerOptions | null; keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number }) => {
    const server = http.createServer(options.http ?? {}, (req, res) => {
      if (!door(req, res)) handler(req, res);
    });
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    server.setTimeout(options.connectionTimeout ?? 0);
    return server;
  };
}
