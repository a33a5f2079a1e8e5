/**
 * Redis for tests (TEST_REDIS_URL, default the local server). Mandatory when CI=true,
 * like PostgreSQL; a local run without it skips the Redis tests and says so plainly.
 */
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function probeRedis(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true') throw new Error(`Redis is required in CI but unreachable at ${TEST_REDIS_URL}: ${String(error)}`);
    console.warn(`\n*** Redis unreachable at ${TEST_REDIS_URL}: the tests of limits shared through Redis were SKIPPED. ***\n`);
    return false;
  } finally {
    client.disconnect();
  }
}

export const redisAvailable: boolean = await probeRedis();
