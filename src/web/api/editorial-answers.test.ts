/**
 * The editorial API answers as its OpenAPI document says: every documented GET under
 * /auth and /admin is called (an example per path, so a new route without one fails
 * here), and so are the writes whose answers the admin reads back; each body is checked
 * against the schema the document names for it. Those schemas are the contract's zod
 * schemas (src/contract), so this also checks the admin's inferred types against what
 * the server really sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Signed } from '../../test-support/auth.js';
import { questionRow } from '../../test-support/questions.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ContractValidator, type Json } from './testing/validators.js';

const HOST = 'camlo.localhost';
const SITE = '/api/v1/admin/sites/camlo';

/** The component a documented operation answers with, for a status (the first one, where it may be one of several). */
function answerSchema(document: Json, path: string, method: string, status: string): string {
  const operation = ((document['paths'] as Record<string, Json>)[path]?.[method] ?? {}) as Json;
  const response = ((operation['responses'] ?? {}) as Record<string, Json>)[status] ?? {};
  const content = (response['content'] ?? {}) as Record<string, Json>;
  const schema = (content['application/json']?.['schema'] ?? content['application/problem+json']?.['schema'] ?? {}) as Json;
  const ref = schema['$ref'] ?? (schema['anyOf'] as Json[] | undefined)?.[0]?.['$ref'];
  if (typeof ref !== 'string') throw new Error(`${method} ${path} ${status}: no component schema`);
  return ref.replace('#/components/schemas/', '');
}

