/**
 * The lockout under load and over time, on both databases: wrong answers checked in
 * parallel are each counted and lock the account; the count is kept while it is locked;
 * once the lock has run out a right password clears it and a wrong one starts again at 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/audit.js';
import { createTestUser, TEST_PASSWORD } from '../test-support/auth.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { checkLogin } from './login.js';
import { clearFailures, countFailure, LOCK_MINUTES, MAX_FAILURES } from './lockout.js';
import { SecretBox } from './secret-box.js';
import { completeSignIn, confirmEnrolment, startEnrolment } from './second-factor.js';
import { createSession, findLiveSession } from './sessions.js';
import { totpCodeAt } from './totp.js';

const NOW = new Date('2026-11-29T03:00:15Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe.each(TEST_DIALECTS)('the lockout on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  const db = () => t.db.kysely;
  const userRow = (id: number) => db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('counts 20 wrong passwords checked at once, and locks the account once', async () => {
    const id = await createTestUser(db(), 'song-song');
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => checkLogin(db(), 'song-song', `sai-${i}`, NOW)));
    // Each is refused; those read after the lock was set say so, and are counted all the same.
    expect(outcomes.every((o) => o.kind === 'wrong' || o.kind === 'locked')).toBe(true);
    expect(outcomes.filter((o) => o.kind === 'wrong' && o.lockedNow)).toHaveLength(1);
    const row = await userRow(id);
    expect(row.failed_logins).toBe(20);
    expect(row.locked_until).toBe(minutes(LOCK_MINUTES).toISOString());
    const right = await checkLogin(db(), 'song-song', TEST_PASSWORD, minutes(LOCK_MINUTES - 1));
    expect(right).toMatchObject({ kind: 'locked', until: minutes(LOCK_MINUTES).toISOString() });
    expect((await userRow(id)).failed_logins).toBe(20);
  });

  it('refuses a right answer that arrives once wrong ones have locked the account', async () => {
    const id = await createTestUser(db(), 'tre-chan');
    for (let i = 0; i < MAX_FAILURES; i += 1) await countFailure(db(), id, NOW);
    expect(await clearFailures(db(), id, minutes(1), { keepCount: false })).toBe(false);
    expect(await userRow(id)).toMatchObject({ failed_logins: MAX_FAILURES, locked_until: minutes(LOCK_MINUTES).toISOString() });
  });

  it('after the lock: a right password clears the count, a wrong one starts a new series', async () => {
    const cleared = await createTestUser(db(), 'het-khoa');
    const again = await createTestUser(db(), 'sai-tiep');
    for (const username of ['het-khoa', 'sai-tiep']) {
      for (let i = 0; i < MAX_FAILURES; i += 1) await checkLogin(db(), username, 'mat-khau-sai', NOW);
    }
    const later = minutes(LOCK_MINUTES);
    expect((await checkLogin(db(), 'het-khoa', TEST_PASSWORD, later)).kind).toBe('ok');
    expect(await userRow(cleared)).toMatchObject({ failed_logins: 0, locked_until: null });

    const first = await checkLogin(db(), 'sai-tiep', 'van-sai', later);
    expect(first).toMatchObject({ kind: 'wrong', lockedNow: false });
    expect(await userRow(again)).toMatchObject({ failed_logins: 1, locked_until: null });
    for (let i = 2; i < MAX_FAILURES; i += 1) await checkLogin(db(), 'sai-tiep', 'van-sai', later);
    expect(await checkLogin(db(), 'sai-tiep', 'van-sai', later)).toMatchObject({ kind: 'wrong', lockedNow: true });
    expect((await userRow(again)).locked_until).toBe(new Date(later.getTime() + LOCK_MINUTES * 60_000).toISOString());
  });

  describe('with two-factor', () => {
    const box = new SecretBox({ sessionSecret: 's'.repeat(40), dataDir: '/nonexistent' });
    const ctx = () => ({ db: db(), box });

    async function enrolled(username: string): Promise<{ id: number; secret: string }> {
      const id = await createTestUser(db(), username);
      const session = await createSession(db(), id, { ip: null, userAgent: null, secondFactorDone: true }, NOW);
      const person = { id, username, ip: null, sessionToken: session.token };
      const { secret } = await startEnrolment(ctx(), person, TEST_PASSWORD, 'Quảng Trị', NOW);
      await confirmEnrolment(ctx(), person, totpCodeAt(secret, NOW), NOW);
      return { id, secret };
    }

    it('keeps the count through the password step, but not past an expired lock', async () => {
      const { id } = await enrolled('hai-lop');
      await checkLogin(db(), 'hai-lop', 'mat-khau-sai', NOW);
      expect((await checkLogin(db(), 'hai-lop', TEST_PASSWORD, NOW)).kind).toBe('ok');
      expect((await userRow(id)).failed_logins).toBe(1);
      for (let i = 1; i < MAX_FAILURES; i += 1) await checkLogin(db(), 'hai-lop', 'mat-khau-sai', NOW);
      expect((await userRow(id)).failed_logins).toBe(MAX_FAILURES);
      expect((await checkLogin(db(), 'hai-lop', TEST_PASSWORD, minutes(LOCK_MINUTES))).kind).toBe('ok');
      expect(await userRow(id)).toMatchObject({ failed_logins: 0, locked_until: null });
    });

    it('counts 20 wrong codes given at once, locks the account once and ends the pending session', async () => {
      const { id, secret } = await enrolled('ma-song-song');
      const at = minutes(2);
      const pending = await createSession(db(), id, { ip: null, userAgent: null, secondFactorDone: false }, at);
      const person = { id, username: 'ma-song-song', ip: null, sessionToken: pending.token };
      const right = totpCodeAt(secret, at);
      const near = new Set([-30_000, 0, 30_000].map((d) => totpCodeAt(secret, new Date(at.getTime() + d))));
      const wrong = Array.from({ length: 40 }, (_, i) => String(i).padStart(6, '0')).filter((c) => !near.has(c)).slice(0, 20);
      const outcomes = await Promise.all(wrong.map((code) => completeSignIn(ctx(), person, code, at)));
      // Each is refused; those read after the lock was set say so, and are counted all the same.
      expect(outcomes.every((o) => o.kind === 'wrong' || o.kind === 'locked')).toBe(true);
      expect(await userRow(id)).toMatchObject({ failed_logins: 20, locked_until: new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString() });
      expect(await findLiveSession(db(), pending.token, at)).toBeUndefined();
      expect((await listAudit(db(), { action: 'account_locked', actorId: id, limit: 50, offset: 0 })).total).toBe(1);
      expect(await completeSignIn(ctx(), person, right, at)).toMatchObject({ kind: 'locked' });
    });
  });
});
