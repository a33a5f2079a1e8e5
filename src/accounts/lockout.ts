/**
 * The per-account lockout. Wrong passwords and wrong second-factor codes count in
 * `users.failed_logins`; the MAX_FAILURES-th in a row locks the account for LOCK_MINUTES.
 *
 * Each change is a single UPDATE that reads and writes the row at once (the database
 * serialises them on the row), so wrong answers checked in parallel are each counted,
 * and a right answer that arrives while the account is being locked is refused.
 * The count is kept while the account is locked; once the lock has run out the next
 * failure starts a new series at 1 and the next success clears it. So `failed_logins`
 * reaches MAX_FAILURES exactly once in a series, with the failure that sets the lock.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Whether the account is locked at `now`. */
export function lockedAt<T extends Pick<UserRow, 'locked_until'>>(user: T, now: Date): user is T & { locked_until: string } {
  return user.locked_until !== null && user.locked_until > now.toISOString();
}

export interface CountedFailure {
  /** Failures in the current series, this one included. */
  failures: number;
  /** When the account opens again, if it is locked now. */
  lockedUntil: string | null;
  /** This failure locked the account. */
  lockedNow: boolean;
}

/** Counts one wrong answer, and locks the account when it is the MAX_FAILURES-th. */
export async function countFailure(db: Kysely<Database>, userId: number, now: Date): Promise<CountedFailure> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  // Every expression reads the row as it was before this statement.
  const next = sql<number>`case when locked_until <= ${at} then 1 else failed_logins + 1 end`;
  const row = await db
    .updateTable('users')
    .set({
      failed_logins: next,
      locked_until: sql<string | null>`case when locked_until > ${at} then locked_until when ${next} >= ${MAX_FAILURES} then ${until} else null end`,
    })
    .where('id', '=', userId)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
  const lockedUntil = row.locked_until !== null && row.locked_until > at ? row.locked_until : null;
  return { failures: row.failed_logins, lockedUntil, lockedNow: row.failed_logins === MAX_FAILURES };
}

/**
 * After a right answer: lifts a lock that has run out and resets the count, unless
 * `keepCount` (a TOTP account's password step: the count goes on through the code
 * step, so signing in again does not buy new guesses; an expired lock still starts
 * a new series). False, and nothing changed, when the account is locked at `now`.
 */
export async function clearFailures(db: Kysely<Database>, userId: number, now: Date, opts: { keepCount: boolean }): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('users')
    .set({
      failed_logins: opts.keepCount ? sql<number>`case when locked_until is null then failed_logins else 0 end` : 0,
      locked_until: null,
    })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
