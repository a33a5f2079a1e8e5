/**
 * Checking a password with lockout: after MAX_FAILURES wrong passwords in a row
 * the account is locked for LOCK_MINUTES. Unknown usernames cost the same hashing
 * time as known ones, so timing does not reveal which accounts exist.
 */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { findUserByUsername } from './users.repo.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type LoginOutcome =
  | { kind: 'ok'; user: UserRow }
  | { kind: 'wrong'; user: UserRow | undefined; lockedNow: boolean }
  | { kind: 'locked'; user: UserRow; until: string };

let dummyHash: Promise<string> | undefined;

export async function checkLogin(db: Kysely<Database>, username: string, password: string, now = new Date()): Promise<LoginOutcome> {
  const user = await findUserByUsername(db, username);
  if (user === undefined || user.status !== 'active') {
    dummyHash ??= hashPassword('không-có-tài-khoản-này');
    await verifyPassword(await dummyHash, password);
    return { kind: 'wrong', user: undefined, lockedNow: false };
  }
  if (user.locked_until !== null && user.locked_until > now.toISOString()) {
    return { kind: 'locked', user, until: user.locked_until };
  }
  if (await verifyPassword(user.password_hash, password)) {
    // With TOTP the count goes on through the code step and is reset only once the
    // code is right (second-factor.ts): signing in again does not buy new guesses.
    const reset = user.totp_enabled_at === null ? { failed_logins: 0, locked_until: null } : { locked_until: null };
    await db.updateTable('users').set(reset).where('id', '=', user.id).execute();
    return { kind: 'ok', user };
  }
  const failures = user.failed_logins + 1;
  const lockedNow = failures >= MAX_FAILURES;
  await db
    .updateTable('users')
    .set({
      failed_logins: lockedNow ? 0 : failures,
      locked_until: lockedNow ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : user.locked_until,
    })
    .where('id', '=', user.id)
    .execute();
  return { kind: 'wrong', user, lockedNow };
}
