/**
 * The published contract, on every dialect: the OpenAPI document is valid 3.1, and
 * every documented path and parameter is called and answers exactly as documented
 * (bodies checked against the document's schemas). The examples are keyed by the
 * document's paths and parameters: a route or parameter added without one fails here.
 */
import { createAlbum, transitionAlbum } from '../../albums/album-editing.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { questionRow } from '../../test-support/questions.js';
import { createApiTestApp, type ApiTestApp } from './testing/api-app.js';
import { ContractValidator, deref, openApiErrors, type Json } from './testing/validators.js';

const seed = loadSeedArticle();
const HOST = 'camlo.localhost';

interface PathExamples {
  /** A request answered 200. */
  ok: string;
  /** Requests answered 404 (an unknown resource), if the path names one. */
  notFound?: string;
  /** A bad value for each path parameter. */
  badPath?: Record<string, string>;
}

/** Valid values for every query parameter the document may list. */
const QUERY_EXAMPLES: Record<string, string> = {
  category: seed.category,
  from: '2022-01-01',
  to: '2026-12-31T23:59:59+07:00',
  limit: '3',
  cursor: '(first page nextCursor)',
  q: 'bình đẳng giới',
  page: '1',
  pageSize: '5',
  type: 'article',
  site: 'camlo',
  documentType: 'nghi-dinh',
  issuer: 'chinh-phu',
  field: 'cong-nghe-thong-tin',
  year: '2022',
  validity: 'in_force',
  week: '2026-W48',
};

/** Where a path's parameter takes other values than QUERY_EXAMPLES (each list has its own fields). */
const QUERY_EXAMPLES_BY_PATH: Record<string, Record<string, string>> = {
  '/sites/{site}/questions': { field: 'dat-dai' },
};

/** The URL with one query parameter set (replacing the example's own value, if any). */
function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url, 'http://test');
  parsed.searchParams.set(name, value);
  return `${parsed.pathname}${parsed.search}`;
}

/** A published album on Cam Lộ (the test database has the demo's sites, not its albums); its slug. */
async function publishedAlbum(t: ApiTestApp): Promise<string> {
  const db = t.database.db.kysely;
  const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const ctx = { actor: { userId: admin.id, isSystemAdmin: true, role: undefined }, actorName: 'kiểm thử', siteId: site.id };
  const album = await createAlbum(db, ctx, { title: 'Album kiểm thử hợp đồng API', description: 'Mô tả.', coverMediaId: null, items: [{ kind: 'video_link', url: 'https://youtu.be/abc', caption: 'Phóng sự', credit: 'QRT' }] });
  for (const transition of ['submit', 'approve', 'publish'] as const) await transitionAlbum(db, ctx, album.id, { transition });
  return album.slug;
}

/** A published question and answer on Cam Lộ; its slug. */
async function publishedQuestion(t: ApiTestApp): Promise<string> {
  const db = t.database.db.kysely;
  const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const slug = 'hoi-ve-thu-tuc-cap-giay-phep-xay-dung';
  await db.insertInto('questions').values(questionRow(site.id, {
    title: 'Hỏi về thủ tục cấp giấy phép xây dựng', question_text: 'Tôi cần giấy tờ gì?', field: 'khac', assigned_unit: 'Phòng Kinh tế và Hạ tầng',
    answer_html: '<p>Hồ sơ gồm đơn đề nghị.</p>', answered_at: now, status: 'published', published_at: now, slug, body_html: '<p>Hỏi và đáp.</p>',
  })).execute();
  return slug;
}

