/**
 * The operators' endpoints: /readyz tells a proxy whether to send traffic (storage
 * answers and the schema is current), /metrics gives Prometheus what it scrapes and
 * nobody else anything.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { MIGRATION_NAMES } from '../db/migrations/index.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const TOKEN = 'mot-ma-bi-mat-du-dai-cho-prometheus-0123';
const REMOTE = '203.0.113.7';

describe.each(TEST_DIALECTS)('operations endpoints on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3, environment: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('/readyz answers ready on any host once every migration is applied', async () => {
    const res = await t.app.inject({ url: '/readyz', headers: { host: 'unknown.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: dialect });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('/metrics is served to a scraper on this machine, with request latency by route pattern', async () => {
    const home = await t.app.inject({ url: '/', headers: { host: 'camlo.quangtri.gov.vn' } });
    expect(home.statusCode).toBe(200);
    await t.app.inject({ url: '/khong-co/bai-nay-khong-co', headers: { host: 'camlo.quangtri.gov.vn' } });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toMatch(/govportal_http_request_duration_seconds_count\{method="GET",route="\/",status_code="200"\} \d+/);
    // A client's invented path is counted under its route's pattern, never as itself.
    expect(text).toContain('route="/:category/:slug",status_code="404"');
    expect(text).not.toContain('bai-nay-khong-co');
    expect(text).toMatch(/^govportal_jobs_pending \d+$/m);
    expect(text).toMatch(/^govportal_jobs_lag_seconds [\d.]+$/m);
    expect(text).toContain('govportal_nodejs_eventloop_lag_seconds');
    if (dialect === 'postgres') expect(text).toMatch(/^govportal_db_pool_connections \d+$/m);
  });

  it('/metrics answers 404 to anyone else, a forged forwarded address included, unless they hold the token', async () => {
    const stranger = await t.app.inject({ url: '/metrics', remoteAddress: REMOTE });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).not.toContain('govportal_');
    const forged = await t.app.inject({ url: '/metrics', remoteAddress: REMOTE, headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(forged.statusCode).toBe(404);
    const wrong = await t.app.inject({ url: '/metrics', remoteAddress: REMOTE, headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } });
    expect(wrong.statusCode).toBe(404);
    const withToken = await t.app.inject({ url: '/metrics', remoteAddress: REMOTE, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.body).toContain('govportal_http_request_duration_seconds');
  });

  // A process that found the schema current keeps that answer (migrations are never taken back),
  // so the case of a schema behind the code is a second app, as a newer process would be.
  it('/readyz answers 503 with Retry-After and names the migration when the schema is behind the code', async () => {
    const latest = MIGRATION_NAMES[MIGRATION_NAMES.length - 1] ?? '';
    const removed = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration where name = ${latest}`.execute(t.database.db.kysely);
    await sql`delete from kysely_migration where name = ${latest}`.execute(t.database.db.kysely);
    const second = await buildApp(t.services, { logger: false });
    const res = await second.inject({ url: '/readyz' });
    await second.close();
    // Put the record back: the other cases (in random order) expect a current schema.
    for (const row of removed.rows) await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(t.database.db.kysely);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({ status: 'not-ready', database: 'ok', pendingMigrations: [latest] });
  });
});
