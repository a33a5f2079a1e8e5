/**
 * The archive journey over HTTP, on SQLite and PostgreSQL: a system administrator
 * archives Cam Lộ keeping its URLs (the banner names and links the province), every
 * registered write route of the editorial API that names the site then answers 409 in
 * Vietnamese (walked from the route catalogue, so a new route is covered without
 * editing this test), as does a citizen's form on its host; search and feeds keep its
 * content, marked; then it is merged into the province and its host answers 301s.
 * Scheduled jobs do not change an archived site's content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchivedSite } from '../../../contract/site-archive.js';
import { runNextDueJob } from '../../../jobs/run-job.js';
import type { Site } from '../../../sites/index.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { vi } from '../../messages.js';

interface Problem {
  status: number;
  title: string;
  detail: string;
}

/** The writes an archived site still takes: the system administrator's work on the site record itself. */
const OPEN = ['put /admin/sites/{site}', 'post /admin/sites/{site}/archive', 'post /admin/sites/{site}/merge'];

describe.each(TEST_DIALECTS)('archiving a site on %s', (dialect) => {
  let t: TestApp;
  let admin: Signed;
  let approver: Signed;
  let camlo: Site;
  let province: Site;
  const site = (slug: string): Site => {
    const found = t.services.registry.bySlugOrUndefined(slug);
    if (found === undefined) throw new Error(`no site ${slug}`);
    return found;
  };
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    const db = t.database.db.kysely;
    camlo = site('camlo');
    province = site('quangtri');
    await createTestUser(db, 'qtht-luu-tru', [], { isSystemAdmin: true });
    await createTestUser(db, 'duyet-camlo', [{ siteId: camlo.id, role: 'approver' }, { siteId: province.id, role: 'approver' }]);
    admin = await signIn(t.app, 'qtht-luu-tru');
    approver = await signIn(t.app, 'duyet-camlo');
  });
  afterAll(() => t.close());

  const archive = (slug: string, payload: object, headers: Record<string, string> = admin.headers) =>
    t.app.inject({ method: 'POST', url: `/api/v1/admin/sites/${slug}/archive`, headers, payload });
  const draft = (slug: string, categoryId: number) =>
    t.app.inject({ method: 'POST', url: `/api/v1/admin/sites/${slug}/articles`, headers: approver.headers, payload: { title: 'Tin thử sau lưu trữ', lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId } });
  const categoryOf = async (siteId: number) => (await t.database.db.kysely.selectFrom('categories').select('id').where('site_id', '=', siteId).orderBy('id').executeTakeFirstOrThrow()).id;

  it('archives only for a system administrator; input mistakes answer 400/404 and change nothing', async () => {
    expect((await archive('trieuphong', { mode: 'serve', successor: 'quangtri' }, approver.headers)).statusCode).toBe(403);
    expect((await archive('trieuphong', { mode: 'serve', successor: 'quangtri' }, { host: 'localhost' })).statusCode).toBe(401);
    const noSuccessor = await archive('trieuphong', { mode: 'redirect' });
    expect(noSuccessor.statusCode).toBe(400);
    expect(noSuccessor.body).toContain('Hãy chọn cổng kế thừa');
    expect((await archive('trieuphong', { mode: 'serve', successor: 'khong-co' })).json<Problem>()).toMatchObject({ status: 404, detail: expect.stringContaining('Không có cổng thông tin "khong-co"') as unknown });
    expect((await archive('trieuphong', { mode: 'serve', successor: 'trieuphong' })).statusCode).toBe(400);
    expect((await archive('trieuphong', { mode: 'giu' })).statusCode).toBe(400);
    expect(site('trieuphong').status).toBe('active');
  });

  it('keeps the site serving every page with a banner naming its successor; every write naming it answers 409; search and feeds mark it', async () => {
    expect((await draft('camlo', await categoryOf(camlo.id))).statusCode).toBe(201);
    const res = await archive('camlo', { mode: 'serve', successor: 'quangtri' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ArchivedSite>()).toMatchObject({ mode: 'serve', successor: 'quangtri', moved: null, site: { slug: 'camlo', status: 'archived' } });
    const audit = await t.database.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'site_archived').where('site_id', '=', camlo.id).execute();
    expect(audit.map((a) => a.actor_name)).toEqual(['qtht-luu-tru']);

    const home = await t.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(vi.archivedBanner);
    expect(home.body).toContain(`<a href="http://quangtri.localhost/">${province.name}</a>`);
    const other = await t.app.inject({ url: '/', headers: { host: 'dongha.localhost' } });
    expect(other.body).not.toContain('banner-archived');

    expect((await archive('camlo', { mode: 'serve', successor: null })).json<Problem>()).toMatchObject({ status: 409, detail: expect.stringContaining('đã được lưu trữ từ trước') as unknown });

    // Read-only: every registered write of the editorial API that names the site, and its citizens' forms.
    const writes = t.app.routeCatalogue.editorialRoutes.filter((r) => r.method !== 'get' && r.path.startsWith('/admin/sites/{site}'));
    const gated = writes.filter((r) => !OPEN.includes(`${r.method} ${r.path}`));
    expect(writes.length - gated.length).toBe(OPEN.length);
    expect(gated.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const route of gated) {
      const url = `/api/v1${route.path.replace('{site}', 'camlo').replace(/\{[A-Za-z]+\}/g, '1')}`;
      const res = await t.app.inject({ method: route.method.toUpperCase() as 'POST', url, headers: admin.headers, payload: {} });
      const problem = res.statusCode === 409 ? res.json<Problem>() : undefined;
      if (problem?.detail !== `Cổng "${camlo.name}" đã được lưu trữ, chỉ xem, không sửa được. Nội dung mới xin đăng ở cổng kế thừa "${province.name} (quangtri)".`) {
        wrong.push(`${route.method} ${url}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await draft('quangtri', await categoryOf(province.id))).statusCode).toBe(201);

    const form = await t.app.inject({ method: 'POST', url: '/hoi-dap/gui-cau-hoi', headers: { host: 'camlo.localhost', 'content-type': 'application/x-www-form-urlencoded' }, payload: 'ho-ten=A' });
    expect(form.statusCode).toBe(409);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.body).toContain('chỉ xem, không sửa được');

    // Search and feeds keep its content, marked as archived.
    const search = await t.app.inject({ url: '/tim-kiem?q=binh+dang+gioi&cong=camlo', headers: { host: 'localhost' } });
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(`${camlo.name} ${vi.archive.mark}`);
    const rss = await t.app.inject({ url: '/rss.xml', headers: { host: 'camlo.localhost' } });
    expect(rss.statusCode).toBe(200);
    expect(rss.body).toContain(`<title>${camlo.name} (lưu trữ)</title>`);
    expect(rss.body).toContain('<item>');
  });

  it('does not publish an archived site’s scheduled article', async () => {
    const db = t.database.db.kysely;
    const vinhlinh = site('vinhlinh');
    const article = await db.selectFrom('articles').select('id').where('site_id', '=', vinhlinh.id).orderBy('id').executeTakeFirstOrThrow();
    expect((await archive('vinhlinh', { mode: 'serve', successor: null })).statusCode).toBe(200);
    const runAt = '2026-01-01T00:00:00.000Z';
    await db.updateTable('articles').set({ status: 'scheduled', scheduled_at: runAt }).where('id', '=', article.id).execute();
    const job = await db.insertInto('jobs').values({ kind: 'publish', article_id: article.id, run_at: runAt, status: 'pending', created_by: null, created_at: runAt, locked_by: null, locked_at: null, done_at: null, last_error: null }).returning('id').executeTakeFirstOrThrow();
    let outcome: string | undefined;
    do outcome = await runNextDueJob(t.database.db, t.services.events, 'kiem-thu', new Date(runAt));
    while (outcome !== undefined && (await db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status === 'pending');
    const after = await db.selectFrom('jobs').select(['status', 'last_error']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(after.status).toBe('cancelled');
    expect(after.last_error).toContain('đã được lưu trữ');
    expect((await db.selectFrom('articles').select('status').where('id', '=', article.id).executeTakeFirstOrThrow()).status).toBe('scheduled');
  });

  it('merges a site into its successor: its host then answers 301s, the admin and operations paths stay', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites/giolinh/merge', headers: approver.headers, payload: { into: 'quangtri' } })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites/giolinh/merge', headers: admin.headers, payload: { into: 'quangtri' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ArchivedSite>();
    expect(body).toMatchObject({ mode: 'redirect', successor: 'quangtri', site: { status: 'archived' } });
    expect(body.moved?.articles).toBeGreaterThanOrEqual(3);
    const home = await t.app.inject({ url: '/?a=1', headers: { host: 'giolinh.localhost:8080' } });
    expect(home.statusCode).toBe(301);
    expect(home.headers.location).toBe('http://quangtri.localhost:8080/?a=1');
    expect((await t.app.inject({ url: '/healthz', headers: { host: 'giolinh.localhost' } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/admin', headers: { host: 'giolinh.localhost' } })).statusCode).not.toBe(301);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites/giolinh/merge', headers: admin.headers, payload: { into: 'quangtri' } });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().detail).toContain('đã được sáp nhập từ trước');
    const into = await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites/dongha/merge', headers: admin.headers, payload: { into: 'giolinh' } });
    expect(into.json<Problem>()).toMatchObject({ status: 400, detail: expect.stringContaining('cũng đã được lưu trữ') as unknown });
  });
});