describe.each(TEST_DIALECTS)('the editorial API answers as documented on %s', (dialect) => {
  let t: TestApp;
  let questionId = 0;
  let document: Json;
  let contract: ContractValidator;
  let admin: Signed;
  let articleId: number;
  let categoryId: number;
  let pageId: number;
  let documentId: number;
  let albumId: number;
  let consultationId: number;
  let systemTopicId = 0;
  let siteTopicId = 0;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { ...admin.headers, host: HOST }, ...(payload === undefined ? {} : { payload: payload as Json }) });

  function expectDocumented(path: string, method: string, status: number, res: { statusCode: number; body: string; json: () => unknown }): void {
    expect(res.statusCode, `${method} ${path}: ${res.body.slice(0, 300)}`).toBe(status);
    const name = answerSchema(document, path, method, String(status));
    expect(contract.errors(name, res.json()), `${method} ${path} as ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    document = (await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: HOST } })).json<Json>();
    contract = new ContractValidator(document);
    admin = await signIn(t.app, 'admin', 'mat-khau-thu-nghiem-dai', HOST);
    // The demo's articles have no revisions yet: one written here has its first.
    categoryId = (await call('GET', `${SITE}/articles`)).json<{ items: { categoryId: number }[] }>().items[0]?.categoryId ?? 0;
    articleId = (await call('POST', `${SITE}/articles`, { title: 'Lịch sử của API', categoryId })).json<{ id: number }>().id;
    pageId = (await call('POST', `${SITE}/pages`, { title: 'Trang của API' })).json<{ id: number }>().id;
    documentId = (
      await call('POST', `${SITE}/documents`, { number: '1/2026/QĐ-API', type: 'quyet-dinh', issuer: 'UBND huyện Cam Lộ', issuedOn: '2026-01-02', field: 'hanh-chinh', summary: 'Văn bản của API' })
    ).json<{ id: number }>().id;
    albumId = (await call('POST', `${SITE}/albums`, { title: 'Album của API', items: [{ kind: 'video_link', url: 'https://youtu.be/abc' }] })).json<{ id: number }>().id;
    consultationId = (await call('POST', `${SITE}/consultations`, { title: 'Dự thảo của API', bodyHtml: '<p>Điều 1.</p>', opensOn: '2026-12-01', closesOn: '2026-12-31' })).json<{ id: number }>().id;
    // A citizen's question as the public form leaves it: received, not yet assigned.
    const db = t.database.db.kysely;
    const camlo = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    questionId = (await db.insertInto('questions').values(questionRow(camlo.id, { title: 'Hỏi của API' })).returning('id').executeTakeFirstOrThrow()).id;
    systemTopicId = (await call('POST', '/api/v1/admin/topics', { title: 'Chuyên đề chung của API', startsOn: '2026-11-15', endsOn: '2026-12-15' })).json<{ id: number }>().id;
    siteTopicId = (await call('POST', `${SITE}/topics`, { title: 'Chuyên đề của cổng qua API' })).json<{ id: number }>().id;
  });
  afterAll(() => t.close());

  it('answers every documented GET with a body valid against its schema', async () => {
    const examples: Record<string, string> = {
      '/auth/me': '/api/v1/auth/me',
      '/admin/sites': '/api/v1/admin/sites',
      '/admin/sites/{site}/dashboard': `${SITE}/dashboard`,
      '/admin/sites/{site}/articles': `${SITE}/articles`,
      '/admin/sites/{site}/articles/{id}': `${SITE}/articles/${articleId}`,
      '/admin/sites/{site}/articles/{id}/revisions': `${SITE}/articles/${articleId}/revisions`,
      '/admin/sites/{site}/articles/{id}/diff': `${SITE}/articles/${articleId}/diff?from=1`,
      '/admin/sites/{site}/articles/{id}/related-suggestions': `${SITE}/articles/${articleId}/related-suggestions`,
      '/admin/sites/{site}/royalty-report': `${SITE}/royalty-report?month=2026-11`,
      '/admin/sites/{site}/categories': `${SITE}/categories`,
      '/admin/sites/{site}/categories/{id}': `${SITE}/categories/${categoryId}`,
      '/admin/sites/{site}/media': `${SITE}/media`,
      '/admin/sites/{site}/settings': `${SITE}/settings`,
      '/admin/sites/{site}/staff': `${SITE}/staff`,
      '/admin/sites/{site}/audit': `${SITE}/audit`,
      '/admin/sites/{site}/pages': `${SITE}/pages`,
      '/admin/sites/{site}/pages/{id}': `${SITE}/pages/${pageId}`,
      '/admin/sites/{site}/pages/{id}/revisions': `${SITE}/pages/${pageId}/revisions`,
      '/admin/sites/{site}/albums': `${SITE}/albums`,
      '/admin/sites/{site}/albums/{id}': `${SITE}/albums/${albumId}`,
      '/admin/users': '/api/v1/admin/users',
      '/admin/audit': '/api/v1/admin/audit',
      '/admin/system/sites': '/api/v1/admin/system/sites',
      '/admin/sites/{site}/menu': `${SITE}/menu`,
      '/admin/sites/{site}/compliance': `${SITE}/compliance`,
      '/admin/sites/{site}/documents': `${SITE}/documents?q=ubnd`,
      '/admin/sites/{site}/documents/{id}': `${SITE}/documents/${documentId}`,
      '/admin/sites/{site}/schedule': `${SITE}/schedule`,
      '/admin/sites/{site}/schedule/{week}': `${SITE}/schedule/2026-W48`,
      '/admin/sites/{site}/directory': `${SITE}/directory`,
      '/admin/sites/{site}/consultations': `${SITE}/consultations`,
      '/admin/sites/{site}/questions': `${SITE}/questions`,
      '/admin/sites/{site}/questions/overdue': `${SITE}/questions/overdue`,
      '/admin/sites/{site}/questions/stats': `${SITE}/questions/stats`,
      '/admin/sites/{site}/questions/settings': `${SITE}/questions/settings`,
      '/admin/sites/{site}/questions/{id}': `${SITE}/questions/${questionId}`,
      '/admin/sites/{site}/consultations/{id}': `${SITE}/consultations/${consultationId}`,
      '/admin/sites/{site}/consultations/{id}/comments': `${SITE}/consultations/${consultationId}/comments?state=pending`,
      '/admin/sites/{site}/syndication': `${SITE}/syndication`,
      '/admin/sites/{site}/statistics': `${SITE}/statistics?year=2022`,
      '/admin/topics': '/api/v1/admin/topics',
      '/admin/topics/{id}': `/api/v1/admin/topics/${systemTopicId}`,
      '/admin/sites/{site}/topics': `${SITE}/topics`,
      '/admin/sites/{site}/topics/{id}': `${SITE}/topics/${siteTopicId}`,
    };
    const gets = Object.entries(document['paths'] as Record<string, Json>)
      .filter(([path, item]) => (path.startsWith('/auth/') || path.startsWith('/admin')) && item['get'] !== undefined)
      .map(([path]) => path);
    expect(gets.length).toBeGreaterThanOrEqual(16);
    for (const path of gets) {
      const url = examples[path];
      expect(url, `no example for GET ${path}: add one to this test`).toBeDefined();
      expectDocumented(path, 'get', 200, await call('GET', url ?? ''));
    }
  });

  it('answers sign-in and the writes the admin reads back as documented, the stale save included', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { host: HOST }, payload: { username: 'admin', password: 'mat-khau-thu-nghiem-dai' } });
    expectDocumented('/auth/login', 'post', 200, login);

    const created = await call('POST', `${SITE}/articles`, { title: 'Hợp đồng của API', lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId, tags: ['hợp đồng'] });
    expectDocumented('/admin/sites/{site}/articles', 'post', 201, created);
    const article = created.json<{ id: number; revision: number }>();
    const articlePath = '/admin/sites/{site}/articles/{id}';
    const featuredUntil = new Date(Date.now() + 86_400_000).toISOString();
    const saved = await call('PUT', `${SITE}/articles/${article.id}`, { title: 'Hợp đồng của API (sửa)', categoryId, baseRevision: article.revision, featured: true, featuredOrder: 1, featuredUntil, slug: 'hop-dong-cua-api-da-sua', relatedIds: [articleId] });
    expectDocumented(articlePath, 'put', 200, saved);
    const stale = await call('PUT', `${SITE}/articles/${article.id}`, { title: 'Bản cũ', categoryId, baseRevision: article.revision });
    expectDocumented(articlePath, 'put', 409, stale);
    const submitted = await call('POST', `${SITE}/articles/${article.id}/transitions`, { transition: 'submit' });
    expectDocumented(`${articlePath}/transitions`, 'post', 200, submitted);
    expectDocumented(
      `${articlePath}/royalty`,
      'put',
      200,
      await call('PUT', `${SITE}/articles/${article.id}/royalty`, { genre: 'Tin', coefficient: 1.5, isReprint: false, authors: [{ name: 'Trần Thị Lan', share: 100 }] }),
    );
    expectDocumented(
      `${articlePath}/revisions/{number}/restore`,
      'post',
      200,
      await call('POST', `${SITE}/articles/${article.id}/revisions/1/restore`, { baseRevision: submitted.json<{ revision: number }>().revision }),
    );

    const page = await call('POST', `${SITE}/pages`, { title: 'Trang hợp đồng', description: 'Mô tả.', bodyHtml: '<p>Nội dung.</p>' });
    expectDocumented('/admin/sites/{site}/pages', 'post', 201, page);
    const pagePath = '/admin/sites/{site}/pages/{id}';
    const pageRow = page.json<{ id: number; revision: number }>();
    const pageSaved = await call('PUT', `${SITE}/pages/${pageRow.id}`, { title: 'Trang hợp đồng (sửa)', baseRevision: pageRow.revision, slug: 'trang-hop-dong-da-sua' });
    expectDocumented(pagePath, 'put', 200, pageSaved);
    expectDocumented(`${pagePath}/transitions`, 'post', 200, await call('POST', `${SITE}/pages/${pageRow.id}/transitions`, { transition: 'submit' }));
    expectDocumented(`${pagePath}/revisions/{number}/restore`, 'post', 200, await call('POST', `${SITE}/pages/${pageRow.id}/revisions/1/restore`, { baseRevision: 2 }));

    const album = await call('POST', `${SITE}/albums`, { title: 'Album hợp đồng', description: 'Mô tả.', items: [{ kind: 'video_link', url: 'https://qrt.vn/video', caption: 'Bản tin' }] });
    expectDocumented('/admin/sites/{site}/albums', 'post', 201, album);
    const albumRow = album.json<{ id: number; revision: number }>();
    expectDocumented('/admin/sites/{site}/albums/{id}', 'put', 200, await call('PUT', `${SITE}/albums/${albumRow.id}`, { title: 'Album hợp đồng (sửa)', baseRevision: albumRow.revision }));
    expectDocumented('/admin/sites/{site}/albums/{id}/transitions', 'post', 200, await call('POST', `${SITE}/albums/${albumRow.id}/transitions`, { transition: 'submit' }));
    const week = '/admin/sites/{site}/schedule/{week}';
    const entries = [{ day: '2031-03-03', startTime: '08:00', leaders: 'Chủ tịch UBND huyện', content: 'Giao ban' }];
    expectDocumented(week, 'put', 200, await call('PUT', `${SITE}/schedule/2031-W10`, { baseRevision: 0, entries }));
    expectDocumented(`${week}/transitions`, 'post', 200, await call('POST', `${SITE}/schedule/2031-W10/transitions`, { transition: 'submit' }));
    const person = await call('POST', `${SITE}/directory`, { name: 'Người Hợp Đồng', position: 'Chuyên viên', unit: 'Văn phòng', phone: '0233 3871 000' });
    expectDocumented('/admin/sites/{site}/directory', 'post', 201, person);
    expectDocumented('/admin/sites/{site}/directory/{id}', 'put', 200, await call('PUT', `${SITE}/directory/${person.json<{ id: number }>().id}`, { name: 'Người Hợp Đồng', position: 'Chuyên viên', unit: 'Văn phòng' }));
    const consultation = await call('POST', `${SITE}/consultations`, { title: 'Dự thảo hợp đồng', bodyHtml: '<p>Điều 1.</p>', opensOn: '2026-12-01', closesOn: '2026-12-31' });
    expectDocumented('/admin/sites/{site}/consultations', 'post', 201, consultation);
    const consultationRow = consultation.json<{ id: number; revision: number }>();
    const consultationPath = '/admin/sites/{site}/consultations/{id}';
    const consultationSave = { title: 'Dự thảo hợp đồng (sửa)', bodyHtml: '<p>Điều 1.</p>', opensOn: '2026-12-01', closesOn: '2026-12-31', baseRevision: consultationRow.revision };
    expectDocumented(consultationPath, 'put', 200, await call('PUT', `${SITE}/consultations/${consultationRow.id}`, consultationSave));
    expectDocumented(`${consultationPath}/transitions`, 'post', 200, await call('POST', `${SITE}/consultations/${consultationRow.id}/transitions`, { transition: 'submit' }));
    expectDocumented(`${consultationPath}/report`, 'put', 200, await call('PUT', `${SITE}/consultations/${consultationRow.id}/report`, { reportHtml: '<p>Tổng hợp.</p>', publish: false }));

    const category = await call('POST', `${SITE}/categories`, { name: 'Hợp đồng', parentId: null });
    expectDocumented('/admin/sites/{site}/categories', 'post', 201, category);
    const menu = { items: [{ label: 'Hợp đồng', target: { kind: 'category', categoryId: category.json<{ id: number }>().id }, children: [{ label: 'Chính phủ', target: { kind: 'link', url: 'https://chinhphu.vn' } }] }] };
    expectDocumented('/admin/sites/{site}/menu', 'put', 200, await call('PUT', `${SITE}/menu`, menu));
    const user = await call('POST', '/api/v1/admin/users', { username: 'hop-dong', displayName: 'Người Hợp Đồng' });
    expectDocumented('/admin/users', 'post', 201, user);
    const userId = user.json<{ user: { id: number } }>().user.id;
    expectDocumented('/admin/sites/{site}/staff/{userId}', 'put', 200, await call('PUT', `${SITE}/staff/${userId}`, { role: 'editor' }));
    expectDocumented('/admin/users/{id}/reset-password', 'post', 200, await call('POST', `/api/v1/admin/users/${userId}/reset-password`));
    const site = { name: 'Cổng thông tin điện tử xã Hợp Đồng', kind: 'commune', parent: 'camlo', hostnames: ['hopdong.camlo.gov.vn'] };
    expectDocumented('/admin/sites', 'post', 201, await call('POST', '/api/v1/admin/sites', { slug: 'hop-dong', ...site }));
    expectDocumented('/admin/sites/{site}', 'put', 200, await call('PUT', '/api/v1/admin/sites/hop-dong', { ...site, shortName: 'Hợp Đồng' }));
    // Archiving and merging: two communes of this test's own, so no other check meets an archived site.
    expectDocumented('/admin/sites/{site}/archive', 'post', 200, await call('POST', '/api/v1/admin/sites/hop-dong/archive', { mode: 'serve', successor: 'camlo' }));
    await call('POST', '/api/v1/admin/sites', { slug: 'hop-nhat', ...site, name: 'Cổng thông tin điện tử xã Hợp Nhất', hostnames: [] });
    expectDocumented('/admin/sites/{site}/merge', 'post', 200, await call('POST', '/api/v1/admin/sites/hop-nhat/merge', { into: 'camlo' }));
  });
});
