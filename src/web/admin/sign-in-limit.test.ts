/**
 * The sign-in limit per client address: after `max` attempts in the window the next
 * one is refused with 429, a Vietnamese message and Retry-After, even with the right
 * password; other addresses and other routes are not affected; with Redis, separate
 * processes count together. The limit does not depend on the database: SQLite only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createServices, type Services } from '../../services.js';
import { createTestUser, TEST_PASSWORD } from '../../test-support/auth.js';
import { redisAvailable, TEST_REDIS_URL } from '../../test-support/redis.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { stringMatching } from '../../test-support/matchers.js';
import { randomAddress } from '../../test-support/addresses.js';

const LIMIT = { max: 3, timeWindowMs: 60_000 };

/** Each test signs in as its own user: wrong passwords also count towards that account's lockout. */
function login(app: FastifyInstance, remoteAddress: string, password: string, username: string) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username, password } });
}

describe('the sign-in limit per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { articlesPerSite: 2, signInLimit: LIMIT });
    for (const name of ['mot', 'hai']) await createTestUser(t.database.db.kysely, name, []);
  });
  afterAll(() => t.close());

  it('refuses an address past the limit, even with the right password, and says when to come back', async () => {
    const address = randomAddress();
    for (let i = 0; i < LIMIT.max; i += 1) expect((await login(t.app, address, 'sai-mat-khau', 'mot')).statusCode).toBe(401);
    const refused = await login(t.app, address, TEST_PASSWORD, 'mot');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ title: 'Quá nhiều lần đăng nhập', detail: stringMatching(/Vui lòng thử lại sau \d+ giây\./) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.cookies.find((c) => c.name === 'gp_session')).toBeUndefined();
  });

  it('leaves other addresses and the other routes alone', async () => {
    const address = randomAddress();
    for (let i = 0; i <= LIMIT.max; i += 1) await login(t.app, address, 'sai-mat-khau', 'hai');
    expect((await login(t.app, address, TEST_PASSWORD, 'hai')).statusCode).toBe(429);
    expect((await login(t.app, randomAddress(), TEST_PASSWORD, 'hai')).statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/v1/auth/me', remoteAddress: address });
    expect(me.statusCode).toBe(401);
  });

  it('limits the two-factor code step too', async () => {
    const address = randomAddress();
    const codes = [];
    for (let i = 0; i <= LIMIT.max; i += 1) {
      codes.push((await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp', remoteAddress: address, payload: { code: '123456' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429]);
  });
});

describe.skipIf(!redisAvailable)('the sign-in limit shared through Redis', () => {
  let t: TestApp;
  const processes: { app: FastifyInstance; services: Services }[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-redis-'));
  beforeAll(async () => {
    t = await createTestApp('sqlite', { articlesPerSite: 2 });
    await createTestUser(t.database.db.kysely, 'thu', []);
    // Two "processes": each its own services, Redis connection and app, one database.
    for (let i = 0; i < 2; i += 1) {
      const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', REDIS_URL: TEST_REDIS_URL });
      const services = await createServices(config, t.database.db);
      const app = await buildApp(services, { logger: false, signInLimit: LIMIT });
      await app.ready();
      processes.push({ app, services });
    }
  });
  afterAll(async () => {
    for (const p of processes) {
      await p.app.close();
      await p.services.close();
    }
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts the attempts an address makes on every process', async () => {
    const [a, b] = processes;
    if (a === undefined || b === undefined) throw new Error('two processes expected');
    const address = randomAddress();
    expect((await login(a.app, address, 'sai-mat-khau', 'thu')).statusCode).toBe(401);
    expect((await login(b.app, address, 'sai-mat-khau', 'thu')).statusCode).toBe(401);
    expect((await login(a.app, address, 'sai-mat-khau', 'thu')).statusCode).toBe(401);
    expect((await login(b.app, address, TEST_PASSWORD, 'thu')).statusCode).toBe(429);
    expect((await login(a.app, address, TEST_PASSWORD, 'thu')).statusCode).toBe(429);
    expect((await login(b.app, randomAddress(), TEST_PASSWORD, 'thu')).statusCode).toBe(200);
  });
});
