/**
 * Passwords over their life: a person changes their own (knowing the current one;
 * their other sessions end), an administrator resets someone's (a random temporary
 * password shown once, to be changed at the next sign-in, every session ended), and
 * accounts are created with a temporary password or one the operator chose.
 * Each change is audited in the transaction that makes it (no change without its entry);
 * no password or hash ever goes into the audit details. Hashing happens before the
 * transaction, so it holds the database only for the writes.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database, UserRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { AccountError } from './errors.js';
import { checkLogin, LOCK_MINUTES } from './login.js';
import { hashPassword, randomPassword } from './passwords.js';
import { passwordProblem, USERNAME_PATTERN, USERNAME_RULE } from './policy.js';
import { revokeOtherSessions, revokeSession, revokeUserSessions, type SessionPerson } from './sessions.js';
import { findUserById, setPasswordHash } from './user-store.js';
import { findUserByUsername, insertUser } from './users.repo.js';

/** Who does it, as the audit log names them ("cli" for the command line). */
export interface AuditActor {
  actorId: number | null;
  actorName: string;
  ip: string | null;
}

/**
 * Checks the signed-in person's own password again before a sensitive change (new
 * password or e-mail, two-factor on or off, new recovery codes). A wrong one counts
 * towards the lockout exactly like a wrong password at sign-in, and the one that locks
 * the account also ends the session in use: a stolen session gets MAX_FAILURES guesses
 * in all, not MAX_FAILURES every LOCK_MINUTES.
 */
export async function confirmPassword(db: Kysely<Database>, who: SessionPerson, password: string, field: string, now = new Date()): Promise<void> {
  const actor = { actorId: who.id, actorName: who.username, ip: who.ip };
  // A wrong password is counted, audited and (when it locks the account) ends the session in one transaction.
  const outcome = await checkLogin(db, who.username, password, now, 'confirm', async (trx, refused) => {
    if (refused.kind !== 'wrong') return;
    await recordAudit(trx, { action: 'login_failed', ...actor, details: { reason: 'confirm_password' } }, now);
    if (!refused.lockedNow) return;
    await revokeSession(trx, who.sessionToken, now);
    await recordAudit(trx, { action: 'account_locked', ...actor, details: { reason: 'confirm_password', sessionRevoked: true } }, now);
  });
  if (outcome.kind === 'ok') return;
  if (outcome.kind === 'locked') {
    throw new AccountError('locked', `Tài khoản bị tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${LOCK_MINUTES} phút.`, field, outcome.until);
  }
  if (!outcome.lockedNow) throw new AccountError('invalid', 'Mật khẩu hiện tại không đúng.', field);
  throw new AccountError(
    'locked',
    `Mật khẩu hiện tại không đúng. Bạn đã nhập sai quá nhiều lần: tài khoản bị tạm khóa ${LOCK_MINUTES} phút và phiên đăng nhập này đã kết thúc.`,
    field,
    outcome.lockedUntil ?? undefined,
  );
}

function checkNewPassword(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem !== undefined) throw new AccountError('invalid', problem, field);
}

export async function changeOwnPassword(
  db: Kysely<Database>,
  who: SessionPerson,
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<void> {
  checkNewPassword(input.newPassword, who.username, 'newPassword');
  if (input.newPassword === input.currentPassword) throw new AccountError('invalid', 'Mật khẩu mới phải khác mật khẩu hiện tại.', 'newPassword');
  await confirmPassword(db, who, input.currentPassword, 'currentPassword', now);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (trx) => {
    await setPasswordHash(trx, who.id, passwordHash, { mustChange: false, now });
    await revokeOtherSessions(trx, who.id, who.sessionToken, now);
    await recordAudit(trx, { action: 'password_changed', actorId: who.id, actorName: who.username, objectType: 'user', objectId: who.id, ip: who.ip }, now);
  });
}

/** A new random password for someone else; every session of theirs ends. Returns it, to be shown once. */
export async function resetPassword(db: Kysely<Database>, target: UserRow, actor: AuditActor, chosen?: string, now = new Date()): Promise<string> {
  const password = chosen ?? randomPassword();
  if (chosen !== undefined) checkNewPassword(chosen, target.username, 'password');
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    await setPasswordHash(trx, target.id, passwordHash, { mustChange: true, now });
    await revokeUserSessions(trx, target.id, now);
    await recordAudit(trx, { action: 'password_reset', ...actor, objectType: 'user', objectId: target.id, details: { username: target.username } }, now);
  });
  return password;
}

export async function resetPasswordById(db: Kysely<Database>, userId: number, actor: AuditActor): Promise<string> {
  const target = await findUserById(db, userId);
  if (target === undefined) throw new AccountError('not_found', `Không có tài khoản mang mã ${userId}.`);
  return resetPassword(db, target, actor);
}

export interface NewAccount {
  username: string;
  displayName: string;
  isSystemAdmin: boolean;
  /** Chosen by the operator (then kept); otherwise a temporary one is made and must be changed. */
  password?: string | undefined;
}

export async function createAccount(db: Kysely<Database>, input: NewAccount, actor: AuditActor, now = new Date()): Promise<{ user: UserRow; password: string }> {
  const username = input.username.trim();
  if (!USERNAME_PATTERN.test(username)) throw new AccountError('invalid', USERNAME_RULE, 'username');
  if ((await findUserByUsername(db, username)) !== undefined) {
    throw new AccountError('conflict', `Tên đăng nhập "${username}" đã có người dùng.`, 'username');
  }
  if (input.password !== undefined) checkNewPassword(input.password, username, 'password');
  const password = input.password ?? randomPassword();
  const passwordHash = await hashPassword(password);
  const mustChange = input.password === undefined;
  const inserted = await inTransaction(db, async (trx) => {
    const row = await insertUser(trx, {
      username,
      displayName: input.displayName.trim() || username,
      passwordHash,
      isSystemAdmin: input.isSystemAdmin,
      now: now.toISOString(),
    });
    if (mustChange) await trx.updateTable('users').set({ must_change_password: 1 }).where('id', '=', row.id).execute();
    await recordAudit(
      trx,
      { action: 'user_created', ...actor, objectType: 'user', objectId: row.id, details: { username, isSystemAdmin: input.isSystemAdmin } },
      now,
    );
    return row;
  });
  return { user: { ...inserted, must_change_password: mustChange ? 1 : 0 }, password };
}
