/** The audit log's entries as a table; the system-wide log adds the site of each entry. */
import type { AuditEntry } from '../api/types.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { Link } from './link.js';

interface Props {
  entries: AuditEntry[];
  /** The site an entry's article lives on, to link to it; undefined leaves it as text. */
  siteOf: (entry: AuditEntry) => string | undefined;
  /** The name of each entry's site, for the system-wide log's "Cổng" column. */
  siteName?: (entry: AuditEntry) => string;
}

export function AuditTable({ entries, siteOf, siteName }: Props) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{t.audit.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.audit.colTime}</th>
            <th scope="col">{t.audit.colAction}</th>
            <th scope="col">{t.audit.colActor}</th>
            {siteName !== undefined && <th scope="col">{t.audit.colSite}</th>}
            <th scope="col">{t.audit.colTarget}</th>
            <th scope="col">{t.audit.colIp}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.actorName ?? ''}</td>
              {siteName !== undefined && <td>{siteName(e)}</td>}
              <td>
                <Target entry={e} site={siteOf(e)} />
              </td>
              <td>{e.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Target({ entry: e, site }: { entry: AuditEntry; site: string | undefined }) {
  if (e.objectType === 'article' && e.objectId !== null && site !== undefined) {
    return <Link href={href({ name: 'article', site, id: Number(e.objectId) })}>{`${e.objectType} ${e.objectId}`}</Link>;
  }
  return <>{e.objectType ? `${e.objectType} ${e.objectId ?? ''}` : ''}</>;
}
