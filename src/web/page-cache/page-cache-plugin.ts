/**
 * Serves the public pages of every site from the page cache, and fills it.
 *
 * - A GET or HEAD of a site's public path (not the API, not the admin) is looked up by its
 *   host and path with query. `X-Cache` says HIT (from the store), MISS (rendered and kept)
 *   or PASS (rendered across a change, not kept). A hit is sent as stored, in the encoding the client accepts
 *   (brotli, gzip, none: each compressed once per page), with ETag and Last-Modified; a
 *   client or CDN holding the same copy gets a 304.
 * - A miss while the same page is being rendered (a spike after a publish dropped it) waits
 *   for that render and is served its stored copy: one render, not one per reader
 *   (page-cache/pending-renders.ts). A render across a change is not waited for.
 * - A miss renders as usual, collecting what its reads name (publishing/read-dependencies.ts);
 *   the answer is kept when a shared cache may keep it: 200, `Cache-Control: public`, no
 *   cookie set, a body in one piece (a stream is not kept). A page carrying a
 *   form's token says `no-store` itself.
 * - A successful write of the admin API, or a citizen's post, drops the pages its path names
 *   (change-names.ts); article, page and document changes arrive as events (page-cache.ts).
 *
 * Registered after site routing and the archive gate, so a hit still answers only for a
 * known site in the mode it is in; after the security headers, so a stored page keeps them.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDependencies, newReadDependencies, type ReadDependencies } from '../../publishing/read-dependencies.js';
import type { SiteRegistry } from '../../sites/index.js';
import { ifNoneMatchHolds, strongEtag } from '../etag.js';
import { adminWriteNames, pathNames } from '../../page-cache/change-names.js';
import type { PageCache } from '../../page-cache/page-cache.js';
import { negotiateEncoding, type Encoding, type PageStore, type StoredPage } from '../../page-cache/page-store.js';
import { PendingRenders } from '../../page-cache/pending-renders.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request may fill the cache: its key, the epoch it started in, what it read. */
    pageCacheMiss: { key: string; epoch: number; reads: ReadDependencies; end: () => void } | null;
  }
}

/**
 * A request that misses while the same page is being rendered waits for that render at most
 * this long (a render held up past it is left to finish on its own), and at most this many
 * times in a row (each wait ends with the page stored, or with a reason it was not).
 */
const WAIT_FOR_RENDER_MS = 5_000;
const WAITS_PER_REQUEST = 2;

/** Resolves when `done` does, or after `ms`, whichever comes first. */
function within(done: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    void done.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const MAX_KEY_URL = 2048;
/** Answers to free queries: unbounded in number, each read once; they keep their own limits. */
const NOT_CACHED = new Set(['/tim-kiem']);
/** Headers that belong to one response, not to the page. */
const NOT_STORED = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'etag', 'last-modified', 'vary', 'content-encoding']);

export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** The cache key of a public page request (a GET or HEAD of a known site), or undefined when it is not one. */
export function pageKey(method: string | undefined, url: string | undefined, host: string | undefined): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  if (url === undefined || url.length > MAX_KEY_URL || host === undefined || host.length > 255) return undefined;
  const path = pathOf(url);
  if (path.startsWith('/api/') || path === '/admin' || path.startsWith('/admin/') || NOT_CACHED.has(path)) return undefined;
  return `${host.toLowerCase()}\n${url}`;
}

/** A shared cache may keep it: `public`, and neither `private` nor `no-store`. */
function sharedCacheable(cacheControl: unknown): boolean {
  if (typeof cacheControl !== 'string') return false;
  const directives = cacheControl.toLowerCase();
  return directives.includes('public') && !directives.includes('private') && !directives.includes('no-store');
}

/** RFC 9110 §13.1: If-None-Match when sent, else If-Modified-Since. */
export function notModified(headers: IncomingHttpHeaders, page: Pick<StoredPage, 'etag' | 'renderedAt'>): boolean {
  const tags = headers['if-none-match'];
  if (tags !== undefined) return ifNoneMatchHolds(tags, page.etag);
  const since = headers['if-modified-since'];
  if (since === undefined || since.length > 64) return false;
  const at = Date.parse(since);
  return Number.isFinite(at) && at >= Math.floor(page.renderedAt / 1000) * 1000;
}

type HitAnswer = Encoding | 'not-modified';

/**
 * The headers of each answer a kept page gives (the front door's and sendStored's), built on
 * its first hit and shared by the next ones (node:http and Fastify only read them). A fresh
 * copy of the twenty-odd headers on every hit outlived two young-generation collections under
 * load and was moved to the old generation: about 45 MB in 5 s at 5,500 hits a second, which
 * raised the process's peak memory by about 60 MB.
 */
const hitHeaderSets = new WeakMap<StoredPage, Partial<Record<HitAnswer, Readonly<OutgoingHttpHeaders>>>>();

