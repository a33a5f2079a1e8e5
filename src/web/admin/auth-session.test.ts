/**
 * Sessions over HTTP: the cookie's name and flags in development and in production
 * (`__Host-`, Secure, HSTS), and the idle and the two-factor timeouts as a browser
 * meets them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, signIn, TEST_PASSWORD } from '../../test-support/auth.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { enrolTotp } from '../../test-support/totp.js';
import type { EditorialProblem } from '../../contract/problem.js';
import type { LoginAnswer } from '../../contract/auth.js';

const login = (t: TestApp, username: string, password = TEST_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

describe.each(TEST_DIALECTS)('sessions over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    for (const name of ['nhan-roi', 'cho-ma']) await createTestUser(t.database.db.kysely, name);
  });
  afterAll(() => t.close());

  const db = () => t.database.db.kysely;
  const sessionOf = (userId: number) => db().selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const userRow = (username: string) => db().selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();

  it('names the cookie gp_session over http in development, and sends no HSTS', async () => {
    const res = await login(t, 'nhan-roi');
    const cookie = res.cookies.find((c) => c.name === 'gp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('ends a session after 30 minutes without a request, and notes requests at most once a minute', async () => {
    const s = await signIn(t.app, 'nhan-roi');
    const { id } = await userRow('nhan-roi');
    const set = (lastSeen: string) => db().updateTable('sessions').set({ last_seen_at: lastSeen }).where('user_id', '=', id).execute();

    await set(minutesAgo(0.5));
    const recent = (await sessionOf(id)).last_seen_at;
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers })).statusCode).toBe(200);
    expect((await sessionOf(id)).last_seen_at).toBe(recent);

    await set(minutesAgo(29));
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers })).statusCode).toBe(200);
    expect(Date.parse((await sessionOf(id)).last_seen_at)).toBeGreaterThan(Date.now() - 60_000);

    await set(minutesAgo(31));
    const idle = await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers });
    expect(idle.statusCode).toBe(401);
    expect(idle.json<EditorialProblem>().detail).toContain('đăng nhập');
  });

  it('gives the code step of a sign-in five minutes', async () => {
    await enrolTotp(t.app, await signIn(t.app, 'cho-ma'));
    const res = await login(t, 'cho-ma');
    expect(res.json<LoginAnswer>().needsTotp).toBe(true);
    const { id } = await userRow('cho-ma');
    const pending = await sessionOf(id);
    expect(Date.parse(pending.expires_at) - Date.parse(pending.created_at)).toBe(5 * 60_000);

    const token = res.cookies.find((c) => c.name === 'gp_session')?.value ?? '';
    await db().updateTable('sessions').set({ last_seen_at: minutesAgo(6), expires_at: minutesAgo(1) }).where('id_hash', '=', pending.id_hash).execute();
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      headers: { cookie: `gp_session=${token}`, 'x-csrf-token': res.json<LoginAnswer>().csrfToken },
      payload: { code: '123456' },
    });
    expect(late.statusCode).toBe(401);
    expect(late.json<EditorialProblem>().detail).toContain('tên và mật khẩu');
  });
});

describe.each(TEST_DIALECTS)('the session cookie in production on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2, environment: { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(48) } });
    await createTestUser(t.database.db.kysely, 'san-xuat');
  });
  afterAll(() => t.close());

  it('is __Host-gp_session: Secure, HttpOnly, Path=/, no Domain; a plain gp_session is not read', async () => {
    const res = await login(t, 'san-xuat');
    expect(res.statusCode).toBe(200);
    expect(res.cookies.map((c) => c.name)).toEqual(['__Host-gp_session']);
    const [cookie] = res.cookies;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.domain).toBeUndefined();
    const token = cookie?.value ?? '';
    const csrf = res.json<LoginAnswer>().csrfToken;

    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `__Host-gp_session=${token}` } })).statusCode).toBe(200);
    // What a sibling portal could plant for the parent domain.
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `gp_session=${token}` } })).statusCode).toBe(401);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `__Host-gp_session=${token}`, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === '__Host-gp_session');
    expect(cleared).toMatchObject({ value: '', secure: true, path: '/' });
    expect(cleared?.domain).toBeUndefined();
  });

  it('sends HSTS for a year, subdomains included, on pages and on the API', async () => {
    for (const url of ['/', '/api/v1/sites', '/api/v1/auth/me']) {
      const res = await t.app.inject({ url, headers: { host: 'camlo.localhost' } });
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
    }
  });
});
