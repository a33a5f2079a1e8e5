/**
 * Hostile input, on every dialect: every documented parameter of every documented
 * path gets a corpus of malformed, oversized, injected and encoded values, as do the
 * cursor, the Host header and the method. The API answers 200, 400 or 404 with JSON or
 * problem JSON (valid against the documented schema) — never a 5xx, never HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createApiTestApp, type ApiTestApp } from './testing/api-app.js';
import { ContractValidator, deref, type Json } from './testing/validators.js';

const HOST = 'camlo.localhost';

/** Values sent percent-encoded (encodeURIComponent). */
const VALUES = [
  '', ' ', '0', '-1', '1.5', '1e3', '0x1F', '+5', '٣', '１２', 'NaN', 'Infinity', 'null', 'true', '[]', '{}',
  '2147483647', '2147483648', '9'.repeat(30), '9'.repeat(400),
  "' OR '1'='1", '"; DROP TABLE articles; --', '<script>alert(1)</script>', '../../etc/passwd', '..', '.',
  '\u0000', 'a\u0000b', '\u0007\u001b[31m', '\u00a0', 'bi\u0300nh đă\u0309ng', 'ĐÔNG HÀ', '😀', '\u202e', '\ufeff',
  '"', '"binh dang', '*', 'AND', 'OR NOT', 'NEAR(a b)', 'title:x', '^', '-x', '(', ')', '\\', '%', '%%', '_', ';', '&', '=',
  '2022-02-30', '2022-13-01', '0000-01-01', '9999-12-31', '9999-12-31T23:59:59-14:00', '2022-11-16T25:00Z', '2022-11-16T10:00',
  'article', 'page', 'all', 'camlo', 'tin-tuc-su-kien', 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(10_000),
];

/** Values sent as they are: broken or unusual percent-encoding. */
const RAW = ['%ED%A0%80', '%FF', '%E0%A4%A', '%0', '%u0041', '%C0%AE%C0%AE', '%252e%252e', '%00', '%2F', '%3F'];

const cursorOf = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

const CURSORS = [
  cursorOf({ v: 1, t: '2022-13-45T99:99:99Z', i: 1 }),
  cursorOf({ v: 1, t: '9999-12-31T23:59:59.999999Z', i: 2147483647 }),
  cursorOf({ v: 1, t: '1000-01-01T00:00:00Z', i: 1 }),
  cursorOf({ v: 1, t: '2022-11-16T09:21:00.000Z', i: -5 }),
  cursorOf({ v: 1, t: '2022-11-16T09:21:00.000Z', i: 1e300 }),
  cursorOf({ v: 1, p: 999 }),
  cursorOf({ v: 1, p: 0 }),
  cursorOf({ __proto__: { v: 1 }, constructor: { prototype: {} } }),
  cursorOf('{"v":1,"t":"2022-11-16T09:21:00.000Z","i":1,"i":2}'),
  cursorOf('['.repeat(150)),
  cursorOf('not json at all'),
  'AAAA',
  '-_-_',
];

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

