/**
 * The optional Redis connection (REDIS_URL) that lets several govportal processes
 * behind one proxy share what would otherwise be per process: today the sign-in and
 * API rate limits. Commands fail fast rather than queue while Redis is down, and the
 * rate limits then count in each process's memory (web/limit-store.ts), so an outage
 * of Redis never takes the portal down with it.
 */
import { Redis } from 'ioredis';

export type RedisClient = Redis;

/** Where the connection reports that Redis went away and came back. */
export interface RedisEvents {
  down(error: Error): void;
  up(): void;
}

export function connectRedis(url: string, events?: RedisEvents): RedisClient {
  const client = new Redis(url, {
    connectionName: 'govportal',
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  // ioredis retries for ever and emits an error per attempt: report the outage once
  // (an 'error' listener also keeps ioredis from printing every attempt itself).
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) events?.down(error);
    down = true;
  });
  client.on('ready', () => {
    if (down) events?.up();
    down = false;
  });
  return client;
}

/**
 * Waits until the connection is up, or `ms` at most: a process that starts serving
 * before Redis answers would let its first attempts through uncounted.
 */
export async function untilReady(client: RedisClient, ms = 2_000): Promise<boolean> {
  if (client.status === 'ready') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Closes the connection, politely if it is up. */
export async function closeRedis(client: RedisClient): Promise<void> {
  if (client.status === 'ready') await client.quit();
  else client.disconnect();
}
