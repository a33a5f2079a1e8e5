/**
 * PostgreSQL going away under a running app: between the app and the server sits a relay
 * the test cuts (every connection dropped, new ones refused) and restores. While it is cut,
 * a page kept in the page cache is still served; readers of anything else and writers are
 * told to wait (503 with Retry-After, in Vietnamese) — never a 500,
 * never a crash; once it is back, the app reconnects by itself, and every write it had
 * acknowledged is there while the write it refused left nothing behind. Idle connections
 * killed by the server (a restart, pg_terminate_backend) are replaced just as quietly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { EditorialProblem } from '../contract/problem.js';
import { openDatabase, type Db } from '../db/database.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createServices, type Services } from '../services.js';
import { createTestUser, signIn, type Signed } from '../test-support/auth.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';

const HOST = 'camlo.localhost';

describe.skipIf(!postgresAvailable)('PostgreSQL going away under a running app', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let db: Db;
  let services: Services;
  let app: FastifyInstance;
  let dataDir: string;
  let admin: Signed;
  let categoryId: number;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 2 });
    await createTestUser(database.db.kysely, 'qtht', [], { isSystemAdmin: true });
    const url = new URL(database.target.url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    db = openDatabase({ kind: 'postgres', url: url.toString() });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-outage-'));
    services = await createServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), db);
    // No per-address limit: the load below is eight clients on one address, and a 429 would hide what is tested.
    app = await buildApp(services, { logger: false, signInLimit: false, publicLimit: false, api: { rateLimit: false } });
    await app.ready();
    admin = await signIn(app, 'qtht', undefined, HOST);
    const category = await db.kysely.selectFrom('categories').innerJoin('sites', 'sites.id', 'categories.site_id').select('categories.id').where('sites.slug', '=', 'camlo').orderBy('categories.id').executeTakeFirstOrThrow();
    categoryId = category.id;
  }, 60_000);

  afterAll(async () => {
    await proxy?.restore();
    await app?.close();
    await services?.close();
    await db?.close();
    await proxy?.close();
    await database?.drop();
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  const createArticle = (title: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/admin/sites/camlo/articles',
      headers: { host: HOST, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { title, lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId },
    });

  it('answers 503 with Retry-After while the database is away, then serves again by itself', async () => {
    const before = await createArticle('Bài viết lưu trước khi mất kết nối');
    expect(before.statusCode).toBe(201);
    expect((await app.inject({ url: '/', headers: { host: HOST } })).statusCode).toBe(200);

    await proxy.cut();
    // A page kept in the page cache is still read by citizens while the database is away.
    const kept = await app.inject({ url: '/', headers: { host: HOST } });
    expect(kept.statusCode).toBe(200);
    expect(kept.headers['x-cache']).toBe('HIT');
    // One that must be rendered cannot be.
    const home = await app.inject({ url: '/so-do-trang', headers: { host: HOST } });
    expect(home.statusCode).toBe(503);
    expect(home.headers['retry-after']).toBe('5');
    expect(home.body).toContain('Hệ thống tạm thời gián đoạn');
    expect(home.body).not.toMatch(/at \S+ \(|ECONNREFUSED|node_modules/);

    const api = await app.inject({ url: '/api/v1/articles?site=camlo', headers: { host: HOST } });
    expect(api.statusCode).toBe(503);
    expect(api.headers['retry-after']).toBe('5');

    const during = await createArticle('Bài viết gửi khi mất kết nối');
    expect(during.statusCode).toBe(503);
    expect(during.json<EditorialProblem>().title).toBe('Hệ thống tạm thời gián đoạn');

    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(503);

    await proxy.restore();
    const again = await app.inject({ url: '/so-do-trang', headers: { host: HOST } });
    expect(again.statusCode).toBe(200);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);

    const titles = (await database.db.kysely.selectFrom('articles').select('title').where('title', 'like', 'Bài viết %').execute()).map((r) => r.title);
    // What was acknowledged stays; what was refused left nothing behind.
    expect(titles).toEqual(['Bài viết lưu trước khi mất kết nối']);
  }, 60_000);

  it('under load, across the cut and the return, answers only 200 or 503 — never a 500', async () => {
    const statuses: number[] = [];
    let running = true;
    const paths = ['/', '/tin-tuc-su-kien', '/api/v1/articles?site=camlo', '/tim-kiem?q=cam+lo'];
    const client = async (n: number) => {
      for (let i = n; running; i++) {
        const res = await app.inject({ url: paths[i % paths.length] ?? '/', headers: { host: HOST } });
        statuses.push(res.statusCode);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, 700));
    running = false;
    await load;
    expect(statuses.length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(200);
  }, 30_000);

  it('replaces idle connections the server killed without a failed request', async () => {
    for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/', headers: { host: HOST } })).statusCode).toBe(200);
    const { rows } = await sql<{ killed: number }>`
      select count(pg_terminate_backend(pid))::int as killed from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'`.execute(database.db.kysely);
    expect(rows[0]?.killed ?? 0).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.inject({ url: '/', headers: { host: HOST } })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  }, 30_000);
});