describe.each(TEST_DIALECTS)('API contract on %s', (dialect) => {
  let t: ApiTestApp;
  let document: Json;
  let contract: ContractValidator;
  let seedId: number;
  const examples: Record<string, PathExamples> = {};

  const get = (url: string, method: 'GET' | 'HEAD' = 'GET') => t.app.inject({ method, url, headers: { host: HOST } });

  beforeAll(async () => {
    t = await createApiTestApp(dialect);
    const res = await get('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    document = res.json<Json>();
    contract = new ContractValidator(document);
    const row = await t.database.db.kysely.selectFrom('articles').select('id').where('slug', '=', seed.expectedSlug).executeTakeFirstOrThrow();
    seedId = row.id;
    Object.assign(examples, {
      '/sites': { ok: '/api/v1/sites' },
      '/sites/{slug}': { ok: '/api/v1/sites/camlo', notFound: '/api/v1/sites/khong-co-cong-nay', badPath: { slug: '/api/v1/sites/Cam_Lo' } },
      '/categories': { ok: '/api/v1/categories' },
      '/articles': { ok: '/api/v1/articles' },
      '/articles/{id}': { ok: `/api/v1/articles/${seedId}`, notFound: '/api/v1/articles/2147483647', badPath: { id: '/api/v1/articles/abc' } },
      '/search': { ok: `/api/v1/search?q=${encodeURIComponent('binh dang gioi')}` },
      '/openapi.json': { ok: '/api/v1/openapi.json' },
      '/sites/{slug}/documents': { ok: '/api/v1/sites/quangtri/documents?q=42%2F2022', notFound: '/api/v1/sites/khong-co-cong-nay/documents', badPath: { slug: '/api/v1/sites/Cam_Lo/documents' } },
      '/sites/{slug}/documents/{ref}': {
        ok: '/api/v1/sites/quangtri/documents/nghi-dinh-42-2022-nd-cp',
        notFound: '/api/v1/sites/quangtri/documents/khong-co-van-ban-nay',
        badPath: { slug: '/api/v1/sites/Cam_Lo/documents/1', ref: '/api/v1/sites/quangtri/documents/Khong_Hop_Le' },
      },
      '/sites/{site}/albums': { ok: '/api/v1/sites/camlo/albums', notFound: '/api/v1/sites/khong-co-cong-nay/albums', badPath: { site: '/api/v1/sites/Cam_Lo/albums' } },
      '/sites/{site}/albums/{slug}': {
        ok: `/api/v1/sites/camlo/albums/${await publishedAlbum(t)}`,
        notFound: '/api/v1/sites/camlo/albums/khong-co-album-nay',
        badPath: { site: '/api/v1/sites/Cam_Lo/albums/a', slug: '/api/v1/sites/camlo/albums/Khong_Hop_Le' },
      },
      '/sites/{slug}/schedule': { ok: '/api/v1/sites/camlo/schedule?week=2026-W48', notFound: '/api/v1/sites/khong-co-cong-nay/schedule', badPath: { slug: '/api/v1/sites/Cam_Lo/schedule' } },
      '/sites/{slug}/directory': { ok: '/api/v1/sites/camlo/directory', notFound: '/api/v1/sites/khong-co-cong-nay/directory', badPath: { slug: '/api/v1/sites/Cam_Lo/directory' } },
      // The demo's open draft plan of Cam Lộ (demo/consultations.ts).
      '/sites/{site}/questions': { ok: '/api/v1/sites/camlo/questions', notFound: '/api/v1/sites/khong-co-cong-nay/questions', badPath: { site: '/api/v1/sites/Cam_Lo/questions' } },
      '/sites/{site}/questions/{slug}': {
        ok: `/api/v1/sites/camlo/questions/${await publishedQuestion(t)}`,
        notFound: '/api/v1/sites/camlo/questions/khong-co-cau-hoi-nay',
        badPath: { site: '/api/v1/sites/Cam_Lo/questions/a', slug: '/api/v1/sites/camlo/questions/Khong_Hop_Le' },
      },
      '/sites/{site}/consultations': { ok: '/api/v1/sites/camlo/consultations', notFound: '/api/v1/sites/khong-co-cong-nay/consultations', badPath: { site: '/api/v1/sites/Cam_Lo/consultations' } },
      '/sites/{site}/consultations/{slug}': {
        ok: '/api/v1/sites/camlo/consultations/du-thao-ke-hoach-phat-trien-du-lich-huyen-cam-lo-giai-doan-2026-2030',
        notFound: '/api/v1/sites/camlo/consultations/khong-co-du-thao-nay',
        badPath: { site: '/api/v1/sites/Cam_Lo/consultations/a', slug: '/api/v1/sites/camlo/consultations/Khong_Hop_Le' },
      },
    } satisfies Record<string, PathExamples>);
  });
  afterAll(() => t.close());

  // The public read API; the editorial API (/auth, /admin) has its own test (editorial-openapi.test.ts).
  const pathsOf = () => Object.keys(document['paths'] as Json).filter((path) => !path.startsWith('/auth/') && !path.startsWith('/admin'));
  const operation = (path: string) => (document['paths'] as Record<string, { get: Json }>)[path]?.get ?? {};
  const parametersOf = (path: string) => ((operation(path)['parameters'] as unknown[]) ?? []).map((p) => deref(document, p));

  function expectProblem(path: string, status: number, body: unknown): void {
    const name = contract.responseSchemaName(path, String(status), 'application/problem+json');
    expect(contract.errors(name, body), `${path} ${status}`).toEqual([]);
  }

  it('publishes a valid OpenAPI 3.1 document', async () => {
    expect(document['openapi']).toBe('3.1.0');
    expect(await openApiErrors(document)).toEqual([]);
  });

  it('documents the routes of the API, search included', () => {
    expect(pathsOf().sort()).toEqual([
      '/articles',
      '/articles/{id}',
      '/categories',
      '/openapi.json',
      '/search',
      '/sites',
      '/sites/{site}/albums',
      '/sites/{site}/albums/{slug}',
      '/sites/{site}/consultations',
      '/sites/{site}/consultations/{slug}',
      '/sites/{site}/questions',
      '/sites/{site}/questions/{slug}',
      '/sites/{slug}',
      '/sites/{slug}/directory',
      '/sites/{slug}/documents',
      '/sites/{slug}/documents/{ref}',
      '/sites/{slug}/schedule',
    ]);
    const articleParams = parametersOf('/articles').map((p) => p['name']);
    expect(articleParams).toContain('q');
  });

  it('has an example for every documented path', () => {
    for (const path of pathsOf()) expect(examples[path], `no example for ${path}: add one to this test`).toBeDefined();
  });

  it('answers every documented path with a body valid against its documented schema', async () => {
    for (const path of pathsOf()) {
      const res = await get(examples[path]?.ok ?? '');
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('application/json; charset=utf-8');
      const name = contract.responseSchemaName(path, '200', 'application/json');
      expect(contract.errors(name, res.json()), path).toEqual([]);
      expect(res.headers['etag'], path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(res.headers['cache-control'], path).toMatch(/^public, max-age=(60|300)$/);
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    for (const path of pathsOf()) {
      const url = examples[path]?.ok ?? '';
      const [got, head] = [await get(url), await get(url, 'HEAD')];
      expect(head.statusCode, path).toBe(200);
      expect(head.body, path).toBe('');
      expect(head.headers['etag'], path).toBe(got.headers['etag']);
    }
  });

  it('accepts a valid value for every documented query parameter', async () => {
    const first = (await get('/api/v1/articles?limit=3')).json<{ nextCursor: string | null }>();
    for (const path of pathsOf()) {
      const base = examples[path]?.ok ?? '';
      for (const param of parametersOf(path).filter((p) => p['in'] === 'query')) {
        const name = String(param['name']);
        const value = name === 'cursor' ? first.nextCursor : (QUERY_EXAMPLES_BY_PATH[path]?.[name] ?? QUERY_EXAMPLES[name]);
        expect(value, `no example value for ${path} ?${name}: add one to this test`).toBeTruthy();
        const url = withParam(base, name, value ?? '');
        const res = await get(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        const schema = contract.responseSchemaName(path, '200', 'application/json');
        expect(contract.errors(schema, res.json()), url).toEqual([]);
      }
    }
  });

  it('refuses a bad value of every documented parameter with a 400 naming it', async () => {
    for (const path of pathsOf()) {
      const example = examples[path];
      const base = example?.ok ?? '';
      for (const param of parametersOf(path)) {
        const name = String(param['name']);
        let url: string;
        if (param['in'] === 'path') {
          url = example?.badPath?.[name] ?? '';
          expect(url, `no bad example for path parameter ${name} of ${path}`).not.toBe('');
        } else if (param['in'] === 'query') {
          url = withParam(base, name, 'x'.repeat(10_000));
        } else continue;
        const res = await get(url);
        expect(res.statusCode, `${path} ${name}`).toBe(400);
        expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        const body = res.json<{ errors?: { name: string; in: string; detail: string }[] }>();
        expectProblem(path, 400, body);
        expect(body.errors?.map((e) => e.name), `${path} ${name}`).toContain(name);
        expect(body.errors?.find((e) => e.name === name)?.in).toBe(param['in']);
      }
    }
  });

  it('answers an unknown resource with a documented 404 problem', async () => {
    for (const path of pathsOf()) {
      const url = examples[path]?.notFound;
      if (url === undefined) continue;
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expectProblem(path, 404, res.json());
    }
  });

  it('describes the problem details schema, including the errors array', () => {
    const problem = ((document['components'] as Json)['schemas'] as Json)['Problem'] as Json;
    expect(Object.keys(problem['properties'] as Json)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'errors']);
  });
});
