/**
 * Keeps this process's SiteRegistry in step with changes made by any process (another
 * `serve` behind the same proxy, or the CLI): every write that changes what the registry
 * holds raises the site-state version in its transaction (site-state.repo.ts), and this
 * module reloads the registry when the version it holds is no longer the stored one.
 *
 * - Without Redis, a timer reads the version (one primary-key read) every POLL_MS.
 *   A timer rather than a check on the request path: no reader ever waits for the query
 *   or the reload (requests keep using the registry as it is until the new one is swapped
 *   in whole), the delay is bounded whatever the traffic, and the cost is a few tiny reads
 *   a second per process. The timer is unref()ed and stopped by close().
 * - With Redis (REDIS_URL), the process that made a change publishes the new version on
 *   CHANNEL and every subscriber reloads at once. Pub/sub forgets what it sent while a
 *   subscriber was away, and the CLI publishes nothing, so the timer stays, slower
 *   (SUBSCRIBED_POLL_MS) while the subscription is up and back to POLL_MS when Redis is
 *   down. Nothing here is on a request's path: Redis down never fails a request.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { closeRedis, connectRedis, type RedisClient } from '../redis/connection.js';
import type { SiteRegistry } from './site-registry.js';
import { readSiteStateVersion } from './site-state.repo.js';

/** How often the version is read while nothing announces changes. */
export const POLL_MS = 300;
/** How often it is read while the Redis subscription is up (lost messages, CLI changes). */
export const SUBSCRIBED_POLL_MS = 5_000;
export const CHANNEL = 'govportal:site-state';

export interface SiteStateLog {
  info(msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface SiteStateOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  log: SiteStateLog;
  /** REDIS_URL: changes are announced there; the subscriber gets a connection of its own. */
  redisUrl?: string;
  /** The shared connection, to publish on (commands cannot be sent on a subscribed one). */
  publisher?: RedisClient;
  pollMs?: number;
  subscribedPollMs?: number;
}

export interface SiteState {
  /** The version the registry was last loaded at. */
  readonly version: number;
  /** Reads the version and reloads the registry if it moved (coalesced with a check under way). */
  refresh(): Promise<void>;
  /** After this process committed a change: reload now and announce it to the other processes. */
  changed(): Promise<void>;
  /** Whether changes arrive through Redis right now. */
  readonly subscribed: boolean;
  /** Stops the timer and the subscription; waits for a check under way. */
  close(): Promise<void>;
}

/** Loads the registry with its version and starts keeping it fresh. */
export async function startSiteState(opts: SiteStateOptions): Promise<SiteState> {
  const { db, registry, log } = opts;
  const pollMs = opts.pollMs ?? POLL_MS;
  const subscribedPollMs = opts.subscribedPollMs ?? SUBSCRIBED_POLL_MS;

  // The version is read before the sites: the registry may be newer than its version
  // (then the next check reloads once more), never older.
  let known = await readSiteStateVersion(db);
  await registry.reload();

  let closed = false;
  let failing = false;
  let subscribed = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  async function checkOnce(): Promise<void> {
    try {
      const version = await readSiteStateVersion(db);
      if (version !== known) {
        await registry.reload();
        known = version;
      }
      if (failing) log.info('site-state: the version check works again');
      failing = false;
    } catch (error) {
      // The registry stays as it was; the next check tries again. Reported once per outage.
      if (!failing) log.warn({ err: error }, 'site-state: cannot read the site-state version; sites stay as loaded until it can');
      failing = true;
    }
  }

  /** One check at a time; a request during one gets a single follow-up check, shared. */
  function refresh(): Promise<void> {
    if (inFlight === undefined) {
      inFlight = checkOnce().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    }
    queued ??= inFlight.then(() => {
      queued = undefined;
      return refresh();
    });
    return queued;
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void refresh().finally(schedule);
    }, subscribed ? subscribedPollMs : pollMs);
    timer.unref();
  }

  let subscriber: RedisClient | undefined;
  if (opts.redisUrl !== undefined) {
    const client = connectRedis(opts.redisUrl, {
      down: (error) => log.warn({ err: error }, `site-state: Redis unreachable; site changes from other processes arrive by the version check (every ${pollMs} ms)`),
      up: () => log.info('site-state: Redis reachable again; site changes arrive through it'),
    });
    client.on('message', (channel: string, message: string) => {
      if (channel !== CHANNEL || Number(message) === known) return;
      void refresh();
    });
    client.on('ready', () => {
      client.subscribe(CHANNEL).then(
        () => {
          subscribed = true;
          // Whatever was announced while we were not listening: check once now.
          void refresh();
          schedule();
        },
        () => undefined, // the connection went again; 'ready' comes back with it
      );
    });
    client.on('close', () => {
      if (!subscribed) return;
      subscribed = false;
      schedule(); // back to the quick check at once, not after the slow interval
    });
    subscriber = client;
  }

  schedule();

  return {
    get version() {
      return known;
    },
    get subscribed() {
      return subscribed;
    },
    refresh,
    async changed() {
      await refresh();
      // Not awaited: a slow or absent Redis must not hold the admin's answer; the
      // other processes' version check covers a lost announcement.
      opts.publisher?.publish(CHANNEL, String(known)).catch(() => undefined);
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (subscriber !== undefined) await closeRedis(subscriber);
      await (queued ?? inFlight);
    },
  };
}
