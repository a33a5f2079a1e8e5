/** A seeded test app for the JSON API, with its rate limit chosen by the test. */
import type { Dialect } from '../../../db/database.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { RateLimitSettings } from '../plugin.js';

export type ApiTestApp = TestApp;

export interface ApiTestOptions {
  /** false for tests that send many requests from one address. */
  rateLimit?: RateLimitSettings | false;
  articlesPerSite?: number;
}

export async function createApiTestApp(dialect: Dialect, options: ApiTestOptions = {}): Promise<ApiTestApp> {
  return createTestApp(dialect, { articlesPerSite: options.articlesPerSite, api: { rateLimit: options.rateLimit } });
}
