/** Logging in: cookie flags, lockout after five wrong passwords (also sent all at once), CSRF, no secrets in logs. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { listAudit } from '../../audit/audit.js';
import { createTestUser, signIn, TEST_PASSWORD } from '../../test-support/auth.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { LoginAnswer } from '../../contract/auth.js';
import type { EditorialProblem } from '../../contract/problem.js';
import { anyNumber } from '../../test-support/matchers.js';

describe.each(TEST_DIALECTS)('authentication on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    await createTestUser(t.database.db.kysely, 'bientap', [{ siteId: t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0, role: 'editor' }]);
    await createTestUser(t.database.db.kysely, 'khoa');
    await createTestUser(t.database.db.kysely, 'bi-do');
  });
  afterAll(() => t.close());

  it('signs in with an HttpOnly, SameSite session cookie and answers /me', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bientap', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'gp_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `gp_session=${cookie?.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json<LoginAnswer>().user.roles).toEqual([{ siteId: anyNumber(), siteSlug: 'camlo', siteName: 'Cổng thông tin điện tử huyện Cam Lộ', role: 'editor' }]);
  });

  it('answers 401 without a session and refuses a bad body with field errors', async () => {
    expect((await t.app.inject({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json<EditorialProblem>().errors?.map((e: { field: string }) => e.field)).toEqual(['username', 'password']);
  });

  it('locks the account after five wrong passwords, even against the right one', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'khoa', password: `sai-${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'khoa', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json<EditorialProblem>().detail).toContain('tạm khóa');
    // This account's lock only: another test locks another account.
    const khoa = await t.database.db.kysely.selectFrom('users').select('id').where('username', '=', 'khoa').executeTakeFirstOrThrow();
    const audit = await listAudit(t.database.db.kysely, { action: 'account_locked', actorId: khoa.id, limit: 5, offset: 0 });
    expect(audit.total).toBe(1);
  });

  it('counts 20 wrong passwords sent at once and locks the account once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bi-do', password: `doan-sai-${i}` } })));
    // Refused, each: 401, or 429 for those the server read after the lock was set.
    expect(answers.every((a) => a.statusCode === 401 || a.statusCode === 429)).toBe(true);
    const row = await t.database.db.kysely.selectFrom('users').selectAll().where('username', '=', 'bi-do').executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(20);
    expect(Date.parse(row.locked_until ?? '')).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect((await listAudit(t.database.db.kysely, { action: 'account_locked', actorId: row.id, limit: 5, offset: 0 })).total).toBe(1);
    expect((await listAudit(t.database.db.kysely, { action: 'login_failed', actorId: row.id, limit: 50, offset: 0 })).total).toBe(20);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bi-do', password: TEST_PASSWORD } })).statusCode).toBe(429);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await signIn(t.app, 'bientap');
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(without.statusCode).toBe(403);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('never writes a password or its hash to the log', async () => {
    let logged = '';
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { logged += chunk.toString(); done(); } });
    const app = await buildApp(t.services, { logger: { level: 'trace', stream: sink } });
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bientap', password: TEST_PASSWORD } });
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bientap', password: 'mat-khau-sai-bi-mat' } });
    await app.close();
    const hash = (await t.database.db.kysely.selectFrom('users').select('password_hash').where('username', '=', 'bientap').executeTakeFirstOrThrow()).password_hash;
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(TEST_PASSWORD);
    expect(logged).not.toContain('mat-khau-sai-bi-mat');
    expect(logged).not.toContain(hash);
  });
});
