/**
 * Nhật ký hệ thống, for system administrators: every site's entries together with those
 * that belong to no site (sign-ins, accounts), with the site filter added to a site's own.
 */
import { api } from '../api/client.js';
import { AuditLog } from '../components/audit-log.js';
import { PageHeading } from '../components/page-heading.js';
import { useSession } from '../lib/session.js';
import { t } from '../messages.js';
import { href } from '../router.js';

export function SystemAuditScreen({ query }: { query: URLSearchParams }) {
  const { sites } = useSession();
  const names = new Map(sites.map((s) => [s.slug, s.name]));
  return (
    <>
      <PageHeading title={t.systemAudit.title}>{t.systemAudit.title}</PageHeading>
      <p class="lead">{t.systemAudit.intro}</p>
      <AuditLog
        query={query}
        load={(q) => api.systemAudit(q)}
        hrefFor={(q) => href({ name: 'systemAudit', query: q })}
        sites={sites.map((s) => ({ value: s.slug, label: s.name }))}
        siteOf={(e) => e.siteSlug ?? undefined}
        siteName={(e) => (e.siteSlug ? (names.get(e.siteSlug) ?? e.siteSlug) : t.systemAudit.noSite)}
      />
    </>
  );
}
