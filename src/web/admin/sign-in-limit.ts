/**
 * A limit on sign-in attempts (password or two-factor code) per client address, on
 * top of the per-account lockout: the lockout stops guessing one account's password,
 * this stops one address trying a common password on many accounts. With REDIS_URL
 * the count is shared by every process; without it each process counts its own.
 *
 * Each plugin that has sign-in routes calls `registerSignInLimit` in its own scope and
 * marks those routes with `signInLimited(...)`; every other route is left alone.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { RedisClient } from '../../redis/connection.js';
import { HttpError } from '../http-error.js';

export interface SignInLimitSettings {
  /** Attempts allowed per client address within the window. */
  max: number;
  timeWindowMs: number;
}

export const DEFAULT_SIGN_IN_LIMIT: SignInLimitSettings = { max: 10, timeWindowMs: 60_000 };

export interface SignInLimitOptions {
  /** false: no limit (tests that sign in many times from one address). */
  settings: SignInLimitSettings | false;
  redis?: RedisClient | undefined;
}

/** The key space in Redis (each route counts its own attempts under it). */
const NAMESPACE = 'govportal:sign-in:';

export async function registerSignInLimit(app: FastifyInstance, options: SignInLimitOptions): Promise<void> {
  if (options.settings === false) return;
  await app.register(rateLimit, {
    global: false,
    max: options.settings.max,
    timeWindow: options.settings.timeWindowMs,
    nameSpace: NAMESPACE,
    // Redis down: let the attempt through; the account lockout still counts it.
    skipOnError: true,
    ...(options.redis === undefined ? {} : { redis: options.redis }),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpError(429, 'Quá nhiều lần đăng nhập', `Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`);
    },
  });
}

/** The route options that put a route under the limit (nothing when it is off). */
export function signInLimited(options: SignInLimitOptions): { config?: { rateLimit: Record<string, never> } } {
  return options.settings === false ? {} : { config: { rateLimit: {} } };
}
