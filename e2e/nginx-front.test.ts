/**
 * The production shape, for real: Debian's nginx with the shipped configuration
 * (deploy/nginx/govportal.conf) in front of two `govportal serve` processes on one
 * PostgreSQL and one Redis. What one process publishes, nginx serves from both; a session
 * made through nginx works on either process; the sign-in limit is one count across the
 * processes; and an X-Forwarded-For a client forges is replaced by nginx, so it changes
 * neither the limit nor the address recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSystem } from '../src/demo/seed.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { randomAddress } from '../src/test-support/addresses.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../src/test-support/databases.js';
import { redisAvailable, TEST_REDIS_URL } from '../src/test-support/redis.js';
import { startServe, type ServeProcess } from '../src/test-support/serve-process.js';
import { directRequest, nginxAvailable, request, startNginx, type RequestOptions, type RunningNginx } from './support/nginx.js';

const SITE_HOST = 'camlo.quangtri.gov.vn';
/**
 * A documentation address (RFC 5737): a client that is neither the test nor nginx. Drawn
 * per run, since the limit's counts live in the shared Redis for a minute.
 */
const FORGED = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;

describe.skipIf(!postgresAvailable || !redisAvailable || !nginxAvailable)('nginx in front of two processes', () => {
  let database: TestDatabase;
  let dir: string;
  let a: ServeProcess;
  let b: ServeProcess;
  let nginx: RunningNginx;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 2 });
    await createTestUser(database.db.kysely, 'qtht', [], { isSystemAdmin: true });
    if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-nginx-'));
    const env = { DATABASE_URL: database.target.url, REDIS_URL: TEST_REDIS_URL, DATA_DIR: path.join(dir, 'data'), TRUST_PROXY: '1', DEMO_SEED: 'never', NODE_ENV: 'development', LOG_LEVEL: 'warn' };
    [a, b] = await Promise.all([startServe(env), startServe(env)]);
    await Promise.all([a.ready(), b.ready()]);
    nginx = await startNginx({ upstreams: [a.port, b.port], dir, mediaDir: path.join(dir, 'data', 'media') });
  }, 90_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  const direct = (p: ServeProcess, url: string, init: Omit<RequestOptions, 'path' | 'host'> = {}) => directRequest(p.port, { ...init, path: url, host: 'camlo.localhost' });

  async function signInThroughNginx(headers: Record<string, string> = {}): Promise<{ cookie: string; csrf: string }> {
    const res = await request(nginx.port, { path: '/api/v1/auth/login', method: 'POST', host: SITE_HOST, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: 'qtht', password: TEST_PASSWORD }) });
    expect(res.status).toBe(200);
    const setCookie = [res.headers['set-cookie'] ?? []].flat();
    const cookie = setCookie.map((c) => c.split(';', 1)[0] ?? '').find((c) => c.startsWith('gp_session='));
    if (cookie === undefined) throw new Error('no session cookie');
    return { cookie, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
  }

  /** Requests to a route pattern with a status, as the process's own /metrics counts them. */
  async function servedBy(p: ServeProcess, route: string): Promise<number> {
    const text = (await directRequest(p.port, { path: '/metrics' })).body;
    const line = text.split('\n').find((l) => l.startsWith(`govportal_http_request_duration_seconds_count{method="GET",route="${route}",status_code="200"}`));
    return line === undefined ? 0 : Number(line.split(' ').pop());
  }

  it('a session made through nginx works on both processes, and what A publishes nginx serves from both', async () => {
    const { cookie, csrf } = await signInThroughNginx();
    for (const p of [a, b]) {
      const me = await direct(p, '/api/v1/auth/me', { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(me.body).toContain('qtht');
    }

    const category = await database.db.kysely
      .selectFrom('categories')
      .innerJoin('sites', 'sites.id', 'categories.site_id')
      .select('categories.id')
      .where('sites.slug', '=', 'camlo')
      .orderBy('categories.id')
      .executeTakeFirstOrThrow();
    const write = (url: string, body: object) =>
      direct(a, `/api/v1/admin/sites/camlo${url}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const created = await write('/articles', { title: 'Khánh thành cầu qua sông Hiếu', lead: 'Sapo.', bodyHtml: '<p>Cây cầu mới nối hai bờ.</p>', categoryId: category.id });
    expect(created.status).toBe(201);
    const { id } = JSON.parse(created.body) as { id: number };
    for (const transition of ['submit', 'approve', 'publish']) {
      expect((await write(`/articles/${id}/transitions`, { transition })).status).toBe(200);
    }
    const article = await direct(a, `/api/v1/admin/sites/camlo/articles/${id}`, { headers: { cookie } });
    const { publicUrl } = JSON.parse(article.body) as { publicUrl: string };
    const articlePath = new URL(publicUrl).pathname;

    const fromB = await direct(b, articlePath);
    expect(fromB.status).toBe(200);
    expect(fromB.body).toContain('Khánh thành cầu qua sông Hiếu');

    const before = await Promise.all([servedBy(a, '/:category/:slug'), servedBy(b, '/:category/:slug')]);
    for (let i = 0; i < 6; i++) {
      const res = await request(nginx.port, { path: articlePath, host: SITE_HOST, headers: { 'accept-encoding': 'identity' } });
      expect(res.status).toBe(200);
      expect(res.body).toContain('Khánh thành cầu qua sông Hiếu');
    }
    const after = await Promise.all([servedBy(a, '/:category/:slug'), servedBy(b, '/:category/:slug')]);
    expect(after[0] - before[0]).toBeGreaterThan(0);
    expect(after[1] - before[1]).toBeGreaterThan(0);
    expect(after[0] - before[0] + after[1] - before[1]).toBe(6);
  });

  /** A failed sign-in straight to a process, from `from` as a trusted proxy reports it. */
  const failedSignIn = async (p: ServeProcess, from = FORGED) =>
    (await direct(p, '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ username: 'khong-co-tai-khoan-nay', password: 'sai-mat-khau-roi-nhe' }) })).status;

  it('the sign-in limit is one count across both processes (shared through Redis)', async () => {
    // An address of its own, so the count starts at zero whichever case ran first.
    const client = randomAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await failedSignIn(i % 2 === 0 ? a : b, client));
    // Ten attempts a minute per address (DEFAULT_SIGN_IN_LIMIT), whichever process answers.
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('an X-Forwarded-For forged by a client through nginx changes neither the limit nor the recorded address', async () => {
    // FORGED is refused after its ten failures…
    let status = 0;
    for (let i = 0; i < 11 && status !== 429; i++) status = await failedSignIn(a);
    expect(status).toBe(429);
    // …but through nginx the client is who nginx saw (the loopback): the forged header
    // neither borrows FORGED's refusal nor names the session.
    const { cookie } = await signInThroughNginx({ 'x-forwarded-for': FORGED });
    const token = decodeURIComponent(cookie.slice('gp_session='.length));
    const sessions = await database.db.kysely.selectFrom('sessions').select(['ip', 'id_hash']).orderBy('created_at', 'desc').execute();
    expect(token.length).toBeGreaterThan(0);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.map((s) => s.ip)).not.toContain(FORGED);
    expect(sessions[0]?.ip).toBe('127.0.0.1');
    const metrics = await request(nginx.port, { path: '/metrics', host: SITE_HOST, headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(metrics.status).toBe(404);
    expect(metrics.body).not.toContain('govportal_');
  });
});
