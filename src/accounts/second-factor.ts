/**
 * TOTP two-factor over an account's life: enrolment (a secret stored encrypted but
 * not active), confirmation with a first code (active; ten recovery codes handed out
 * once; the person's other sessions end), the code step of a sign-in, new recovery
 * codes, and switching it off. Starting an enrolment, new recovery codes and switching
 * off each ask for the password again, so a stolen session cannot bind its own
 * authenticator or remove the owner's.
 *
 * Wrong codes count in `users.failed_logins` together with wrong passwords (lockout.ts),
 * and the count is not reset by the password step of a TOTP account: after MAX_FAILURES
 * the pending session is revoked and the account locked for LOCK_MINUTES, so signing in
 * again does not buy new guesses.
 *
 * Each change commits together with its audit entry, or neither does.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { AccountError } from './errors.js';
import { clearFailures, countFailure as countLoginFailure, lockedAt, MAX_FAILURES } from './lockout.js';
import { confirmPassword } from './password-service.js';
import { consumeRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, replaceRecoveryCodes, unusedRecoveryCodes } from './recovery-codes.js';
import { SecretBoxError, type SecretBox } from './secret-box.js';
import { markSecondFactorDone, revokeOtherSessions, revokeSession, type SessionPerson } from './sessions.js';
import { looksLikeTotpCode, matchTotpStep, newTotpSecret, otpauthUrl, qrSvg } from './totp.js';
import { findUserById } from './user-store.js';

export interface SecondFactorContext {
  db: Kysely<Database>;
  box: SecretBox;
}

export type SecondFactorOutcome =
  | { kind: 'ok'; method: 'totp' | 'recovery'; recoveryLeft: number }
  /** `reused`: the code was right but its time step has already been used once. */
  | { kind: 'wrong'; attemptsLeft: number; sessionRevoked: boolean; reused: boolean }
  | { kind: 'locked'; until: string };

async function loadUser(db: Kysely<Database>, id: number) {
  const user = await findUserById(db, id);
  if (user === undefined) throw new AccountError('not_found', 'Không tìm thấy tài khoản.');
  return user;
}

function openSecret(box: SecretBox, sealed: string): string {
  try {
    return box.open(sealed);
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    throw new AccountError('unavailable', 'Máy chủ không đọc được khóa xác thực hai lớp của tài khoản (khóa mã hóa đã thay đổi). Hãy dùng một mã khôi phục, hoặc nhờ quản trị hệ thống hỗ trợ.');
  }
}

/** A new secret, not active until confirmed; needs the password (field `password`). */
export async function startEnrolment(ctx: SecondFactorContext, person: SessionPerson, password: string, issuer: string, now = new Date()) {
  const user = await loadUser(ctx.db, person.id);
  if (user.totp_enabled_at !== null) {
    throw new AccountError('conflict', 'Xác thực hai lớp đã được bật cho tài khoản này. Hãy tắt trước khi đăng ký thiết bị khác.');
  }
  await confirmPassword(ctx.db, person, password, 'password', now);
  const secret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret: ctx.box.seal(secret), updated_at: now.toISOString() }).where('id', '=', user.id).execute();
  const url = otpauthUrl(secret, issuer, user.username);
  return { secret, otpauthUrl: url, qrSvg: qrSvg(url) };
}

/** Activates TOTP with a first correct code; returns the recovery codes, to be shown once. */
export async function confirmEnrolment(ctx: SecondFactorContext, person: SessionPerson, code: string, now = new Date()): Promise<string[]> {
  const user = await loadUser(ctx.db, person.id);
  if (user.totp_enabled_at !== null) throw new AccountError('conflict', 'Xác thực hai lớp đã được bật cho tài khoản này.');
  if (user.totp_secret === null) throw new AccountError('conflict', 'Chưa đăng ký ứng dụng xác thực. Hãy bắt đầu đăng ký trước.');
  const step = matchTotpStep(openSecret(ctx.box, user.totp_secret), code, now);
  if (step === null) {
    throw new AccountError('invalid', 'Mã xác thực không đúng. Hãy nhập mã 6 chữ số đang hiện trên ứng dụng.', 'code');
  }
  const codes = newRecoveryCodes();
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled_at: now.toISOString(), totp_last_step: step, updated_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await replaceRecoveryCodes(trx, user.id, codes);
    await revokeOtherSessions(trx, user.id, person.sessionToken, now);
    await recordAudit(trx, { action: 'totp_enabled', actorId: user.id, actorName: user.username, objectType: 'user', objectId: user.id, ip: person.ip }, now);
  });
  return codes;
}

/**
 * Records `step` as used, unless it (or a later one) already was: one conditional
 * UPDATE, so two requests racing with the same code cannot both win.
 */
