/** Per-site roles: at most one role per person per site. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SiteRole } from '../editorial/roles.js';

export interface SiteRoleGrant {
  siteId: number;
  role: SiteRole;
}

export async function rolesOf(db: Kysely<Database>, userId: number): Promise<SiteRoleGrant[]> {
  const rows = await db.selectFrom('site_roles').select(['site_id', 'role']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ siteId: r.site_id, role: r.role }));
}

export async function grantRole(db: Kysely<Database>, userId: number, siteId: number, role: SiteRole, grantedBy: number | null, now = new Date()): Promise<void> {
  await db
    .insertInto('site_roles')
    .values({ user_id: userId, site_id: siteId, role, granted_by: grantedBy, granted_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'site_id']).doUpdateSet({ role, granted_by: grantedBy, granted_at: now.toISOString() }))
    .execute();
}

export async function revokeRole(db: Kysely<Database>, userId: number, siteId: number): Promise<void> {
  await db.deleteFrom('site_roles').where('user_id', '=', userId).where('site_id', '=', siteId).execute();
}

export async function staffOf(db: Kysely<Database>, siteId: number) {
  return db
    .selectFrom('site_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.username', 'u.display_name as displayName', 'r.role', 'r.granted_at as grantedAt'])
    .where('r.site_id', '=', siteId)
    .orderBy('u.username')
    .execute();
}
