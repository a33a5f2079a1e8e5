/**
 * A clean start (DEMO_SEED=never, empty database), on SQLite and PostgreSQL: `serve`
 * makes the first system administrator `admin` only while there is no account, and no
 * content; until a site exists every public request answers a Vietnamese 503 page that
 * says where to go, while the admin, sign-in and the editorial API work; the first site
 * created there then serves localhost at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, verifyPassword } from '../accounts/index.js';
import { signIn } from '../test-support/auth.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const NO_SITES = 'Hệ thống chưa có cổng thông tin nào — người quản trị hệ thống đăng nhập tại /admin để tạo cổng đầu tiên.';

describe.each(TEST_DIALECTS)('a clean start on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { seed: false });
  });
  afterEach(() => t.close());
  const db = () => t.database.db.kysely;

  it('makes the first system administrator once, with ADMIN_PASSWORD or a printed random password, and no content', async () => {
    const first = await ensureFirstAdmin(db(), undefined);
    expect(first.created).toBe(true);
    expect(first.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    expect(await ensureFirstAdmin(db(), 'mot-mat-khau-khac-rat-dai')).toEqual({ created: false });
    const users = await db().selectFrom('users').selectAll().execute();
    expect(users.map((u) => [u.username, u.is_system_admin])).toEqual([['admin', 1]]);
    expect(await verifyPassword(users[0]?.password_hash ?? '', first.generatedPassword ?? '')).toBe(true);
    for (const table of ['sites', 'categories', 'articles', 'pages'] as const) {
      expect(await db().selectFrom(table).select('id').execute(), table).toEqual([]);
    }
    const audit = await db().selectFrom('audit_log').selectAll().execute();
    expect(audit.map((a) => [a.action, a.actor_name])).toEqual([['user_created', 'cli']]);
    expect(audit[0]?.details).not.toContain(first.generatedPassword ?? '');
  });

  it('takes ADMIN_PASSWORD when it is set, and makes no admin when an account exists', async () => {
    expect(await ensureFirstAdmin(db(), 'mat-khau-quan-tri-rat-dai-2026')).toEqual({ created: true });
    const admin = await db().selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(await verifyPassword(admin.password_hash, 'mat-khau-quan-tri-rat-dai-2026')).toBe(true);
  });

  it('answers every public request with the Vietnamese "no site yet" page; the admin works and creates the first site', async () => {
    const { generatedPassword } = await ensureFirstAdmin(db(), undefined);
    for (const [url, host] of [['/', 'localhost'], ['/tin-tuc-su-kien', 'camlo.localhost'], ['/tim-kiem?q=a', 'quangtri.gov.vn'], ['/rss.xml', '127.0.0.1:3000']]) {
      const res = await t.app.inject({ url, headers: { host } });
      expect(res.statusCode, `${host}${url}`).toBe(503);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain(NO_SITES);
    }
    const api = await t.app.inject({ url: '/api/v1/articles', headers: { host: 'localhost' } });
    expect(api.statusCode).toBe(503);
    expect(api.json<{ detail: string }>().detail).toBe(NO_SITES);
    expect((await t.app.inject({ url: '/healthz', headers: { host: 'localhost' } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: 'localhost' } })).statusCode).toBe(200);
    // The admin app itself (its page, or "not built yet" in a checkout without admin/dist).
    expect((await t.app.inject({ url: '/admin/', headers: { host: 'localhost' } })).body).not.toContain(NO_SITES);

    const admin = await signIn(t.app, 'admin', generatedPassword);
    const mine = await t.app.inject({ url: '/api/v1/admin/sites', headers: admin.headers });
    expect(mine.json()).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/admin/system/sites', headers: admin.headers })).json()).toEqual([]);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/sites',
      headers: admin.headers,
      payload: { slug: 'quangtri', name: 'Cổng thông tin điện tử tỉnh Quảng Trị', shortName: 'Quảng Trị', kind: 'province', hostnames: ['quangtri.gov.vn'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const host of ['localhost', 'quangtri.gov.vn', 'quangtri.localhost']) {
      const home = await t.app.inject({ url: '/', headers: { host } });
      expect(home.statusCode, host).toBe(200);
      expect(home.body).toContain('Cổng thông tin điện tử tỉnh Quảng Trị');
    }
    // With a site, an unknown host is again a plain 404.
    expect((await t.app.inject({ url: '/', headers: { host: 'khong-co.localhost' } })).statusCode).toBe(404);
  });
});