export function hitHeaders(page: StoredPage, answer: HitAnswer, body: Buffer | undefined): Readonly<OutgoingHttpHeaders> {
  let sets = hitHeaderSets.get(page);
  if (sets === undefined) hitHeaderSets.set(page, (sets = {}));
  let headers = sets[answer];
  if (headers === undefined) {
    const built: OutgoingHttpHeaders = { ...page.headers, etag: page.etag, 'last-modified': page.lastModified, vary: 'Accept-Encoding', 'x-cache': 'HIT' };
    if (answer !== 'not-modified' && answer !== 'identity') built['content-encoding'] = answer;
    if (body !== undefined) built['content-length'] = body.length;
    headers = sets[answer] = Object.freeze(built);
  }
  return headers;
}

function sendStored(store: PageStore, request: FastifyRequest, reply: FastifyReply, page: StoredPage): FastifyReply {
  if (notModified(request.headers, page)) return reply.code(304).headers(hitHeaders(page, 'not-modified', undefined)).send();
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const body = store.encoded(page, encoding);
  return reply.headers(hitHeaders(page, encoding, body)).send(body);
}

function storedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (NOT_STORED.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

export interface PageCachePluginOptions {
  cache: PageCache;
  /** The cache's store (registered only when there is one: PAGE_CACHE=on). */
  store: PageStore;
  registry: SiteRegistry;
  now?: () => number;
}

export const pageCachePlugin = fp(function pageCachePlugin(app: FastifyInstance, opts: PageCachePluginOptions) {
  const { cache, store, registry } = opts;
  const now = opts.now ?? Date.now;
  const pending = new PendingRenders();
  app.decorateRequest('pageCacheMiss', null);

  /** Sends the stored page, waits for its render under way, or renders it (then `done` goes on with the request). */
  function serveOrRender(request: FastifyRequest, reply: FastifyReply, key: string, done: (error?: Error) => void, waitsLeft: number): void {
    const page = store.get(key);
    if (page !== undefined) {
      request.articleViewed = page.articleViewed;
      sendStored(store, request, reply, page);
      return;
    }
    const epoch = store.currentEpoch;
    const rendering = waitsLeft > 0 ? pending.waitFor(key, epoch) : undefined;
    if (rendering !== undefined) {
      within(rendering, WAIT_FOR_RENDER_MS)
        .then(() => serveOrRender(request, reply, key, done, waitsLeft - 1))
        .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error))));
      return;
    }
    const miss = { key, epoch, reads: newReadDependencies(), end: pending.begin(key, epoch) };
    request.pageCacheMiss = miss;
    // Ended in onSend once the answer is stored; a request that never gets there ends it as it closes.
    reply.raw.once('close', miss.end);
    // The rest of the request runs inside the collection: its reads name what the page shows.
    collectDependencies(miss.reads, done);
  }

  app.addHook('onRequest', (request, reply, done) => {
    const key = request.site === null ? undefined : pageKey(request.method, request.url, request.headers.host);
    if (key === undefined) return done();
    serveOrRender(request, reply, key, done, WAITS_PER_REQUEST);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    try {
      return keepAndEncode(request, reply, payload);
    } finally {
      // After the page is stored (or not): whoever waits for this render looks again now.
      request.pageCacheMiss?.end();
    }
  });

  function keepAndEncode(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const miss = request.pageCacheMiss;
    const site = request.site;
    if (miss === null || site === null || reply.statusCode !== 200) return payload;
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    if (!sharedCacheable(reply.getHeader('cache-control')) || reply.hasHeader('set-cookie') || reply.hasHeader('content-encoding')) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    const renderedAt = now();
    const given = reply.getHeader('etag');
    const page: StoredPage = {
      key: miss.key,
      body,
      headers: storedHeaders(reply),
      etag: typeof given === 'string' ? given : strongEtag(body),
      lastModified: new Date(renderedAt).toUTCString(),
      renderedAt,
      expiresAt: Math.min(renderedAt + cache.ttlMs, miss.reads.changesAt),
      names: [...pathNames(site.id, pathOf(request.url)), ...miss.reads.names],
      route: request.routeOptions.url ?? pathOf(request.url),
      articleViewed: request.articleViewed,
    };
    const kept = store.store(page, miss.epoch);
    reply.header('ETag', page.etag).header('Last-Modified', page.lastModified).header('Vary', 'Accept-Encoding').header('X-Cache', kept ? 'MISS' : 'PASS');
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (encoding === 'identity') return body;
    reply.header('Content-Encoding', encoding);
    return store.encoded(page, encoding);
  }

  // Writes that change what the public sees, other than those announced as events.
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS' || reply.statusCode >= 400) return done();
    const path = pathOf(request.url);
    if (path.startsWith('/api/v1/admin/')) {
      const segments = path.slice('/api/v1/admin/'.length).split('/');
      const site = segments[0] === 'sites' && segments[1] !== undefined ? registry.bySlugOrUndefined(segments[1]) : undefined;
      cache.invalidate(adminWriteNames({ segments, ...(site === undefined ? {} : { site: { id: site.id, parentId: site.parentId } }) }));
    } else if (request.site !== null && !path.startsWith('/api/')) {
      // A citizen's post (a comment on a draft): the pages of its kind, not the site's shared parts.
      const kinds = pathNames(request.site.id, path).slice(2);
      cache.invalidate(kinds);
    }
    done();
  });
});
