/**
 * Checking a password with lockout (lockout.ts): after MAX_FAILURES wrong answers in a
 * row the account is locked for LOCK_MINUTES, also when they arrive all at once.
 * Unknown usernames cost the same hashing time as known ones, so timing does not
 * reveal which accounts exist. A refusal is counted and audited (the caller's `audit`)
 * in one transaction, so no failure is counted without its entry, nor the reverse.
 */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { clearFailures, countFailure, lockedAt } from './lockout.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { findUserById } from './user-store.js';
import { findUserByUsername } from './users.repo.js';

export { LOCK_MINUTES, MAX_FAILURES } from './lockout.js';

export type LoginOutcome =
  | { kind: 'ok'; user: UserRow }
  | { kind: 'wrong'; user: UserRow | undefined; lockedNow: boolean; lockedUntil: string | null }
  | { kind: 'locked'; user: UserRow; until: string };

/**
 * `sign_in`: the password step of a sign-in. `confirm`: a signed-in person confirms a
 * sensitive change; their session proved every factor, so a right password clears the
 * count even on a TOTP account.
 */
export type LoginPurpose = 'sign_in' | 'confirm';

export type LoginRefusal = Exclude<LoginOutcome, { kind: 'ok' }>;

/** Writes the audit entries of a refusal, inside the transaction that counts it. */
export type RefusalAudit = (trx: Kysely<Database>, outcome: LoginRefusal) => Promise<void>;

/** Counts (in `decide`) and audits a refusal together. */
function refuse(db: Kysely<Database>, audit: RefusalAudit | undefined, decide: (trx: Kysely<Database>) => Promise<LoginRefusal>): Promise<LoginRefusal> {
  return inTransaction(db, async (trx) => {
    const outcome = await decide(trx);
    if (audit !== undefined) await audit(trx, outcome);
    return outcome;
  });
}

let dummyHash: Promise<string> | undefined;

export async function checkLogin(
  db: Kysely<Database>,
  username: string,
  password: string,
  now = new Date(),
  purpose: LoginPurpose = 'sign_in',
  audit?: RefusalAudit,
): Promise<LoginOutcome> {
  const user = await findUserByUsername(db, username);
  if (user === undefined || user.status !== 'active') {
    dummyHash ??= hashPassword('không-có-tài-khoản-này');
    await verifyPassword(await dummyHash, password);
    return refuse(db, audit, () => Promise.resolve({ kind: 'wrong', user: undefined, lockedNow: false, lockedUntil: null }));
  }
  const right = await verifyPassword(user.password_hash, password);
  if (lockedAt(user, now)) {
    // Refused either way; a wrong one still counts, so wrong answers sent all at once
    // are each counted whether they were read before or after the lock (and a locked
    // account answers in the same time as an open one).
    return refuse(db, audit, async (trx) => {
      if (!right) await countFailure(trx, user.id, now);
      return { kind: 'locked', user, until: user.locked_until };
    });
  }
  if (right) {
    // With TOTP the count goes on through the code step and is reset only once the
    // code is right (second-factor.ts): signing in again does not buy new guesses.
    const keepCount = purpose === 'sign_in' && user.totp_enabled_at !== null;
    if (await clearFailures(db, user.id, now, { keepCount })) return { kind: 'ok', user };
    // Wrong answers checked meanwhile have locked the account: this one comes too late.
    return refuse(db, audit, async (trx) => {
      const locked = (await findUserById(trx, user.id)) ?? user;
      return { kind: 'locked', user: locked, until: locked.locked_until ?? now.toISOString() };
    });
  }
  return refuse(db, audit, async (trx) => {
    const counted = await countFailure(trx, user.id, now);
    return { kind: 'wrong', user, lockedNow: counted.lockedNow, lockedUntil: counted.lockedUntil };
  });
}
