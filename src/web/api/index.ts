/** The JSON API's entry: the plugin, and its options drawn from the app's services. */
import type { Services } from '../../services.js';
import { DEFAULT_RATE_LIMIT, type PublicApiOptions, type RateLimitSettings } from './plugin.js';

export { publicApi, DEFAULT_RATE_LIMIT, type RateLimitSettings } from './plugin.js';
export { isApiPath, sendFrameworkProblem, sendProblem, toApiProblem } from './problem.js';

export interface ApiSettings {
  /** Per client address; DEFAULT_RATE_LIMIT when absent, false for none. */
  rateLimit?: RateLimitSettings | false;
}

export function apiOptions(services: Services, settings: ApiSettings = {}): PublicApiOptions {
  return {
    db: services.db.kysely,
    registry: services.registry,
    publicScheme: services.config.publicScheme,
    search: services.search,
    rateLimit: settings.rateLimit ?? DEFAULT_RATE_LIMIT,
    redis: services.redis,
  };
}
