/**
 * A limit on requests per client address for the routes a plugin marks: sign-in
 * attempts, searches, public forms. Each plugin registers its own limit in its own
 * scope, with its own key space, and marks its routes with `addressLimited(...)`;
 * every other route is left alone. With REDIS_URL the count is shared by every
 * process; without it each process counts its own. While Redis is down each process
 * counts in its own memory again (limit-store.ts): the limits hold, and never take the
 * portal down with Redis.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { RedisClient } from '../redis/connection.js';
import { sharedOrLocalStore } from './limit-store.js';

export interface AddressLimitSettings {
  /** Requests allowed per client address within the window. */
  max: number;
  timeWindowMs: number;
}

export interface AddressLimitOptions {
  /** false: no limit (tests that make many requests from one address). */
  settings: AddressLimitSettings | false;
  redis?: RedisClient | undefined;
}

export interface AddressLimitScope {
  /** The key space in Redis, e.g. `govportal:sign-in:`. */
  nameSpace: string;
  /** The error a refused request gets, given the seconds until it may try again. */
  refusal(seconds: number): Error;
}

export async function registerAddressLimit(app: FastifyInstance, options: AddressLimitOptions, scope: AddressLimitScope): Promise<void> {
  if (options.settings === false) return;
  await app.register(rateLimit, {
    global: false,
    max: options.settings.max,
    timeWindow: options.settings.timeWindowMs,
    nameSpace: scope.nameSpace,
    skipOnError: true,
    ...(options.redis === undefined ? {} : { store: sharedOrLocalStore(options.redis, scope.nameSpace) }),
    errorResponseBuilder: (_request, context) => scope.refusal(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
}

/** The route options that put a route under its plugin's limit (nothing when it is off). */
export function addressLimited(options: AddressLimitOptions): { config?: { rateLimit: Record<string, never> } } {
  return options.settings === false ? {} : { config: { rateLimit: {} } };
}
