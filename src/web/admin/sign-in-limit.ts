/**
 * A limit on sign-in attempts (password or two-factor code) per client address, on
 * top of the per-account lockout: the lockout stops guessing one account's password,
 * this stops one address trying a common password on many accounts.
 *
 * Each plugin that has sign-in routes calls `registerSignInLimit` in its own scope and
 * marks those routes with `signInLimited(...)`; every other route is left alone.
 */
import type { FastifyInstance } from 'fastify';
import { addressLimited, registerAddressLimit, type AddressLimitOptions, type AddressLimitSettings } from '../address-limit.js';
import { HttpError } from '../http-error.js';

export type SignInLimitSettings = AddressLimitSettings;
export type SignInLimitOptions = AddressLimitOptions;

export const DEFAULT_SIGN_IN_LIMIT: SignInLimitSettings = { max: 10, timeWindowMs: 60_000 };

export async function registerSignInLimit(app: FastifyInstance, options: SignInLimitOptions): Promise<void> {
  await registerAddressLimit(app, options, {
    nameSpace: 'govportal:sign-in:',
    refusal: (seconds) =>
      new HttpError(429, 'Quá nhiều lần đăng nhập', `Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`),
  });
}

/** The route options that put a route under the limit (nothing when it is off). */
export const signInLimited = addressLimited;
