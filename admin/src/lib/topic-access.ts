/** Who is offered the topics (chuyên đề) screens: the roles the server lets work with topics. */
import { roleOn, type Session } from './session.js';

export const TOPICS_NAV_LABEL = 'Chuyên đề';

/** Approvers and site admins of the site, and system admins (who act as site admins); the server checks again. */
export function mayWorkWithTopics(session: Session, site: string): boolean {
  const role = roleOn(session, site);
  return role === 'approver' || role === 'site_admin';
}
