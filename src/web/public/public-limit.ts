/**
 * The limit per client address on the public routes whose cost a reader chooses:
 * a search ranks up to thousands of matches, a form writes to the database. A person
 * searching or filling in a form stays far below it; a script looping over them
 * gets a Vietnamese 429 page with Retry-After. Pages that are cheap to serve (and
 * cached by any proxy in front) are not limited.
 */
import type { FastifyInstance } from 'fastify';
import { addressLimited, registerAddressLimit, type AddressLimitOptions, type AddressLimitSettings } from '../address-limit.js';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';

export type PublicLimitSettings = AddressLimitSettings;
export type PublicLimitOptions = AddressLimitOptions;

/** Thirty a minute: a search every two seconds, paging included. */
export const DEFAULT_PUBLIC_LIMIT: PublicLimitSettings = { max: 30, timeWindowMs: 60_000 };

/** Registers the limit in the calling plugin's scope; mark its routes with `publicLimited`. */
export async function registerPublicLimit(app: FastifyInstance, options: PublicLimitOptions): Promise<void> {
  await registerAddressLimit(app, options, {
    nameSpace: 'govportal:public:',
    refusal: (seconds) => new HttpError(429, vi.errors.tooManyTitle, vi.errors.tooMany(seconds)),
  });
}

export const publicLimited = addressLimited;
