/** Who the admin offers syndication to: the roles that may act on the server (src/syndication/syndication-rules.ts). */
import { roleOn, type Session } from './session.js';

export function maySyndicate(session: Session, siteSlug: string): boolean {
  const role = roleOn(session, siteSlug);
  return role === 'approver' || role === 'site_admin';
}
