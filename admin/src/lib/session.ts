/** Who is signed in, on which sites, and what their role there lets the interface offer. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AdminSite, SiteRole, User } from '../api/types.js';

export interface Session {
  user: User;
  sites: AdminSite[];
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside a signed-in screen');
  return session;
}

/** The user's role on a site; a system admin acts as site admin everywhere. */
export function roleOn(session: Session, siteSlug: string): SiteRole | undefined {
  if (session.user.isSystemAdmin) return 'site_admin';
  const grant = session.user.roles.find((r) => r.siteSlug === siteSlug);
  if (grant !== undefined) return grant.role;
  return session.sites.find((s) => s.slug === siteSlug)?.role ?? undefined;
}

export type SiteFeature = 'media' | 'categories' | 'staff' | 'settings' | 'audit' | 'royalty' | 'questions'
  /** The yearly statistics: view_statistics in src/editorial/workflow.ts. */
  | 'statistics';

const FEATURES: Record<SiteRole, readonly SiteFeature[]> = {
  contributor: ['media'],
  editor: ['media', 'questions'],
  approver: ['media', 'royalty', 'questions'],
  site_admin: ['media', 'royalty', 'categories', 'staff', 'settings', 'audit', 'questions', 'statistics'],
};

/** Whether to offer a screen; the server checks every request again. */
export function mayUse(session: Session, siteSlug: string, feature: SiteFeature): boolean {
  const role = roleOn(session, siteSlug);
  return role !== undefined && FEATURES[role].includes(feature);
}

/**
 * Whether to offer grading an article's royalty coefficient: the roles with `set_royalty`
 * in src/editorial/workflow.ts (approver, site admin; a system admin acts as site admin).
 */
export function mayGradeRoyalty(session: Session, siteSlug: string): boolean {
  const role = roleOn(session, siteSlug);
  return role === 'approver' || role === 'site_admin';
}
