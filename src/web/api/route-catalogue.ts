/**
 * Every documented route as Fastify registered it, collected with the `onRoute` hook:
 * the public API's routes (config.publicApi) and the editorial API's (config.editorial),
 * each with its method and path. The OpenAPI document is built from this, so a route
 * is documented exactly when it exists. Registered first, before any route.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EditorialOperation } from '../admin/operation.js';
import type { ApiRoute } from './route.js';

export type DocumentedMethod = 'get' | 'post' | 'put' | 'delete';

export interface EditorialRouteDoc extends EditorialOperation {
  method: DocumentedMethod;
  /** OpenAPI path template below /api/v1, e.g. /admin/sites/{site}/articles/{id}. */
  path: string;
}

export interface RouteCatalogue {
  readonly publicRoutes: ApiRoute[];
  readonly editorialRoutes: EditorialRouteDoc[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route of the public read API (web/api/route.ts). */
    publicApi?: ApiRoute;
  }
  interface FastifyInstance {
    routeCatalogue: RouteCatalogue;
  }
}

const API_PREFIX = '/api/v1';
const METHODS: readonly string[] = ['get', 'post', 'put', 'delete'] satisfies DocumentedMethod[];

/** /api/v1/admin/sites/:site → /admin/sites/{site} */
export function templateOf(url: string): string {
  const below = url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url;
  return below.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export const routeCatalogue = fp(
  function routeCatalogue(app: FastifyInstance) {
    const catalogue: RouteCatalogue = { publicRoutes: [], editorialRoutes: [] };
    app.decorate('routeCatalogue', catalogue);
    app.addHook('onRoute', (route) => {
      // One entry per route: the HEAD twin Fastify adds to each GET is not a second one.
      const method = typeof route.method === 'string' ? route.method.toLowerCase() : '';
      if (!METHODS.includes(method)) return;
      const config = route.config;
      if (config?.publicApi !== undefined) catalogue.publicRoutes.push(config.publicApi);
      if (config?.editorial !== undefined) {
        catalogue.editorialRoutes.push({ ...config.editorial, method: method as DocumentedMethod, path: templateOf(route.url) });
      }
    });
  },
  { name: 'route-catalogue' },
);
