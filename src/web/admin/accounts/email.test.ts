/**
 * A person changes their own e-mail address: only with the current password (a wrong
 * one is counted towards the lockout), only to a valid address, audited with the old
 * and the new one, and shown by /auth/me.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { createTestUser, signIn, TEST_PASSWORD, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { enrolTotp } from '../../../test-support/totp.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { LoginAnswer } from '../../../contract/auth.js';
import { auditDetails, stringContaining } from '../../../test-support/matchers.js';

describe.each(TEST_DIALECTS)('changing one’s e-mail on %s', (dialect) => {
  let t: TestApp;
  let userId = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    userId = await createTestUser(t.database.db.kysely, 'thu');
    await createTestUser(t.database.db.kysely, 'cho');
  });
  afterAll(() => t.close());

  const put = (s: Signed, payload: Record<string, unknown>) => t.app.inject({ method: 'PUT', url: '/api/v1/auth/email', headers: s.headers, payload });
  const userRow = (id = userId) => t.database.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('refuses an invalid address without counting it, and a wrong password counting it', async () => {
    // An account of its own: the next test gives thu an address.
    const lienId = await createTestUser(t.database.db.kysely, 'lien');
    const s = await signIn(t.app, 'lien');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'thu@quangtri.gov.vn' }, 'currentPassword', 'Hãy nhập mật khẩu hiện tại'],
      [{ currentPassword: TEST_PASSWORD }, 'email', 'Hãy nhập địa chỉ thư điện tử'],
      [{ currentPassword: TEST_PASSWORD, email: 'không phải thư' }, 'email', 'không hợp lệ'],
      [{ currentPassword: TEST_PASSWORD, email: `${'a'.repeat(250)}@x.vn` }, 'email', '254'],
    ];
    for (const [payload, field, message] of cases) {
      const res = await put(s, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<EditorialProblem>().errors, JSON.stringify(payload)).toEqual([{ field, message: stringContaining(message) }]);
    }
    expect((await userRow(lienId)).failed_logins).toBe(0);

    const wrong = await put(s, { currentPassword: 'khong-phai-mat-khau', email: 'thu@quangtri.gov.vn' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<EditorialProblem>().errors).toEqual([{ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }]);
    expect(await userRow(lienId)).toMatchObject({ failed_logins: 1, email: null });
  });

  it('changes it with the password, audits the old and the new address, and /auth/me shows it', async () => {
    const s = await signIn(t.app, 'thu');
    const first = await put(s, { currentPassword: TEST_PASSWORD, email: '  thu@quangtri.gov.vn ' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ email: 'thu@quangtri.gov.vn' });
    expect(await userRow()).toMatchObject({ email: 'thu@quangtri.gov.vn', failed_logins: 0 });
    expect((await put(s, { currentPassword: TEST_PASSWORD, email: 'thu@quangtri.gov.vn' })).statusCode).toBe(400);
    expect((await put(s, { currentPassword: TEST_PASSWORD, email: 'thu.nguyen@camlo.quangtri.gov.vn' })).statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers });
    expect(me.json<LoginAnswer>().user.email).toBe('thu.nguyen@camlo.quangtri.gov.vn');
    const audit = await listAudit(t.database.db.kysely, { action: 'email_changed', actorId: userId, limit: 5, offset: 0 });
    expect(audit.rows.map((r) => auditDetails(r.details))).toEqual([
      { from: 'thu@quangtri.gov.vn', to: 'thu.nguyen@camlo.quangtri.gov.vn' },
      { from: null, to: 'thu@quangtri.gov.vn' },
    ]);
  });

  it('is out of reach without a session, without the CSRF token and from a sign-in waiting for its code', async () => {
    const payload = { currentPassword: TEST_PASSWORD, email: 'cho@quangtri.gov.vn' };
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/auth/email', payload })).statusCode).toBe(401);
    const s = await signIn(t.app, 'cho');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/auth/email', headers: { cookie: s.cookie }, payload })).statusCode).toBe(403);
    await enrolTotp(t.app, s);
    const pending = await signIn(t.app, 'cho');
    expect((await put(pending, payload)).statusCode).toBe(401);
  });
});
