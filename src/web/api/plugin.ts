/**
 * The public read API under /api/v1: CORS for any origin (GET/HEAD, no credentials),
 * a per-address rate limit, problem JSON for every error in this scope, the routes of
 * the route table, and the OpenAPI document generated from the routes the app
 * registered (these and the editorial API's, from the route catalogue).
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RedisClient } from '../../redis/connection.js';
import { sharedOrLocalStore } from '../limit-store.js';
import type { ApiDependencies } from './dependencies.js';
import { sendCachedJson } from './http-cache.js';
import { apiVi } from './messages.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.js';
import { ApiProblem, sendProblem, toApiProblem } from './problem.js';
import { defineRoute, fastifyPath, type ApiRoute } from './route.js';
import type { RouteCatalogue } from './route-catalogue.js';
import { albumApiRoutes } from './routes/albums.js';
import { articleRoutes } from './routes/articles.js';
import { questionRoutes } from './routes/questions.js';
import { categoryRoutes } from './routes/categories.js';
import { documentRoutes } from './routes/documents.js';
import { consultationApiRoutes } from './routes/consultations.js';
import { searchRoutes } from './routes/search.js';
import { siteRoutes } from './routes/sites.js';
import { scheduleApiRoutes } from './routes/schedule.js';
import { openApiDocumentSchema } from './schemas.js';

export interface RateLimitSettings {
  /** Requests allowed per client address within the window. */
  max: number;
  timeWindowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { max: 300, timeWindowMs: 60_000 };

export interface PublicApiOptions extends ApiDependencies {
  /** false turns the limit off (tests that make many requests). */
  rateLimit: RateLimitSettings | false;
  /** With REDIS_URL every process counts in one place; skipped while Redis is down. */
  redis?: RedisClient | undefined;
}

/** Headers a cross-origin script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/** The routes of the public API; the document describes every route of `catalogue` (read at the first request). */
export function apiRoutes(deps: ApiDependencies, rateLimitSettings: RateLimitSettings | undefined, catalogue: RouteCatalogue): ApiRoute[] {
  const routes = [
    ...siteRoutes(deps),
    ...categoryRoutes(deps),
    ...articleRoutes(deps),
    ...documentRoutes(deps),
    ...albumApiRoutes(deps),
    ...scheduleApiRoutes(deps),
    ...consultationApiRoutes(deps),
    ...questionRoutes(deps),
    ...(deps.search === undefined ? [] : searchRoutes(deps, deps.search)),
  ];
  let document: OpenApiDocument | undefined;
  const documentRoute = defineRoute({
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    summary: 'Tài liệu OpenAPI 3.1 mô tả mọi đường dẫn, tham số và phản hồi của API',
    response: { name: 'OpenApiDocument', schema: openApiDocumentSchema },
    cache: 'detail',
    handler() {
      document ??= buildOpenApiDocument(catalogue, { rateLimit: rateLimitSettings });
      return document;
    },
  });
  return [...routes, documentRoute];
}

export async function publicApi(app: FastifyInstance, opts: PublicApiOptions): Promise<void> {
  const limit = opts.rateLimit === false ? undefined : opts.rateLimit;
  if (limit !== undefined) {
    await app.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      nameSpace: 'govportal:api:',
      skipOnError: true,
      ...(opts.redis === undefined ? {} : { store: sharedOrLocalStore(opts.redis, 'govportal:api:') }),
      errorResponseBuilder: (_request, context) =>
        new ApiProblem(429, apiVi.problems.tooManyTitle, apiVi.problems.tooMany(Math.max(1, Math.ceil(context.ttl / 1000)))),
    });
  }
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    credentials: false,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 86_400,
    // A malformed preflight gets the same headers instead of a plain-text 400.
    strictPreflight: false,
  });

  app.setErrorHandler(async (error, request, reply) => {
    const problem = toApiProblem(error);
    if (problem.statusCode >= 500 && problem.statusCode !== 503) request.log.error({ err: error }, 'API request failed'); // 503: no site yet, not a failure
    return sendProblem(request, reply, problem);
  });
  const notFound = async (request: FastifyRequest, reply: FastifyReply) => sendProblem(request, reply, ApiProblem.notFound());
  if (limit !== undefined) app.setNotFoundHandler({ preHandler: app.rateLimit() }, notFound);
  else app.setNotFoundHandler(notFound);

  if (!app.hasDecorator('routeCatalogue')) throw new Error('publicApi: register routeCatalogue (web/api/route-catalogue.ts) before any route');
  for (const route of apiRoutes(opts, limit, app.routeCatalogue)) {
    app.get(fastifyPath(route.path), { config: { publicApi: route } }, async (request, reply) => {
      const body = await route.handle(request);
      return sendCachedJson(request, reply, JSON.stringify(body), route.cache);
    });
  }
}
