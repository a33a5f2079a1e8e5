/**
 * Tells the other processes (behind the same proxy, on the same REDIS_URL) which names
 * changed, so each drops the same pages from its own cache; and hears theirs.
 *
 * Pub/sub forgets what it sent while a subscriber was away: when the subscription comes
 * back, this process clears its whole cache once (it cannot know what it missed). While
 * Redis is down, pages still leave at their time to live (PAGE_CACHE_TTL_SECONDS).
 * Nothing here is on a request's path: Redis down never fails a request.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { closeRedis, connectRedis, type RedisClient } from '../redis/connection.js';

export const CHANNEL = 'govportal:page-cache';

/** A message as sent: who sent it (to skip our own) and the names; anything else is ignored. */
const message = z.object({ from: z.string().max(64), names: z.array(z.string().max(200)).max(10_000) });

export interface InvalidationBusLog {
  info(msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface InvalidationBus {
  /** Announces `names` to the other processes (not awaited by anyone: a lost one expires). */
  publish(names: readonly string[]): void;
  close(): Promise<void>;
}

export interface InvalidationBusOptions {
  redisUrl: string;
  /** The shared connection to publish on (a subscribed connection cannot). */
  publisher: RedisClient;
  log: InvalidationBusLog;
  /** Names another process changed. */
  onNames(names: string[]): void;
  /** The subscription (re)started: whatever was sent meanwhile is unknown. */
  onResubscribed(): void;
}

export function startInvalidationBus(opts: InvalidationBusOptions): InvalidationBus {
  const self = crypto.randomUUID();
  const subscriber = connectRedis(opts.redisUrl, {
    down: (error) => opts.log.warn({ err: error }, 'page-cache: Redis unreachable; cached pages of other processes leave at their time to live'),
    up: () => opts.log.info('page-cache: Redis reachable again; the cache starts afresh'),
  });
  subscriber.on('message', (channel: string, text: string) => {
    if (channel !== CHANNEL) return;
    let parsed: z.infer<typeof message>;
    try {
      parsed = message.parse(JSON.parse(text));
    } catch {
      return;
    }
    if (parsed.from !== self) opts.onNames(parsed.names);
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(CHANNEL).then(
      () => opts.onResubscribed(),
      () => undefined, // the connection went again; 'ready' comes back with it
    );
  });
  return {
    publish(names) {
      if (names.length === 0) return;
      opts.publisher.publish(CHANNEL, JSON.stringify({ from: self, names })).catch(() => undefined);
    },
    async close() {
      await closeRedis(subscriber);
    },
  };
}
