/**
 * For the command line: after a command wrote content behind the serving processes' backs
 * (an import, `generate`), tell them over Redis to start their page caches afresh, so its
 * pages show at once rather than within PAGE_CACHE_TTL_SECONDS. Without REDIS_URL, or with
 * Redis away, nothing is sent and the time to live bounds what stays.
 */
import type { Config } from '../config.js';
import { dependency } from '../publishing/read-dependencies.js';
import { closeRedis, connectRedis, untilReady } from '../redis/connection.js';
import { channelFor } from './invalidation-bus.js';

export async function announceContentChanged(config: Pick<Config, 'redisUrl' | 'database'>): Promise<boolean> {
  if (config.redisUrl === undefined) return false;
  const client = connectRedis(config.redisUrl);
  try {
    if (!(await untilReady(client, 2_000))) return false;
    // Every page names the system (the list of sites in its footer): all go.
    await client.publish(channelFor(config.database), JSON.stringify({ from: 'command-line', names: [dependency.system] }));
    return true;
  } catch {
    return false;
  } finally {
    await closeRedis(client);
  }
}