async function claimTotpStep(db: Kysely<Database>, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function countFailure(ctx: SecondFactorContext, person: SessionPerson, now: Date, reused = false): Promise<SecondFactorOutcome> {
  return inTransaction(ctx.db, async (trx): Promise<SecondFactorOutcome> => {
    const counted = await countLoginFailure(trx, person.id, now);
    const who = { actorId: person.id, actorName: person.username, ip: person.ip };
    await recordAudit(trx, { action: 'login_failed', ...who, details: { reason: 'second_factor', failures: counted.failures } }, now);
    if (counted.lockedUntil === null) return { kind: 'wrong', attemptsLeft: MAX_FAILURES - counted.failures, sessionRevoked: false, reused };
    await revokeSession(trx, person.sessionToken, now);
    if (counted.lockedNow) await recordAudit(trx, { action: 'account_locked', ...who, details: { reason: 'second_factor', sessionRevoked: true } }, now);
    return { kind: 'wrong', attemptsLeft: 0, sessionRevoked: true, reused };
  });
}

/**
 * Accepts a TOTP code (claiming its step) or an unused recovery code (using it up).
 * `reused`: a right TOTP code whose step was used already; undefined: not a right code.
 */
async function acceptCode(ctx: SecondFactorContext, userId: number, sealed: string, code: string, now: Date): Promise<'totp' | 'recovery' | 'reused' | undefined> {
  if (looksLikeTotpCode(code)) {
    const step = matchTotpStep(openSecret(ctx.box, sealed), code, now);
    if (step === null) return undefined;
    return (await claimTotpStep(ctx.db, userId, step)) ? 'totp' : 'reused';
  }
  if (looksLikeRecoveryCode(code) && (await consumeRecoveryCode(ctx.db, userId, code, now))) return 'recovery';
  return undefined;
}

/** The code step of a sign-in: a TOTP code (±1 step, each step once) or an unused recovery code (then used up). */
export async function completeSignIn(ctx: SecondFactorContext, person: SessionPerson, code: string, now = new Date()): Promise<SecondFactorOutcome> {
  const user = await loadUser(ctx.db, person.id);
  if (user.totp_enabled_at === null || user.totp_secret === null) {
    await revokeSession(ctx.db, person.sessionToken, now);
    throw new AccountError('conflict', 'Tài khoản không còn bật xác thực hai lớp. Hãy đăng nhập lại.');
  }
  if (lockedAt(user, now)) {
    // Refused either way; a code that is not the current one still counts, so wrong
    // codes sent all at once are each counted whether read before or after the lock.
    const current = looksLikeTotpCode(code) && matchTotpStep(openSecret(ctx.box, user.totp_secret), code, now) !== null;
    if (!current) await countLoginFailure(ctx.db, user.id, now);
    await revokeSession(ctx.db, person.sessionToken, now);
    return { kind: 'locked', until: user.locked_until };
  }
  const sealed = user.totp_secret;
  // The code is claimed (or the recovery code used up) in the transaction that signs in
  // or counts the failure, and audits it: none of them is written without the others.
  return inTransaction(ctx.db, async (trx): Promise<SecondFactorOutcome> => {
    const inTrx = { db: trx, box: ctx.box };
    const accepted = await acceptCode(inTrx, user.id, sealed, code, now);
    if (accepted === 'reused') return countFailure(inTrx, person, now, true);
    if (accepted === undefined) return countFailure(inTrx, person, now);
    if (!(await clearFailures(trx, user.id, now, { keepCount: false }))) {
      // Wrong codes checked meanwhile have locked the account: this one comes too late.
      await revokeSession(trx, person.sessionToken, now);
      return { kind: 'locked', until: (await loadUser(trx, user.id)).locked_until ?? now.toISOString() };
    }
    await markSecondFactorDone(trx, person.sessionToken, now);
    const recoveryLeft = await unusedRecoveryCodes(trx, user.id);
    await recordAudit(
      trx,
      { action: 'login', actorId: user.id, actorName: user.username, ip: person.ip, details: accepted === 'totp' ? { method: accepted } : { method: accepted, recoveryLeft } },
      now,
    );
    return { kind: 'ok', method: accepted, recoveryLeft };
  });
}

/** Ten new recovery codes in place of the old ones, after checking the password; shown once. */
export async function regenerateRecoveryCodes(ctx: SecondFactorContext, person: SessionPerson, password: string, now = new Date()): Promise<string[]> {
  const user = await loadUser(ctx.db, person.id);
  if (user.totp_enabled_at === null) throw new AccountError('conflict', 'Tài khoản chưa bật xác thực hai lớp nên không có mã khôi phục.');
  await confirmPassword(ctx.db, person, password, 'password', now);
  const codes = newRecoveryCodes();
  await inTransaction(ctx.db, async (trx) => {
    await replaceRecoveryCodes(trx, user.id, codes);
    await recordAudit(trx, { action: 'recovery_codes_regenerated', actorId: user.id, actorName: user.username, objectType: 'user', objectId: user.id, ip: person.ip }, now);
  });
  return codes;
}

/** Switches TOTP off after checking the password; the recovery codes go too. */
export async function disableTotp(ctx: SecondFactorContext, person: SessionPerson, password: string, now = new Date()): Promise<void> {
  const user = await loadUser(ctx.db, person.id);
  if (user.totp_enabled_at === null && user.totp_secret === null) throw new AccountError('conflict', 'Tài khoản chưa bật xác thực hai lớp.');
  await confirmPassword(ctx.db, person, password, 'password', now);
  await inTransaction(ctx.db, async (trx) => {
    await trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: now.toISOString() }).where('id', '=', user.id).execute();
    await replaceRecoveryCodes(trx, user.id, []);
    await recordAudit(trx, { action: 'totp_disabled', actorId: user.id, actorName: user.username, objectType: 'user', objectId: user.id, ip: person.ip }, now);
  });
}
