/**
 * Prometheus `/metrics`, on any host, for the operators only: a scraper on this machine
 * (the client address as the trusted proxy reports it is loopback), or one that sends
 * `Authorization: Bearer <METRICS_TOKEN>`. Everyone else gets a plain 404, as if there
 * were nothing here. Every answered request is timed by its route's pattern, so the
 * label count stays bounded whatever paths clients invent.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Metrics } from '../observability/metrics.js';

export interface MetricsRouteOptions {
  metrics: Metrics;
  token: string | undefined;
}

/** The label of a request that matched no route (404s of invented paths). */
const UNMATCHED = 'unmatched';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mayScrape(request: Pick<FastifyRequest, 'ip' | 'headers'>, token: string | undefined): boolean {
  if (LOOPBACK.test(request.ip)) return true;
  const header = request.headers.authorization;
  if (token === undefined || header === undefined || !header.startsWith('Bearer ')) return false;
  return sameSecret(header.slice('Bearer '.length), token);
}

function metricsRoutePlugin(app: FastifyInstance, opts: MetricsRouteOptions, done: () => void) {
  app.addHook('onResponse', (request, reply, next) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    opts.metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    next();
  });

  app.get('/metrics', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!mayScrape(request, opts.token)) return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy');
    const body = await opts.metrics.registry.metrics();
    return reply.type(opts.metrics.registry.contentType).send(body);
  });
  done();
}

/** Not encapsulated: the timing hook must see every route of the app. */
export const metricsRoute = fp(metricsRoutePlugin, { name: 'metrics-route' });
