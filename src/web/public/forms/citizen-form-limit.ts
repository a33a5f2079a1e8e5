/**
 * The limit per client address on the posts of the citizens' forms (questions,
 * comments on drafts): tighter than the search limit, since each post writes a row
 * that staff must read. A person sends a few; a script's burst gets the Vietnamese 429
 * page with Retry-After. Counted in Redis when REDIS_URL is set (one count for every
 * process), else per process (web/address-limit.ts).
 */
import type { FastifyInstance } from 'fastify';
import { addressLimited, registerAddressLimit, type AddressLimitOptions, type AddressLimitSettings } from '../../address-limit.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';

export type CitizenFormLimitSettings = AddressLimitSettings;
export type CitizenFormLimitOptions = AddressLimitOptions;

/** Five posts in ten minutes from one address. */
export const DEFAULT_CITIZEN_FORM_LIMIT: CitizenFormLimitSettings = { max: 5, timeWindowMs: 10 * 60_000 };

/** Registers the limit in the calling plugin's scope; mark the POST routes with `citizenFormLimited`. */
export async function registerCitizenFormLimit(app: FastifyInstance, options: CitizenFormLimitOptions): Promise<void> {
  await registerAddressLimit(app, options, {
    nameSpace: 'govportal:citizen-form:',
    refusal: (seconds) => new HttpError(429, vi.citizenForms.tooManyTitle, vi.citizenForms.tooMany(seconds)),
  });
}

export const citizenFormLimited = addressLimited;
