/**
 * Two real `govportal serve` processes on one PostgreSQL database: a settings change made
 * through process A is served by process B within one second — by the site-state version
 * check alone, and again with REDIS_URL, where the change is announced through Redis.
 * Both processes are stopped after each case and again in afterAll (no leftovers).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteSettings } from '../contract/sites.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createTestUser, TEST_PASSWORD } from '../test-support/auth.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { redisAvailable, TEST_REDIS_URL } from '../test-support/redis.js';
import { startServe, type ServeProcess } from '../test-support/serve-process.js';

const LIMIT_MS = 1000;

describe.skipIf(!postgresAvailable)('two serve processes on one PostgreSQL', () => {
  let database: TestDatabase;
  const started: ServeProcess[] = [];
  const dataDirs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 2 });
    await createTestUser(database.db.kysely, 'qtht', [], { isSystemAdmin: true });
  }, 30_000);

  afterAll(async () => {
    for (const p of started) await p.stop();
    await database.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  }, 20_000);

  async function serve(extra: Record<string, string>): Promise<ServeProcess> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-proc-'));
    dataDirs.push(dataDir);
    if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
    const p = await startServe({ DATABASE_URL: database.target.url, DATA_DIR: dataDir, DEMO_SEED: 'never', NODE_ENV: 'development', LOG_LEVEL: 'warn', ...extra });
    started.push(p);
    return p;
  }

  /** Signs in on `port` (host 127.0.0.1: the root site); returns the headers of a signed-in browser. */
  async function signIn(port: number): Promise<Record<string, string>> {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'qtht', password: TEST_PASSWORD }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';', 1)[0] ?? '').find((c) => c.startsWith('gp_session='));
    if (cookie === undefined) throw new Error('no session cookie');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, 'x-csrf-token': csrfToken };
  }

  const homeOf = async (port: number) => (await fetch(`http://127.0.0.1:${port}/`)).text();

  async function nameChangeReachesTheOther(extra: Record<string, string>, label: string): Promise<void> {
    const [a, b] = await Promise.all([serve(extra), serve(extra)]);
    try {
      await Promise.all([a.ready(), b.ready()]);
      const auth = await signIn(a.port);
      const settingsUrl = `http://127.0.0.1:${a.port}/api/v1/admin/sites/quangtri/settings`;
      const current = (await (await fetch(settingsUrl, { headers: auth })).json()) as SiteSettings;
      const name = `Cổng thông tin điện tử tỉnh Quảng Trị ${label} ${Date.now()}`;
      expect(await homeOf(b.port)).toContain(current.name); // B serves the old name from its registry

      const sent = performance.now();
      const put = await fetch(settingsUrl, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ ...current, name }) });
      const saved = performance.now();
      expect(put.status).toBe(200);

      let seen: number | undefined;
      while (performance.now() - saved < 3 * LIMIT_MS) {
        if ((await homeOf(b.port)).includes(name)) {
          seen = performance.now();
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(seen, 'process B never showed the new name').toBeDefined();
      const afterSave = (seen ?? Infinity) - saved;
      console.info(`two processes (${label}): B served the new name ${afterSave.toFixed(0)} ms after A's answer (${((seen ?? Infinity) - sent).toFixed(0)} ms after the request was sent)`);
      expect(afterSave).toBeLessThan(LIMIT_MS);
      expect(await homeOf(a.port)).toContain(name); // and A, which made it, of course
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }

  it('a settings change through one process is served by the other within one second (version check)', async () => {
    await nameChangeReachesTheOther({}, 'không Redis');
  }, 60_000);

  it.skipIf(!redisAvailable)('and within one second with REDIS_URL (announced through Redis)', async () => {
    await nameChangeReachesTheOther({ REDIS_URL: TEST_REDIS_URL }, 'qua Redis');
  }, 60_000);
});
