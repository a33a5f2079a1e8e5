/**
 * No account change without its audit entry, on both databases: with the audit log
 * refusing inserts (a test-only trigger, as a full disk or a lost connection would),
 * every account write fails and leaves the data as it was, instead of committing the
 * change and losing the entry.
 */
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/audit.js';
import { createTestUser, TEST_PASSWORD } from '../test-support/auth.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { createSession, findLiveSession } from './sessions.js';
import { changeOwnEmail } from './email.js';
import { checkLogin } from './login.js';
import { changeOwnPassword, createAccount, resetPassword } from './password-service.js';
import { completeSignIn, confirmEnrolment, disableTotp, regenerateRecoveryCodes, startEnrolment } from './second-factor.js';
import { SecretBox } from './secret-box.js';
import { removeSiteRole, setSiteRole } from './staff-service.js';
import { totpCodeAt } from './totp.js';

const NOW = new Date('2026-11-29T03:00:00Z');
const ACTOR = { actorId: null, actorName: 'cli', ip: null };
const box = new SecretBox({ sessionSecret: 's'.repeat(40), dataDir: '/nonexistent' });

describe.each(TEST_DIALECTS)('account writes and their audit entries on %s', (dialect) => {
  let t: TestDatabase;
  let site = { id: 0, slug: 'camlo' };
  const db = () => t.db.kysely;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const row = await db()
      .insertInto('sites')
      .values({ slug: 'camlo', kind: 'district', parent_id: null, name: 'Cam Lộ', short_name: 'Cam Lộ', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: NOW.toISOString(), updated_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    site = { id: row.id, slug: 'camlo' };
  });
  afterEach(() => allowAudit());
  afterAll(() => t.drop());

  async function refuseAudit(): Promise<void> {
    if (dialect === 'postgres') {
      await sql`CREATE OR REPLACE FUNCTION test_audit_down() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit log unavailable (test)'; END $$`.execute(db());
      await sql`CREATE TRIGGER test_audit_down BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_audit_down()`.execute(db());
    } else {
      await sql`CREATE TRIGGER test_audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable (test)'); END`.execute(db());
    }
  }

  async function allowAudit(): Promise<void> {
    await sql.raw(dialect === 'postgres' ? 'DROP TRIGGER IF EXISTS test_audit_down ON audit_log' : 'DROP TRIGGER IF EXISTS test_audit_down').execute(db());
  }

  const userRow = (id: number) => db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const roleOf = async (userId: number) =>
    (await db().selectFrom('site_roles').select('role').where('user_id', '=', userId).where('site_id', '=', site.id).executeTakeFirst())?.role ?? null;
  const auditCount = async () => Number((await db().selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  async function signedIn(username: string) {
    const id = await createTestUser(db(), username);
    const session = await createSession(db(), id, { ip: null, userAgent: null, secondFactorDone: true }, NOW);
    return { id, username, ip: null, sessionToken: session.token };
  }

  it('the audit trigger really refuses entries', async () => {
    await refuseAudit();
    const before = await auditCount();
    await expect(setSiteRole(db(), site, await createTestUser(db(), 'thu-trigger'), 'editor', ACTOR, NOW)).rejects.toThrow(/audit log unavailable/);
    expect(await auditCount()).toBe(before);
  });

  it('creating an account', async () => {
    await refuseAudit();
    await expect(createAccount(db(), { username: 'moi-tao', displayName: 'Mới Tạo', isSystemAdmin: true }, ACTOR, NOW)).rejects.toThrow();
    expect(await db().selectFrom('users').select('id').where('username', '=', 'moi-tao').executeTakeFirst()).toBeUndefined();
  });

  it('granting, changing and revoking a role', async () => {
    const id = await createTestUser(db(), 'vai-tro');
    await refuseAudit();
    await expect(setSiteRole(db(), site, id, 'editor', ACTOR, NOW)).rejects.toThrow();
    expect(await roleOf(id)).toBeNull();

    await allowAudit();
    await setSiteRole(db(), site, id, 'editor', ACTOR, NOW);
    await refuseAudit();
    await expect(setSiteRole(db(), site, id, 'approver', ACTOR, NOW)).rejects.toThrow();
    expect(await roleOf(id)).toBe('editor');
    await expect(removeSiteRole(db(), site, id, ACTOR, NOW)).rejects.toThrow();
    expect(await roleOf(id)).toBe('editor');
  });

  it("resetting someone's password", async () => {
    const person = await signedIn('dat-lai');
    const before = await userRow(person.id);
    await refuseAudit();
    await expect(resetPassword(db(), before, ACTOR, undefined, NOW)).rejects.toThrow();
    const after = await userRow(person.id);
    expect(after.password_hash).toBe(before.password_hash);
    expect(after.must_change_password).toBe(before.must_change_password);
    expect(await findLiveSession(db(), person.sessionToken, NOW)).toBeDefined();
  });

  it('changing one’s own password and e-mail', async () => {
    const person = await signedIn('tu-doi');
    const other = await createSession(db(), person.id, { ip: null, userAgent: null, secondFactorDone: true }, NOW);
    const before = await userRow(person.id);
    await refuseAudit();
    await expect(changeOwnPassword(db(), person, { currentPassword: TEST_PASSWORD, newPassword: 'mot-mat-khau-moi-rat-dai' }, NOW)).rejects.toThrow();
    expect((await userRow(person.id)).password_hash).toBe(before.password_hash);
    expect(await findLiveSession(db(), other.token, NOW)).toBeDefined();

    await expect(changeOwnEmail(db(), person, { currentPassword: TEST_PASSWORD, email: 'tu-doi@quangtri.gov.vn' }, NOW)).rejects.toThrow();
    expect((await userRow(person.id)).email).toBe(before.email);
  });

  it('counting a wrong password, at sign-in and when confirming a change', async () => {
    const person = await signedIn('sai-mat-khau');
    const audited = async (trx: typeof t.db.kysely) => {
      await recordAudit(trx, { action: 'login_failed', actorId: person.id, actorName: person.username });
    };
    await refuseAudit();
    await expect(checkLogin(db(), person.username, 'mat-khau-sai', NOW, 'sign_in', audited)).rejects.toThrow(/audit log unavailable/);
    await expect(changeOwnEmail(db(), person, { currentPassword: 'mat-khau-sai', email: 'sai@quangtri.gov.vn' }, NOW)).rejects.toThrow(/audit log unavailable/);
    expect((await userRow(person.id)).failed_logins).toBe(0);
    expect(await findLiveSession(db(), person.sessionToken, NOW)).toBeDefined();

    await allowAudit();
    expect(await checkLogin(db(), person.username, 'mat-khau-sai', NOW, 'sign_in', audited)).toMatchObject({ kind: 'wrong' });
    expect((await userRow(person.id)).failed_logins).toBe(1);
  });

  it('switching two-factor on and off, new recovery codes, and a wrong code', async () => {
    const person = await signedIn('hai-lop');
    const ctx = { db: db(), box };
    const { secret } = await startEnrolment(ctx, person, TEST_PASSWORD, 'Quảng Trị', NOW);
    await refuseAudit();
    await expect(confirmEnrolment(ctx, person, totpCodeAt(secret, NOW), NOW)).rejects.toThrow();
    expect((await userRow(person.id)).totp_enabled_at).toBeNull();

    await allowAudit();
    const recovery = await confirmEnrolment(ctx, person, totpCodeAt(secret, NOW), NOW);
    const codes = async () => (await db().selectFrom('recovery_codes').select('code_hash').where('user_id', '=', person.id).orderBy('code_hash').execute()).map((r) => r.code_hash);
    const codesBefore = await codes();
    await refuseAudit();
    await expect(regenerateRecoveryCodes(ctx, person, TEST_PASSWORD, NOW)).rejects.toThrow();
    expect(await codes()).toEqual(codesBefore);
    await expect(disableTotp(ctx, person, TEST_PASSWORD, NOW)).rejects.toThrow();
    expect((await userRow(person.id)).totp_enabled_at).not.toBeNull();
    expect(await codes()).toEqual(codesBefore);

    const failuresBefore = (await userRow(person.id)).failed_logins;
    await expect(completeSignIn(ctx, person, 'abcdefghij', NOW)).rejects.toThrow();
    expect((await userRow(person.id)).failed_logins).toBe(failuresBefore);

    // The code step of a sign-in: the recovery code is not used up, the session not completed.
    const pending = await createSession(db(), person.id, { ip: null, userAgent: null, secondFactorDone: false }, NOW);
    const signingIn = { ...person, sessionToken: pending.token };
    await expect(completeSignIn(ctx, signingIn, recovery[0] ?? '', NOW)).rejects.toThrow(/audit log unavailable/);
    expect(await codes()).toEqual(codesBefore);
    const unused = await db().selectFrom('recovery_codes').select('id').where('user_id', '=', person.id).where('used_at', 'is', null).execute();
    expect(unused).toHaveLength(codesBefore.length);
    expect((await findLiveSession(db(), pending.token, NOW))?.session.second_factor_done).toBe(0);
  });
});
