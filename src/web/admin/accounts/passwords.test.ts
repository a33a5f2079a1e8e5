/**
 * Passwords and accounts over HTTP: changing one's own (policy, other sessions end),
 * an administrator's reset (temporary password shown once, every session ended, the
 * temporary password opens nothing but the password change), and the account list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { createTestUser, signIn, TEST_PASSWORD, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { LoginAnswer } from '../../../contract/auth.js';
import { stringContaining } from '../../../test-support/matchers.js';

const ADMIN_PASSWORD = 'mat-khau-thu-nghiem-dai';
const NEW_PASSWORD = 'mây-trắng-bay-qua-đèo-Hải-Vân';

describe.each(TEST_DIALECTS)('passwords and accounts on %s', (dialect) => {
  let t: TestApp;
  let admin: Signed;
  let camlo = 0;
  const ids: Record<string, number> = {};
  // Each test works with accounts of its own, so the tests hold in any order.
  const person = async (username: string, role: 'editor' | 'site_admin') => {
    ids[username] = await createTestUser(t.database.db.kysely, username, [{ siteId: camlo, role }]);
  };
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    camlo = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    admin = await signIn(t.app, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  const change = (s: Signed, currentPassword: string, newPassword: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: s.headers, payload: { currentPassword, newPassword } });

  it('refuses short, username-bearing and common passwords, and a wrong current one, naming the field', async () => {
    await person('hien', 'editor');
    const s = await signIn(t.app, 'hien');
    const cases: [string, string, string, string][] = [
      [TEST_PASSWORD, 'ngan-qua', 'newPassword', '12 ký tự'],
      [TEST_PASSWORD, 'hien-hien-2026-xyz', 'newPassword', 'tên đăng nhập'],
      [TEST_PASSWORD, 'Password123456', 'newPassword', 'phổ biến'],
      [TEST_PASSWORD, TEST_PASSWORD, 'newPassword', 'khác'],
      ['khong-phai-mat-khau-nay', NEW_PASSWORD, 'currentPassword', 'không đúng'],
    ];
    for (const [current, next, field, message] of cases) {
      const res = await change(s, current, next);
      expect(res.statusCode, next).toBe(400);
      expect(res.json<EditorialProblem>().errors, next).toEqual([{ field, message: stringContaining(message) }]);
    }
  });

  it('changes the password, keeping this session and ending the others', async () => {
    await person('lan', 'editor');
    const s1 = await signIn(t.app, 'lan');
    const s2 = await signIn(t.app, 'lan');
    expect((await change(s1, TEST_PASSWORD, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s1.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s2.cookie } })).statusCode).toBe(401);
    const old = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lan', password: TEST_PASSWORD } });
    expect(old.statusCode).toBe(401);
    await signIn(t.app, 'lan', NEW_PASSWORD);
    expect((await listAudit(t.database.db.kysely, { action: 'password_changed', actorId: ids['lan'] ?? 0, limit: 5, offset: 0 })).total).toBe(1);
  });

  it('lets only system administrators reset a password', async () => {
    await person('tuan', 'site_admin');
    await person('binh', 'editor');
    const siteAdmin = await signIn(t.app, 'tuan');
    const url = `/api/v1/admin/users/${ids['binh']}/reset-password`;
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, headers: siteAdmin.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/users/999999/reset-password', headers: admin.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/users/abc/reset-password', headers: admin.headers })).statusCode).toBe(400);
  });

  it('resets: a temporary password once, every session ended, nothing but the password change until replaced', async () => {
    await person('mai', 'site_admin');
    const before = await signIn(t.app, 'mai');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${ids['mai']}/reset-password`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: before.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mai', password: TEST_PASSWORD } })).statusCode).toBe(401);

    const temp = await signIn(t.app, 'mai', temporaryPassword);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: temp.headers })).json<LoginAnswer>().user.mustChangePassword).toBe(true);
    for (const url of ['/api/v1/admin/sites/camlo/staff', '/api/v1/admin/sites/camlo/media']) {
      const refused = await t.app.inject({ url, headers: temp.headers });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json<EditorialProblem>().detail, url).toContain('mật khẩu tạm thời');
    }
    expect((await change(temp, temporaryPassword, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff', headers: temp.headers })).statusCode).toBe(200);
    const audit = await listAudit(t.database.db.kysely, { action: 'password_reset', limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ actor_name: 'admin', object_id: String(ids['mai']) });
  });

  it('lists and creates accounts for system administrators only', async () => {
    await person('lam', 'editor');
    const list = await t.app.inject({ url: '/api/v1/admin/users?q=LA', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    // 'lan' of another test may exist by now: the search finds every account with "la" in it.
    expect(list.json()).toMatchObject({ page: 1, pageSize: 50 });
    const found = list.json<{ items: { username: string }[] }>().items.filter((u) => u.username === 'lam');
    expect(found).toMatchObject([{ username: 'lam', roles: [{ siteSlug: 'camlo', role: 'editor' }], totpEnabled: false }]);
    expect(list.json<{ items: { username: string }[] }>().items.every((u) => u.username.includes('la'))).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/admin/users', headers: (await signIn(t.app, 'lam')).headers })).statusCode).toBe(403);

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin.headers, payload: { username: 'Hoa.Nguyen', displayName: 'Nguyễn Thị Hoa' } });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ user: { username: string; mustChangePassword: boolean; isSystemAdmin: boolean }; temporaryPassword: string }>();
    expect(body.user).toMatchObject({ username: 'hoa.nguyen', mustChangePassword: true, isSystemAdmin: false });
    await signIn(t.app, 'hoa.nguyen', body.temporaryPassword);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin.headers, payload: { username: 'hoa.nguyen', displayName: 'X' } });
    expect(again.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin.headers, payload: { username: 'có dấu', displayName: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<EditorialProblem>().errors?.map((e: { field: string }) => e.field)).toEqual(['username', 'displayName']);
    expect((await listAudit(t.database.db.kysely, { action: 'user_created', actorName: 'admin', limit: 5, offset: 0 })).total).toBe(1);
  });
});
