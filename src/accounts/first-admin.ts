/**
 * The first system administrator of a clean installation: the account `admin`, made
 * only while there is no account at all, with ADMIN_PASSWORD or a random password the
 * caller shows once. Audited (actor "cli": `govportal serve` made it) in the
 * transaction that makes it.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { hashPassword, randomPassword } from './passwords.js';
import { insertUser } from './users.repo.js';

export const FIRST_ADMIN_USERNAME = 'admin';

export interface FirstAdminResult {
  created: boolean;
  /** Set when the account was made without ADMIN_PASSWORD: shown to the operator once. */
  generatedPassword?: string;
}

async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function ensureFirstAdmin(db: Kysely<Database>, adminPassword: string | undefined, now = new Date()): Promise<FirstAdminResult> {
  if (await hasAnyUser(db)) return { created: false };
  const password = adminPassword ?? randomPassword();
  // Hashing is slow on purpose: done before the transaction, which then only writes.
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    if (await hasAnyUser(trx)) return { created: false }; // another process was first
    const user = await insertUser(trx, { username: FIRST_ADMIN_USERNAME, displayName: 'Quản trị hệ thống', passwordHash, isSystemAdmin: true, now: now.toISOString() });
    await recordAudit(
      trx,
      { action: 'user_created', actorName: 'cli', objectType: 'user', objectId: user.id, details: { username: user.username, isSystemAdmin: true, firstAdmin: true } },
      now,
    );
    return adminPassword === undefined ? { created: true, generatedPassword: password } : { created: true };
  });
}
