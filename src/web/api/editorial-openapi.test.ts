/**
 * The editorial API in the OpenAPI document: every route Fastify registered under
 * /api/v1/auth and /api/v1/admin is documented (method and path), nothing documented
 * is missing from the app, each operation says how it is secured, and the error
 * bodies the routes really send match the documented EditorialProblem schema. The
 * document is built from the operations the routes carry (the route catalogue).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test-support/auth.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ContractValidator, deref, openApiErrors, type Json } from './testing/validators.js';
import type { EditorialProblem } from '../../contract/problem.js';

const HOST = 'camlo.localhost';
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

/** Method and path of every route in Fastify's route tree (printRoutes without common prefixes). */
function registeredRoutes(tree: string): string[] {
  const stack: { depth: number; path: string }[] = [];
  const found: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)[└├]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (match === null) continue;
    const depth = (match[1] ?? '').length / 4;
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2] ?? ''}`;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')) found.push(`${method} ${path}`);
  }
  return found;
}

const isEditorial = (path: string) => /^\/api\/v1\/(auth|admin)(\/|$)/.test(path);
/** /admin/sites/{site} (document, below /api/v1) → /api/v1/admin/sites/:site (Fastify). */
const fastifyPath = (template: string) => `/api/v1${template.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1')}`;

describe('the editorial API in the OpenAPI document', () => {
  const dialect = TEST_DIALECTS[0] ?? 'sqlite';
  let t: TestApp;
  let document: Json;
  let contract: ContractValidator;
  const documented: { method: string; path: string; operation: Json }[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const res = await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: HOST } });
    expect(res.statusCode).toBe(200);
    document = res.json<Json>();
    contract = new ContractValidator(document);
    for (const [path, item] of Object.entries(document['paths'] as Record<string, Json>)) {
      if (!path.startsWith('/auth/') && !path.startsWith('/admin')) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (operation !== undefined) documented.push({ method, path, operation: operation as Json });
      }
    }
  });
  afterAll(() => t.close());

  it('is still a valid OpenAPI 3.1 document', async () => {
    expect(await openApiErrors(document)).toEqual([]);
  });

  it('documents every editorial route the app registers, and nothing else', () => {
    const registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false }))
      .filter((route) => isEditorial(route.split(' ')[1] ?? ''))
      .sort();
    const inDocument = documented.map((d) => `${d.method.toUpperCase()} ${fastifyPath(d.path)}`).sort();
    expect(registered.length).toBeGreaterThanOrEqual(39);
    expect(inDocument).toEqual(registered);
    for (const d of documented) expect(t.app.hasRoute({ method: d.method.toUpperCase(), url: fastifyPath(d.path) }), `${d.method} ${d.path}`).toBe(true);
    expect(documented.length).toBe(t.app.routeCatalogue.editorialRoutes.length);
  });

  it('gives each operation an id, a Vietnamese summary, a tag, its path parameters and its security', () => {
    const ids = new Set<string>();
    for (const { method, path, operation } of documented) {
      const where = `${method} ${path}`;
      const id = String(operation['operationId']);
      expect(ids.has(id), `${where}: duplicate operationId ${id}`).toBe(false);
      ids.add(id);
      expect(String(operation['summary']).length, where).toBeGreaterThan(5);
      expect(operation['tags'], where).toHaveLength(1);
      const params = ((operation['parameters'] as unknown[]) ?? []).map((p) => deref(document, p));
      const pathNames = params.filter((p) => p['in'] === 'path').map((p) => p['name']);
      expect(pathNames, where).toEqual([...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]));
      const csrf = params.some((p) => p['in'] === 'header' && p['name'] === 'X-CSRF-Token');
      expect(csrf, where).toBe(method !== 'get' && path !== '/auth/login');
      const security = operation['security'] as Json[];
      if (path === '/auth/login') expect(security, where).toEqual([]);
      else expect(security, where).toContainEqual({ sessionCookie: [] });
      const responses = operation['responses'] as Json;
      expect(Object.keys(responses).some((s) => /^2\d\d$/.test(s)), where).toBe(true);
      if (path !== '/auth/login' && path !== '/auth/logout') expect(responses['401'], where).toBeDefined();
      if (operation['requestBody'] !== undefined) expect(responses['400'], where).toBeDefined();
    }
    const scheme = ((document['components'] as Json)['securitySchemes'] as Json)['sessionCookie'];
    expect(scheme).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'gp_session' });
  });

  it('describes request bodies as JSON Schemas a strict validator compiles, the upload as multipart with a binary file', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    formats.default(ajv);
    let bodies = 0;
    for (const { method, path, operation } of documented) {
      const body = operation['requestBody'] as Json | undefined;
      if (body === undefined) continue;
      for (const media of Object.values(body['content'] as Record<string, Json>)) {
        expect(() => ajv.compile(media['schema'] as Json), `${method} ${path}`).not.toThrow();
        bodies += 1;
      }
    }
    expect(bodies).toBe(t.app.routeCatalogue.editorialRoutes.filter((r) => r.body !== undefined || r.multipart !== undefined).length);
    const upload = documented.find((d) => d.operation['operationId'] === 'uploadMedia')?.operation ?? {};
    const form = ((upload['requestBody'] as Json)['content'] as Json)['multipart/form-data'] as Json;
    const schema = form['schema'] as Json;
    expect(Object.keys(schema['properties'] as Json).sort()).toEqual(['altText', 'caption', 'file']);
    expect(schema['required']).toEqual(['file']);
    const login = documented.find((d) => d.path === '/auth/login')?.operation ?? {};
    const loginSchema = (((login['requestBody'] as Json)['content'] as Json)['application/json'] as Json)['schema'] as Json;
    expect(loginSchema['required']).toEqual(['username', 'password']);
  });

  it('describes the error bodies the routes really send', async () => {
    const app = t.app;
    const badLogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    const wrongLogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'sai-mat-khau' } });
    const noSession = await app.inject({ url: '/api/v1/auth/me' });
    const admin = await signIn(app, 'admin', 'mat-khau-thu-nghiem-dai');
    const cookieOnly = { cookie: String(admin.headers['cookie'] ?? '') };
    const noCsrf = await app.inject({ method: 'POST', url: '/api/v1/admin/sites/camlo/categories', headers: cookieOnly, payload: { name: 'Thử', parentId: null } });
    const unknownSite = await app.inject({ url: '/api/v1/admin/sites/khong-co/dashboard', headers: admin.headers });
    const badQuery = await app.inject({ url: '/api/v1/admin/sites/camlo/articles?page=0', headers: admin.headers });
    const cases = [
      [badLogin, 400],
      [wrongLogin, 401],
      [noSession, 401],
      [noCsrf, 403],
      [unknownSite, 404],
      [badQuery, 400],
    ] as const;
    for (const [res, status] of cases) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(contract.errors('EditorialProblem', res.json()), res.body).toEqual([]);
    }
    expect(badLogin.json<EditorialProblem>().errors?.map((e: { field: string }) => e.field)).toEqual(['username', 'password']);
  });
});
