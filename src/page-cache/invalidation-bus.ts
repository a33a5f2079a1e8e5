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

/**
 * One channel per database: the processes that serve the same content hear each other, and
 * another installation on the same Redis (a staging copy) drops nothing here.
 */
export function channelFor(database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }): string {
  const identity = database.kind === 'sqlite' ? `sqlite:${database.file}` : `postgres:${database.url.replace(/\/\/[^@/]*@/, '//')}`;
  return `govportal:page-cache:${crypto.createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}

/** A message as sent: who sent it (to skip our own) and the names; anything else is ignored. */
const message = z.object({ from: z.string().max(64), names: z.array(z.string().max(200)).max(10_000) });

export interface InvalidationBusLog {
  info(msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface InvalidationBus {
  /** Announces `names` to the other processes (not awaited by anyone: a lost one expires). */
  publish(names: readonly string[]): void;
  /** Whether the first subscription was made within `ms` (a process starts serving without it). */
  untilSubscribed(ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface InvalidationBusOptions {
  redisUrl: string;
  channel: string;
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
    if (channel !== opts.channel) return;
    let parsed: z.infer<typeof message>;
    try {
      parsed = message.parse(JSON.parse(text));
    } catch {
      return;
    }
    if (parsed.from !== self) opts.onNames(parsed.names);
  });
  let subscribed = false;
  const waiting = new Set<() => void>();
  subscriber.on('ready', () => {
    subscriber.subscribe(opts.channel).then(
      () => {
        subscribed = true;
        opts.onResubscribed();
        for (const wake of waiting) wake();
      },
      () => undefined, // the connection went again; 'ready' comes back with it
    );
  });
  return {
    publish(names) {
      if (names.length === 0) return;
      opts.publisher.publish(opts.channel, JSON.stringify({ from: self, names })).catch(() => undefined);
    },
    untilSubscribed(ms = 2_000) {
      if (subscribed) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiting.delete(wake);
          resolve(false);
        }, ms);
        waiting.add(wake);
      });
    },
    async close() {
      await closeRedis(subscriber);
    },
  };
}
