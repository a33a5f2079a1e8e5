/**
 * Redis going away under a running app (a relay the test cuts between the app and Redis,
 * so the Redis other tests share stays up): readers see no error, the sign-in limit and
 * the public API's limit still hold — counted in the process's memory meanwhile — and
 * once Redis is back the count is shared again. The limits do not depend on the database:
 * SQLite only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createServices, type Services } from '../services.js';
import { redisAvailable, TEST_REDIS_URL } from '../test-support/redis.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { randomAddress } from '../test-support/addresses.js';

const LIMIT = { max: 3, timeWindowMs: 60_000 };
const HOST = 'camlo.localhost';

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!redisAvailable)('Redis going away under running processes', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  const processes: { app: FastifyInstance; services: Services }[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-redis-outage-'));

  beforeAll(async () => {
    t = await createTestApp('sqlite', { articlesPerSite: 2 });
    const target = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    for (let i = 0; i < 2; i += 1) {
      const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', REDIS_URL: `redis://127.0.0.1:${proxy.port}` });
      const services = await createServices(config, t.database.db);
      const app = await buildApp(services, { logger: false, signInLimit: LIMIT, api: { rateLimit: LIMIT } });
      await app.ready();
      processes.push({ app, services });
    }
  });

  afterAll(async () => {
    await proxy.restore();
    for (const p of processes) {
      await p.app.close();
      await p.services.close();
    }
    await proxy.close();
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // An account nobody has: its attempts count towards the address's limit, and lock no account.
  const login = (app: FastifyInstance, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username: 'khong-co-tai-khoan-nay', password: 'sai-mat-khau-nhe' } });

  const redisOf = (p: { services: Services }) => {
    if (p.services.redis === undefined) throw new Error('REDIS_URL expected');
    return p.services.redis;
  };

  it('keeps limiting in each process while Redis is away, serves readers, and shares the count again when it is back', async () => {
    const [a, b] = processes;
    if (a === undefined || b === undefined) throw new Error('two processes expected');

    await proxy.cut();
    await until(() => redisOf(a).status !== 'ready' && redisOf(b).status !== 'ready');

    // Readers see nothing of it.
    for (const p of [a, b]) expect((await p.app.inject({ url: '/', headers: { host: HOST } })).statusCode).toBe(200);

    // Each process counts on its own: the limit holds on each, no request fails otherwise.
    const away = randomAddress();
    for (const p of [a, b]) {
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT.max; i += 1) statuses.push((await login(p.app, away)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    }
    const api: number[] = [];
    for (let i = 0; i <= LIMIT.max; i += 1) api.push((await a.app.inject({ url: '/api/v1/sites', remoteAddress: away })).statusCode);
    expect(api).toEqual([200, 200, 200, 429]);

    await proxy.restore();
    await until(() => redisOf(a).status === 'ready' && redisOf(b).status === 'ready', 20_000);

    // Shared again: attempts spread over both processes count together.
    const back = randomAddress();
    const spread: number[] = [];
    for (let i = 0; i <= LIMIT.max; i += 1) spread.push((await login(i % 2 === 0 ? a.app : b.app, back)).statusCode);
    expect(spread).toEqual([401, 401, 401, 429]);
  }, 60_000);
});