describe.each(TEST_DIALECTS)('hostile input on %s', (dialect) => {
  let t: ApiTestApp;
  let document: Json;
  let contract: ContractValidator;
  const base: Record<string, string> = {};

  beforeAll(async () => {
    t = await createApiTestApp(dialect, { rateLimit: false });
    document = (await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: HOST } })).json<Json>();
    contract = new ContractValidator(document);
    const seedId = (await t.database.db.kysely.selectFrom('articles').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
    Object.assign(base, {
      '/sites': '/api/v1/sites',
      '/sites/{slug}': '/api/v1/sites/{slug}',
      '/categories': '/api/v1/categories',
      '/articles': '/api/v1/articles',
      '/articles/{id}': `/api/v1/articles/{id}`,
      '/search': '/api/v1/search?q=cam',
      '/openapi.json': '/api/v1/openapi.json',
      '/sites/{slug}/documents': '/api/v1/sites/{slug}/documents',
      '/sites/{slug}/documents/{ref}': '/api/v1/sites/{slug}/documents/{ref}',
      '/sites/{site}/albums': '/api/v1/sites/{site}/albums',
      '/sites/{site}/albums/{slug}': '/api/v1/sites/{site}/albums/{slug}',
      '/sites/{slug}/schedule': '/api/v1/sites/{slug}/schedule',
      '/sites/{slug}/directory': '/api/v1/sites/{slug}/directory',
      '/sites/{site}/consultations': '/api/v1/sites/{site}/consultations',
      '/sites/{site}/consultations/{slug}': '/api/v1/sites/{site}/consultations/{slug}',
      '/sites/{site}/questions': '/api/v1/sites/{site}/questions',
      '/sites/{site}/questions/{slug}': '/api/v1/sites/{site}/questions/{slug}',
      seedId: String(seedId),
    });
  });
  afterAll(() => t.close());

  // The public read API; the editorial API (/auth, /admin) needs a session and is tested in web/admin.
  const paths = () => Object.keys(document['paths'] as Json).filter((path) => !path.startsWith('/auth/') && !path.startsWith('/admin'));
  const params = (path: string) =>
    ((((document['paths'] as Record<string, { get: Json }>)[path]?.get['parameters'] as unknown[]) ?? []).map((p) => deref(document, p)));

  /** The one rule: a JSON or problem JSON answer in 200/304/400/404, valid against the document. */
  function expectSafe(answer: Answer, label: string, path: string | undefined): void {
    expect(answer.statusCode, `${label} → ${answer.statusCode} ${answer.body.slice(0, 300)}`).toBeLessThan(500);
    expect([200, 400, 404], label).toContain(answer.statusCode);
    const type = String(answer.headers['content-type']);
    if (answer.statusCode === 200) {
      expect(type, label).toBe('application/json; charset=utf-8');
      if (path !== undefined) expect(contract.errors(contract.responseSchemaName(path, '200', 'application/json'), JSON.parse(answer.body)), label).toEqual([]);
    } else {
      expect(type, label).toBe('application/problem+json; charset=utf-8');
      const problem: unknown = JSON.parse(answer.body);
      expect(contract.errors('Problem', problem), label).toEqual([]);
      expect((problem as { status: number }).status, label).toBe(answer.statusCode);
      expect(answer.body, label).not.toMatch(/at .+\.(ts|js):\d+/);
    }
  }

  const send = (url: string, host = HOST, method: 'GET' | 'HEAD' | 'POST' | 'DELETE' | 'PUT' = 'GET') =>
    t.app.inject({ method, url, headers: { host } });

  function urlFor(path: string, name: string, location: unknown, encoded: string): string {
    let url = base[path] ?? '';
    for (const p of params(path).filter((q) => q['in'] === 'path')) {
      const pname = String(p['name']);
      url = url.replace(`{${pname}}`, pname === name ? encoded : pname === 'id' ? (base['seedId'] ?? '1') : 'camlo');
    }
    if (location === 'query') url = `${url}${url.includes('?') ? '&' : '?'}${name}=${encoded}`;
    return url;
  }

  it('never fails on any value of any documented parameter', async () => {
    for (const path of paths()) {
      for (const param of params(path)) {
        const name = String(param['name']);
        const location = param['in'];
        if (location === 'header') continue;
        const encodings = [...VALUES.map((v) => encodeURIComponent(v)), ...RAW];
        for (const encoded of encodings) {
          const url = urlFor(path, name, location, encoded);
          // A value the router cannot match (too long, slash) is a 404 before it reaches the route.
          expectSafe(await send(url), `${path} ${name}=${encoded.slice(0, 40)}`, undefined);
        }
      }
    }
  });

  it('never fails on repeated parameters', async () => {
    for (const path of paths()) {
      for (const param of params(path).filter((p) => p['in'] === 'query')) {
        const name = String(param['name']);
        expectSafe(await send(`${base[path]}${base[path]?.includes('?') ? '&' : '?'}${name}=1&${name}=2`), `${path} ${name} twice`, undefined);
      }
    }
  });

  it('refuses forged and corrupted cursors with a 400, or pages from where they point', async () => {
    for (const cursor of CURSORS) {
      for (const url of [`/api/v1/articles?cursor=${cursor}`, `/api/v1/articles?q=cam&cursor=${cursor}`]) {
        const answer = await send(url);
        expectSafe(answer, url, '/articles');
        expect([200, 400]).toContain(answer.statusCode);
      }
    }
  });

  it('answers odd Host headers and methods with problem JSON', async () => {
    for (const host of ['evil.example', 'x'.repeat(300), 'camlo.localhost:99999', '[::1]', 'CAMLO.LOCALHOST', 'khong-co.localhost', '..localhost']) {
      expectSafe(await send('/api/v1/articles', host), `host ${host}`, '/articles');
    }
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const answer = await send('/api/v1/articles', HOST, method);
      expectSafe(answer, method, undefined);
      expect(answer.statusCode).toBe(404);
    }
  });

  it('answers odd paths below /api/v1 with problem JSON', async () => {
    for (const url of ['/api/v1/', '/api/v1/articles/', '/api/v1/articles/1/2', '/api/v1/%00', '/api/v1/sites/%2e%2e', '/api/v1/articles/..%2f..%2f', `/api/v1/${'a/'.repeat(500)}`, '/api/v1/articles?%=%', '/api/v1/articles?&&&==', '/api/v1/articles?limit']) {
      expectSafe(await send(url), url, undefined);
    }
  });
});
