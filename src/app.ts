/**
 * The one wiring place: services → Fastify with its plugins, in request order.
 * Returns the app unstarted, so tests can use inject() and main.ts can listen.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Services } from './services.js';
import { describeError } from './web/error-info.js';
import { errorHandling, renderBareError } from './web/error-handling.js';
import { apiOptions, isApiPath, publicApi, sendFrameworkProblem, type ApiSettings } from './web/api/index.js';
import { routeCatalogue } from './web/api/route-catalogue.js';
import { fastifyTrustProxy } from './net/trust-proxy.js';
import { healthRoute } from './web/health.js';
import { metricsRoute } from './web/metrics-route.js';
import { feedRoutes } from './web/public/feeds.js';
import { publicPages } from './web/public/public-pages.js';
import { markArticleView, viewCounting } from './web/public/view-counting.js';
import { documentPages } from './web/public/documents/document-pages.js';
import { albumPages } from './web/public/albums/album-pages.js';
import { topicPages } from './web/public/topics/topic-pages.js';
import { schedulePages } from './web/public/schedule-pages.js';
import { DEFAULT_CITIZEN_FORM_LIMIT, type CitizenFormLimitSettings } from './web/public/forms/citizen-form-limit.js';
import { disclosurePages } from './web/public/disclosure/disclosure-pages.js';
import { consultationPages } from './web/public/consultations/consultation-pages.js';
import { questionPages } from './web/public/questions/question-pages.js';
import { syndicationPages } from './web/public/syndication/syndication-pages.js';
import { DEFAULT_PUBLIC_LIMIT, type PublicLimitSettings } from './web/public/public-limit.js';
import { searchPage } from './web/public/search/search-page.js';
import { themeRoute } from './web/public/theme.js';
import { adminApp } from './web/admin/admin-app.js';
import { editorialPlugins } from './web/admin/editorial-plugins.js';
import { DEFAULT_SIGN_IN_LIMIT, type SignInLimitSettings } from './web/admin/sign-in-limit.js';
import { securityHeaders } from './web/security-headers.js';
import { REQUEST_BODY_LIMIT } from './web/request-limits.js';
import { siteRouting, type SiteRoutingOptions } from './web/site-routing.js';
import { SystemLinks } from './web/public/system-links.js';
import { staticFiles } from './web/static-files.js';
import { archivedSites } from './web/archived-sites.js';
import { pageCachePlugin } from './web/page-cache/page-cache-plugin.js';
import { frontDoor, serverWithFrontDoor } from './web/page-cache/front-door.js';

export interface AppOptions {
  /** Logger: pino options, or false in tests. */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  sitemapLimit?: number;
  /** JSON API settings (the rate limit; tests lower or disable it). */
  api?: ApiSettings;
  /** Sign-in attempts per address (tests that sign in many times turn it off). */
  signInLimit?: SignInLimitSettings | false;
  /** Searches and public form posts per address (tests and benchmarks turn it off). */
  publicLimit?: PublicLimitSettings | false;
  /** Posts of the citizens' forms (questions, comments on drafts) per address. */
  citizenFormLimit?: CitizenFormLimitSettings | false;
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const pageStore = services.pageCache.store;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // A page kept in the cache is answered before Fastify (web/page-cache/front-door.ts).
    ...(pageStore === undefined
      ? {}
      : { serverFactory: serverWithFrontDoor(frontDoor({ store: pageStore, registry: services.registry, statistics: services.views, metrics: services.metrics, trustProxy: config.trustProxy })) }),
    // A hop count or the proxies' addresses, never every hop (net/trust-proxy.ts).
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // Behind a trusted proxy, its request ID (nginx's $request_id) names the request in
    // our logs too, so one request can be followed through both; else Fastify numbers them.
    requestIdHeader: config.trustProxy === false ? false : 'x-request-id',
    // Long paths are refused by the router (as 404), not sent to storage.
    routerOptions: { maxParamLength: 200 },
    // Larger bodies get a Vietnamese 413 before they are parsed (web/request-limits.ts).
    bodyLimit: REQUEST_BODY_LIMIT,
    // Malformed URLs (bad percent-encoding) get the same Vietnamese 400 page as any bad input.
    frameworkErrors: (error, request, rawReply) => {
      const info = describeError(error);
      const reply = rawReply as FastifyReply;
      if (isApiPath(request.url)) return void sendFrameworkProblem(request, reply, error);
      void reply.code(info.status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderBareError(info));
    },
  });

  const routing: SiteRoutingOptions = { registry: services.registry, systemLinks: new SystemLinks(services.registry, config.publicScheme), reader: services.reader, config };
  await app.register(routeCatalogue); // first: it sees every route, for the OpenAPI document
  await app.register(securityHeaders, { config });
  await app.register(errorHandling, routing);
  await app.register(metricsRoute, { metrics: services.metrics, token: config.metricsToken });
  await app.register(healthRoute, { db: services.db });
  await app.register(siteRouting, routing);
  await app.register(viewCounting, { statistics: services.views }); // page views and the footer's numbers, in memory
  await app.register(archivedSites, { db: services.db.kysely, registry: services.registry, config }); // archived sites: read-only, or 301s to the successor
  if (pageStore !== undefined) await app.register(pageCachePlugin, { cache: services.pageCache, store: pageStore, registry: services.registry }); // public pages from memory, dropped exactly on change
  const signInLimit = { settings: options.signInLimit ?? DEFAULT_SIGN_IN_LIMIT, redis: services.redis };
  await app.register(editorialPlugins, { db: services.db.kysely, registry: services.registry, siteState: services.siteState, config, search: services.search, events: services.events, signInLimit });
  await app.register(staticFiles, { mediaDir: config.mediaDir });
  await app.register(adminApp); // the admin SPA at /admin, built into admin/dist
  await app.register(themeRoute);
  await app.register(publicApi, { ...apiOptions(services, options.api), prefix: '/api/v1' });
  await app.register(feedRoutes, { ...routing, db: services.db.kysely, sitemapLimit: options.sitemapLimit });
  const publicLimit = { settings: options.publicLimit ?? DEFAULT_PUBLIC_LIMIT, redis: services.redis };
  await app.register(searchPage, { ...routing, search: services.search, limit: publicLimit });
  const citizenFormLimit = { settings: options.citizenFormLimit ?? DEFAULT_CITIZEN_FORM_LIMIT, redis: services.redis };
  await app.register(documentPages, { ...routing, db: services.db.kysely }); // /van-ban: legal documents
  await app.register(schedulePages, { ...routing, db: services.db.kysely }); // the leaders' schedule, the directory, the English pages
  await app.register(disclosurePages, { ...routing, db: services.db.kysely }); // /cong-khai-thong-tin, from the site's own content
  await app.register(consultationPages, { ...routing, db: services.db.kysely, formGuard: services.formGuard, limit: citizenFormLimit });
  await app.register(questionPages, { ...routing, db: services.db.kysely, formGuard: services.formGuard, formLimit: citizenFormLimit, publicLimit }); // /hoi-dap: citizens' questions
  await app.register(publicPages, { ...routing, onArticleView: markArticleView });
  await app.register(albumPages, { ...routing, db: services.db.kysely }); // /thu-vien-anh: albums and their feed
  await app.register(syndicationPages, { ...routing, db: services.db.kysely }); // /tin-dia-phuong: articles accepted from the child sites
  await app.register(topicPages, { ...routing, db: services.db.kysely }); // /chuyen-de: topics, their articles of every site, their feeds
  return app;
}
