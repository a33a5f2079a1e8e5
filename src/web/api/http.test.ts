/**
 * HTTP behaviour of /api/v1 on every dialect: strong ETags with 304, Cache-Control
 * by resource kind, CORS for any origin without credentials, and the per-address
 * rate limit (a low limit here; each test speaks from its own client address).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../articles/articles.service.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { strongEtag } from './http-cache.js';
import { createApiTestApp, type ApiTestApp } from './testing/api-app.js';
import { ContractValidator, type Json } from './testing/validators.js';

const HOST = 'camlo.localhost';
const LIMIT = 12;

describe.each(TEST_DIALECTS)('API over HTTP on %s', (dialect) => {
  let t: ApiTestApp;
  let address = 0;
  /** A fresh client address, so that each test has its own rate-limit budget. */
  const client = () => `10.0.0.${(address += 1)}`;
  const get = (url: string, ip: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, remoteAddress: ip, headers: { host: HOST, ...headers } });

  beforeAll(async () => {
    t = await createApiTestApp(dialect, { rateLimit: { max: LIMIT, timeWindowMs: 60_000 } });
  });
  afterAll(() => t.close());

  it('tags every answer with a strong ETag of its bytes and answers 304 when it still holds', async () => {
    const ip = client();
    for (const url of ['/api/v1/articles?limit=3', '/api/v1/sites/camlo']) {
      const first = await get(url, ip);
      const etag = String(first.headers['etag']);
      expect(etag).toBe(strongEtag(first.body));
      const cached = await get(url, ip, { 'if-none-match': etag });
      expect(cached.statusCode).toBe(304);
      expect(cached.body).toBe('');
      expect(cached.headers['etag']).toBe(etag);
      expect(cached.headers['cache-control']).toBe(first.headers['cache-control']);
      expect((await get(url, ip, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
      expect((await get(url, ip, { 'if-none-match': '*' })).statusCode).toBe(304);
      expect((await get(url, ip, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    }
  });

  it('changes the ETag of a list when an article is published', async () => {
    const ip = client();
    const before = await get('/api/v1/articles?limit=3', ip);
    const site = await t.database.db.kysely.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const category = await t.database.db.kysely.selectFrom('categories').select('id').where('site_id', '=', site.id).limit(1).executeTakeFirstOrThrow();
    await createArticle(t.database.db.kysely, { siteId: site.id, categoryId: category.id, title: 'Tin vừa đăng', lead: '', bodyHtml: '<p>x</p>', status: 'published', publishedAt: '2026-11-29T01:00:00Z' });
    const after = await get('/api/v1/articles?limit=3', ip, { 'if-none-match': String(before.headers['etag']) });
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
  });

  it('lets a CDN keep lists for a minute, single resources for five, and errors not at all', async () => {
    const ip = client();
    for (const url of ['/api/v1/sites', '/api/v1/categories', '/api/v1/articles', '/api/v1/search?q=cam']) {
      expect((await get(url, ip)).headers['cache-control'], url).toBe('public, max-age=60');
    }
    for (const url of ['/api/v1/sites/camlo', '/api/v1/openapi.json']) {
      expect((await get(url, ip)).headers['cache-control'], url).toBe('public, max-age=300');
    }
    expect((await get('/api/v1/sites/khong-co', ip)).headers['cache-control']).toBe('no-store');
  });

  it('allows GET and HEAD from any origin, without credentials', async () => {
    const ip = client();
    const res = await get('/api/v1/articles?limit=1', ip, { origin: 'https://tonghop.example.vn' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(res.headers['access-control-expose-headers'])).toContain('ETag');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/articles',
      remoteAddress: ip,
      headers: { host: HOST, origin: 'https://tonghop.example.vn', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-methods']).split(/,\s*/).sort()).toEqual(['GET', 'HEAD']);
    for (const url of ['/api/v1/articles?limit=0', '/api/v1/khong-co', '/api/v1/articles/%E0%A4%A']) {
      expect((await get(url, ip, { origin: 'https://x.example' })).headers['access-control-allow-origin'], url).toBe('*');
    }
  });

  it('limits each client address and answers 429 as problem JSON with Retry-After', async () => {
    const ip = client();
    for (let i = 0; i < LIMIT; i += 1) {
      const res = await get('/api/v1/sites', ip);
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-remaining']).toBe(String(LIMIT - i - 1));
    }
    const limited = await get('/api/v1/sites', ip, { origin: 'https://x.example' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    const document = (await get('/api/v1/openapi.json', client())).json<Json>();
    const contract = new ContractValidator(document);
    const body = limited.json<{ status: number; title: string; detail: string }>();
    expect(contract.errors(contract.responseSchemaName('/sites', '429', 'application/problem+json'), body)).toEqual([]);
    expect(body.status).toBe(429);
    expect(body.title).toBe('Quá nhiều yêu cầu');
    expect(body.detail).toMatch(/thử lại sau \d+ giây/);
    // Another client is unaffected.
    expect((await get('/api/v1/sites', client())).statusCode).toBe(200);
  });

  it('counts unknown API paths too', async () => {
    const ip = client();
    for (let i = 0; i < LIMIT; i += 1) expect((await get(`/api/v1/khong-co-${i}`, ip)).statusCode).toBe(404);
    expect((await get('/api/v1/sites', ip)).statusCode).toBe(429);
  });

  it('states the limit in the OpenAPI document', async () => {
    const document = (await get('/api/v1/openapi.json', client())).json<{ info: { description: string } }>();
    expect(document.info.description).toContain(`${LIMIT} yêu cầu mỗi 60 giây`);
  });
});
