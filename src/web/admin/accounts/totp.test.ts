/**
 * Two-factor sign-in: enrolment needs the password and stores the secret encrypted and
 * inactive until confirmed; once active, a password alone gives a pending session refused
 * everywhere else; a right code admits; five wrong codes end the session and lock the
 * account, even across sign-ins; a recovery code works once; new recovery codes and
 * switching off need the password; a session guessing it is ended with the lock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../../accounts/index.js';
import { listAudit } from '../../../audit/audit.js';
import { createTestUser, signIn, TEST_PASSWORD } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { codeRequest, enrolTotp, nextStepCode, wrongCode } from '../../../test-support/totp.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { LoginAnswer, RecoveryCodes } from '../../../contract/auth.js';
import { auditDetails, objectContaining, stringContaining } from '../../../test-support/matchers.js';

describe.each(TEST_DIALECTS)('two-factor sign-in on %s', (dialect) => {
  let t: TestApp;
  let camloId = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    camloId = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    // Each test signs in as people of its own, so the tests hold in any order.
    for (const name of ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam']) await createTestUser(t.database.db.kysely, name, [{ siteId: camloId, role: 'editor' }]);
  });
  afterAll(() => t.close());

  const db = () => t.database.db.kysely;
  const userRow = (username: string) => db().selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();

  it('asks for the password before enrolling, counting a wrong one', async () => {
    const s = await signIn(t.app, 'mot');
    const bare = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: s.headers });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<EditorialProblem>().errors).toEqual([{ field: 'password', message: 'Hãy nhập mật khẩu' }]);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: s.headers, payload: { password: 'khong-phai-mat-khau' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<EditorialProblem>().errors).toEqual([{ field: 'password', message: 'Mật khẩu hiện tại không đúng.' }]);
    const row = await userRow('mot');
    expect(row.failed_logins).toBe(1);
    expect(row.totp_secret).toBeNull();
    expect((await listAudit(db(), { action: 'login_failed', actorId: row.id, limit: 5, offset: 0 })).rows.map((r) => auditDetails(r.details))).toEqual([{ reason: 'confirm_password' }]);
  });

  it('keeps the secret encrypted and inactive until a first code confirms it, then hands out ten recovery codes', async () => {
    const s = await signIn(t.app, 'hai');
    const other = await signIn(t.app, 'hai');
    const enrol = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: s.headers, payload: { password: TEST_PASSWORD } });
    expect(enrol.statusCode).toBe(200);
    expect(enrol.headers['cache-control']).toBe('no-store');
    const { secret, otpauthUrl, qrSvg } = enrol.json<{ secret: string; otpauthUrl: string; qrSvg: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrSvg.startsWith('<svg')).toBe(true);
    let row = await userRow('hai');
    expect(row.failed_logins).toBe(0);
    expect(row.totp_secret?.startsWith('v1:')).toBe(true);
    expect(row.totp_secret).not.toContain(secret);
    expect(row.totp_enabled_at).toBeNull();

    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: s.headers, payload: { code: wrongCode(secret) } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<EditorialProblem>().errors).toEqual([{ field: 'code', message: stringContaining('không đúng') }]);

    const confirm = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: s.headers, payload: { code: totpCodeAt(secret) } });
    expect(confirm.statusCode).toBe(200);
    const codes = confirm.json<RecoveryCodes>().recoveryCodes;
    expect(codes).toHaveLength(10);
    const stored = await db().selectFrom('recovery_codes').select('code_hash').where('user_id', '=', row.id).execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);
    row = await userRow('hai');
    expect(row.totp_enabled_at).not.toBeNull();
    expect((await listAudit(db(), { action: 'totp_enabled', actorId: row.id, limit: 5, offset: 0 })).total).toBe(1);
    // The session that confirmed goes on; the person's other sessions end.
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).json<LoginAnswer>().user.totpEnabled).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: s.headers, payload: { password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(409);
  });

  it('gives a password alone only a pending session, refused elsewhere, until the code is given', async () => {
    const { secret } = await enrolTotp(t.app, await signIn(t.app, 'tam'));
    const row = await userRow('tam');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'tam', password: TEST_PASSWORD } });
    expect(login.json<LoginAnswer>().needsTotp).toBe(true);
    const pending = await signIn(t.app, 'tam');
    for (const req of [
      { method: 'GET' as const, url: '/api/v1/auth/me' },
      { method: 'GET' as const, url: '/api/v1/admin/sites/camlo/staff' },
      { method: 'GET' as const, url: '/api/v1/admin/sites/camlo/media' },
      { method: 'POST' as const, url: '/api/v1/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'mot-mat-khau-moi-rat-dai' } },
    ]) {
      const res = await t.app.inject({ ...req, headers: pending.headers });
      expect(res.statusCode, req.url).toBe(401);
      expect(res.json<EditorialProblem>().detail, req.url).toContain('mã 6 chữ số');
    }
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: pending.cookie }, payload: { code: '123456' } });
    expect(noCsrf.statusCode).toBe(403);

    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: pending.headers, payload: { code: '' } });
    expect(empty.statusCode).toBe(400);
    const before = (await listAudit(db(), { action: 'login', actorId: row.id, limit: 50, offset: 0 })).total;
    // The current step's code confirmed the enrolment: the next step's code signs in.
    const code = nextStepCode(secret);
    const enrolled = await t.app.inject(codeRequest(pending, code));
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json()).toEqual({ user: objectContaining({ username: 'tam', totpEnabled: true }), csrfToken: pending.csrfToken });
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff', headers: pending.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: pending.headers })).statusCode).toBe(200);
    const logins = await listAudit(db(), { action: 'login', actorId: row.id, limit: 50, offset: 0 });
    expect(logins.total).toBe(before + 1);
    expect(JSON.parse(logins.rows[0]?.details ?? '{}')).toEqual({ method: 'totp' });

    // The same code a second time (seen over a shoulder, or a replayed request) is refused and counted.
    const replay = await signIn(t.app, 'tam');
    const again = await t.app.inject(codeRequest(replay, code));
    expect(again.statusCode).toBe(401);
    expect(again.json<EditorialProblem>().detail).toContain('đã được dùng');
    expect(again.json<EditorialProblem>().detail).toContain('Còn 4 lần thử');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: replay.headers })).statusCode).toBe(401);
  });

  it('ends the pending session and locks the account after five wrong codes, even across sign-ins', async () => {
    const { secret } = await enrolTotp(t.app, await signIn(t.app, 'ba'));
    const first = await signIn(t.app, 'ba');
    for (const left of [4, 3]) {
      const res = await t.app.inject(codeRequest(first, wrongCode(secret)));
      expect(res.statusCode).toBe(401);
      expect(res.json<EditorialProblem>().detail).toContain(`Còn ${left} lần thử`);
    }
    // Signing in again with the right password does not buy new guesses.
    const second = await signIn(t.app, 'ba');
    for (const left of [2, 1]) expect((await t.app.inject(codeRequest(second, wrongCode(secret)))).json<EditorialProblem>().detail).toContain(`Còn ${left} lần thử`);
    const fifth = await t.app.inject(codeRequest(second, wrongCode(secret)));
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json<EditorialProblem>().detail).toContain('bị hủy');
    const after = await t.app.inject(codeRequest(second, totpCodeAt(secret)));
    expect(after.statusCode).toBe(401);
    expect(after.json<EditorialProblem>().detail).not.toContain('mã 6 chữ số');
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ba', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    const row = await userRow('ba');
    const audit = await listAudit(db(), { action: 'account_locked', actorId: row.id, limit: 5, offset: 0 });
    expect(JSON.parse(audit.rows[0]?.details ?? '{}')).toMatchObject({ reason: 'second_factor' });
    expect((await listAudit(db(), { action: 'login_failed', actorId: row.id, limit: 50, offset: 0 })).total).toBeGreaterThanOrEqual(5);
  });

  it('accepts a recovery code once, in any case and with spaces', async () => {
    const { recoveryCodes } = await enrolTotp(t.app, await signIn(t.app, 'bon'));
    const [first = '', second = ''] = recoveryCodes;
    const s1 = await signIn(t.app, 'bon');
    const ok = await t.app.inject(codeRequest(s1, first));
    expect(ok.statusCode).toBe(200);
    const row = await userRow('bon');
    const audit = await listAudit(db(), { action: 'login', actorId: row.id, limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0]?.details ?? '{}')).toEqual({ method: 'recovery', recoveryLeft: 9 });
    const s2 = await signIn(t.app, 'bon');
    expect((await t.app.inject(codeRequest(s2, first))).statusCode).toBe(401);
    expect((await t.app.inject(codeRequest(s2, second.toUpperCase().replace(/-/g, ' ')))).statusCode).toBe(200);
  });

  it('switches two-factor off only with the password', async () => {
    const { secret } = await enrolTotp(t.app, await signIn(t.app, 'nam'));
    const pending = await signIn(t.app, 'nam');
    expect((await t.app.inject(codeRequest(pending, nextStepCode(secret)))).statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/disable', headers: pending.headers, payload: { password: 'khong-phai-mat-khau' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<EditorialProblem>().errors?.[0]?.field).toBe('password');
    const off = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/disable', headers: pending.headers, payload: { password: TEST_PASSWORD } });
    expect(off.statusCode).toBe(204);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nam', password: TEST_PASSWORD } });
    expect(login.json<LoginAnswer>().needsTotp).toBe(false);
    const row = await userRow('nam');
    expect(row.totp_secret).toBeNull();
    expect((await listAudit(db(), { action: 'totp_disabled', actorId: row.id, limit: 5, offset: 0 })).total).toBe(1);
  });

  it('hands out new recovery codes only with the password, and the old ones stop working', async () => {
    const s = await signIn(t.app, 'sau');
    const url = '/api/v1/auth/totp/recovery-codes';
    expect((await t.app.inject({ method: 'POST', url, headers: s.headers, payload: { password: TEST_PASSWORD } })).statusCode).toBe(409);
    const { recoveryCodes: old } = await enrolTotp(t.app, s);
    const wrong = await t.app.inject({ method: 'POST', url, headers: s.headers, payload: { password: 'khong-phai-mat-khau' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<EditorialProblem>().errors?.[0]).toEqual({ field: 'password', message: 'Mật khẩu hiện tại không đúng.' });
    const fresh = await t.app.inject({ method: 'POST', url, headers: s.headers, payload: { password: TEST_PASSWORD } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers['cache-control']).toBe('no-store');
    const codes = fresh.json<RecoveryCodes>().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(old[0]);
    const row = await userRow('sau');
    expect(row.failed_logins).toBe(0);
    expect((await listAudit(db(), { action: 'recovery_codes_regenerated', actorId: row.id, limit: 5, offset: 0 })).total).toBe(1);

    const pending = await signIn(t.app, 'sau');
    expect((await t.app.inject(codeRequest(pending, old[0] ?? ''))).statusCode).toBe(401);
    expect((await t.app.inject(codeRequest(pending, codes[0] ?? ''))).statusCode).toBe(200);
    // A pending session reaches none of it.
    const half = await signIn(t.app, 'sau');
    expect((await t.app.inject({ method: 'POST', url, headers: half.headers, payload: { password: TEST_PASSWORD } })).statusCode).toBe(401);
  });

  it('ends a session that guesses the password for a sensitive change when the guesses lock the account', async () => {
    const stolen = await signIn(t.app, 'bay');
    const owner = await signIn(t.app, 'bay');
    const guess = (i: number) => t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: stolen.headers, payload: { password: `doan-mat-khau-${i}` } });
    for (let i = 1; i < 5; i += 1) expect((await guess(i)).statusCode).toBe(400);
    const fifth = await guess(5);
    expect(fifth.statusCode).toBe(429);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(fifth.json<EditorialProblem>().detail).toContain('phiên đăng nhập này đã kết thúc');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: stolen.headers })).statusCode).toBe(401);
    // The owner's own session goes on; the account is locked for a new sign-in.
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: owner.headers })).statusCode).toBe(200);
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bay', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    const row = await userRow('bay');
    expect(row.totp_secret).toBeNull();
    expect(row.failed_logins).toBe(5);
    const audit = await listAudit(db(), { action: 'account_locked', actorId: row.id, limit: 5, offset: 0 });
    expect(audit.rows.map((r) => auditDetails(r.details))).toEqual([{ reason: 'confirm_password', sessionRevoked: true }]);
  });
});
