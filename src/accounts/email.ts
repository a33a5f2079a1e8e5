/**
 * A person's own e-mail address. Changing it asks for the current password again (a
 * stolen session must not redirect the account's mail); the change is audited with the
 * old and the new address.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { EMAIL_MAX_LENGTH } from '../contract/auth.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { AccountError } from './errors.js';
import { confirmPassword } from './password-service.js';
import type { SessionPerson } from './sessions.js';
import { findUserById } from './user-store.js';

// The bound is part of the API's contract (the change-e-mail form states it).
export { EMAIL_MAX_LENGTH };

const emailSchema = z.string().max(EMAIL_MAX_LENGTH).email();

/** Why the address is refused, in Vietnamese; undefined when it is acceptable. */
export function emailProblem(email: string): string | undefined {
  if (email === '') return 'Hãy nhập địa chỉ thư điện tử.';
  if (email.length > EMAIL_MAX_LENGTH) return `Địa chỉ thư điện tử không được dài quá ${EMAIL_MAX_LENGTH} ký tự.`;
  if (!emailSchema.safeParse(email).success) return 'Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@quangtri.gov.vn).';
  return undefined;
}

/** Sets the signed-in person's e-mail (field `email`) after checking their password (field `currentPassword`). */
export async function changeOwnEmail(
  db: Kysely<Database>,
  who: SessionPerson,
  input: { currentPassword: string; email: string },
  now = new Date(),
): Promise<string> {
  const email = input.email.trim();
  const problem = emailProblem(email);
  if (problem !== undefined) throw new AccountError('invalid', problem, 'email');
  const user = await findUserById(db, who.id);
  if (user === undefined) throw new AccountError('not_found', 'Không tìm thấy tài khoản.');
  if (user.email === email) throw new AccountError('invalid', 'Đây đã là địa chỉ thư điện tử của bạn.', 'email');
  await confirmPassword(db, who, input.currentPassword, 'currentPassword', now);
  await inTransaction(db, async (trx) => {
    await trx.updateTable('users').set({ email, updated_at: now.toISOString() }).where('id', '=', who.id).execute();
    await recordAudit(
      trx,
      { action: 'email_changed', actorId: who.id, actorName: who.username, objectType: 'user', objectId: who.id, ip: who.ip, details: { from: user.email, to: email } },
      now,
    );
  });
  return email;
}
