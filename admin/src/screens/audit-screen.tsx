/** Nhật ký: the site's audit log, filtered by action, actor and dates, a page at a time. */
import { api } from '../api/client.js';
import { AuditLog } from '../components/audit-log.js';
import { PageHeading } from '../components/page-heading.js';
import { t } from '../messages.js';
import { href } from '../router.js';

export function AuditScreen({ site, query }: { site: string; query: URLSearchParams }) {
  return (
    <>
      <PageHeading title={t.audit.title}>{t.audit.title}</PageHeading>
      <AuditLog
        query={query}
        scope={site}
        load={({ site: _all, ...q }) => api.audit(site, q)}
        hrefFor={(q) => href({ name: 'audit', site, query: q })}
        siteOf={() => site}
      />
    </>
  );
}
