/**
 * Granting and revoking a person's role on one site, audited with the old and the new
 * role. Only site roles exist here: system administration is never granted this way.
 * Roles are read on every request, so a change takes effect at the person's next request.
 * Each change and its audit entry commit together, or neither does.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { SiteRole } from '../editorial/roles.js';
import type { AuditActor } from './password-service.js';
import { AccountError } from './errors.js';
import { grantRole, revokeRole } from './roles.repo.js';
import { findUserById } from './user-store.js';

export interface StaffChange {
  userId: number;
  username: string;
  oldRole: SiteRole | null;
  newRole: SiteRole | null;
}

async function currentRole(db: Kysely<Database>, userId: number, siteId: number): Promise<SiteRole | null> {
  const row = await db.selectFrom('site_roles').select('role').where('user_id', '=', userId).where('site_id', '=', siteId).executeTakeFirst();
  return row?.role ?? null;
}

/** Grants `role` (or changes the role held); a no-op, unaudited, when it is already held. */
export async function setSiteRole(
  db: Kysely<Database>,
  site: { id: number; slug: string },
  userId: number,
  role: SiteRole,
  actor: AuditActor,
  now = new Date(),
): Promise<StaffChange> {
  const user = await findUserById(db, userId);
  if (user === undefined || user.status !== 'active') throw new AccountError('not_found', `Không có tài khoản đang hoạt động mang mã ${userId}.`);
  const oldRole = await currentRole(db, userId, site.id);
  if (oldRole !== role) {
    await inTransaction(db, async (trx) => {
      await grantRole(trx, userId, site.id, role, actor.actorId, now);
      await recordAudit(
        trx,
        { action: 'role_granted', ...actor, siteId: site.id, objectType: 'user', objectId: userId, details: { username: user.username, site: site.slug, oldRole, newRole: role } },
        now,
      );
    });
  }
  return { userId, username: user.username, oldRole, newRole: role };
}

export async function removeSiteRole(db: Kysely<Database>, site: { id: number; slug: string }, userId: number, actor: AuditActor, now = new Date()): Promise<StaffChange> {
  const oldRole = await currentRole(db, userId, site.id);
  if (oldRole === null) throw new AccountError('not_found', 'Người này không có vai trò nào trên cổng thông tin này.');
  const user = await findUserById(db, userId);
  const username = user?.username ?? String(userId);
  await inTransaction(db, async (trx) => {
    await revokeRole(trx, userId, site.id);
    await recordAudit(
      trx,
      { action: 'role_revoked', ...actor, siteId: site.id, objectType: 'user', objectId: userId, details: { username, site: site.slug, oldRole, newRole: null } },
      now,
    );
  });
  return { userId, username, oldRole, newRole: null };
}
