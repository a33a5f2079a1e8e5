/**
 * Where a rate limit counts: in Redis, shared by every process, while Redis answers;
 * in this process's memory while it does not. So an outage of Redis neither lets every
 * request through nor refuses them: each process goes on limiting on its own (a client
 * spreading its requests over N processes gets N times the limit for that while) and
 * takes up the shared count again when Redis is back.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { RedisClient } from '../redis/connection.js';

/**
 * A store's count as the plugin calls it: with the window and the maximum after the
 * callback (the package's published type leaves those two out).
 */
type Incr = (key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number, max: number) => void;
type Child = FastifyRateLimitStore['child'];
interface Store {
  incr: Incr;
  child: (routeOptions: Parameters<Child>[0]) => Store;
}

/** Addresses remembered per process while Redis is away (least recently seen dropped first). */
const LOCAL_CACHE = 10_000;

/** The plugin's own stores, typed as it calls them. */
const asStore = (store: FastifyRateLimitStore): Store => ({
  // Called with four arguments; the published type names two, and a function that takes fewer is assignable.
  incr: store.incr.bind(store),
  child: (routeOptions) => asStore(store.child(routeOptions)),
});

function sharedOrLocal(redis: RedisClient, shared: Store, local: Store): Store {
  return {
    incr(key, callback, timeWindow, max) {
      if (redis.status !== 'ready') return local.incr(key, callback, timeWindow, max);
      shared.incr(key, (error, result) => (error === null ? callback(null, result) : local.incr(key, callback, timeWindow, max)), timeWindow, max);
    },
    child: (routeOptions) => sharedOrLocal(redis, shared.child(routeOptions), local.child(routeOptions)),
  };
}

/**
 * The `store` option of @fastify/rate-limit: Redis under `nameSpace` when it answers,
 * memory when not. (No route of ours uses continueExceeding or exponential backoff.)
 */
export function sharedOrLocalStore(redis: RedisClient, nameSpace: string): FastifyRateLimitStoreCtor {
  function create(): Store {
    return sharedOrLocal(redis, asStore(new RedisStore(false, false, redis, nameSpace)), asStore(new LocalStore(false, false, LOCAL_CACHE)));
  }
  // The plugin constructs the store with `new`; a constructor that returns an object gives that object.
  return create as unknown as FastifyRateLimitStoreCtor;
}
