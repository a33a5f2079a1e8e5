/**
 * Roles are granted per site; the system admin stands above every site.
 * Listed from least to most trusted.
 */
export const SITE_ROLES = ['contributor', 'editor', 'approver', 'site_admin'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const ROLE_LABELS: Record<SiteRole, string> = {
  contributor: 'Phóng viên, cộng tác viên',
  editor: 'Biên tập viên',
  approver: 'Trưởng ban biên tập',
  site_admin: 'Quản trị cổng',
};

export function isSiteRole(value: string): value is SiteRole {
  return (SITE_ROLES as readonly string[]).includes(value);
}
