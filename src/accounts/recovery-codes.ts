/**
 * One-time recovery codes for a lost authenticator: ten codes of 16 random characters
 * (80 bits, shown as xxxx-xxxx-xxxx-xxxx), stored only as SHA-256 (the codes are
 * random, not chosen by people, so a fast hash is enough), each usable once.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const RECOVERY_CODE_COUNT = 10;

/** Lower-case letters and digits without look-alikes (0/o, 1/l): 32 symbols, 5 bits each. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function normalize(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether the input has the shape of a recovery code (dashes and spaces ignored). */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z0-9]{16}$/.test(normalize(input));
}

export function hashRecoveryCode(code: string): string {
  return crypto.createHash('sha256').update(`govportal-recovery:${normalize(code)}`).digest('hex');
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(crypto.randomBytes(16), (b) => ALPHABET[b % 32]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** Replaces every code of the user by new ones (their hashes). */
export async function replaceRecoveryCodes(db: Kysely<Database>, userId: number, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(c), used_at: null })))
    .execute();
}

/** Marks the code used if it is one of the user's unused codes; false otherwise (also when used already). */
export async function consumeRecoveryCode(db: Kysely<Database>, userId: number, code: string, now = new Date()): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodes(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
