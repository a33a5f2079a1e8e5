/**
 * Công khai thông tin: what the law asks the site to disclose, checked against the site's
 * own content (the same list readers see at /cong-khai-thong-tin). What is missing, empty
 * or stale comes first, each with where it should be published; then what is done.
 */
import { api } from '../api/client.js';
import { href } from '../router.js';
import type { ComplianceItem } from '../api/types.js';
import { LoadState } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';

function ItemTable({ items, caption }: { items: ComplianceItem[]; caption: string }) {
  const m = t.compliance;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.item}</th>
            <th scope="col">{m.state}</th>
            <th scope="col">{m.where}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.title}
                <br />
                <small>
                  {m.basis}: {i.basis}
                  {i.staleAfterDays === null ? null : ` · ${m.staleAfter(i.staleAfterDays)}`}
                </small>
              </td>
              <td>
                <strong class={`tag tag--disclosure-${i.state}`}>{i.stateLabel}</strong>
                {i.count > 1 ? <small> {m.count(i.count)}</small> : null}
              </td>
              <td>{i.href === null ? '—' : <a href={i.href}>{i.href}</a>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComplianceScreen({ site }: { site: string }) {
  const loaded = useLoad(() => api.compliance(site), [site]);
  const m = t.compliance;
  return (
    <>
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <p>{m.intro}</p>
      <LoadState loaded={loaded}>
        {(report) => {
          const shortfalls = report.items.filter((i) => i.state !== 'published');
          const done = report.items.filter((i) => i.state === 'published');
          return (
            <>
              <p>
                <strong>{m.summary(report.published, report.items.length)}</strong> <a href={report.publicListUrl}>{m.publicList}</a>
              </p>
              {report.overdueAnswers === 0 ? (
                <p>{m.noOverdue}</p>
              ) : (
                <p>
                  <strong>{m.overdue(report.overdueAnswers)}</strong> <a href={href({ name: 'questions', site, query: new URLSearchParams({ overdue: 'true' }) })}>{m.questions}</a>
                </p>
              )}
              {shortfalls.length === 0 ? <p>{m.none}</p> : <ItemTable items={shortfalls} caption={m.shortfalls} />}
              {done.length === 0 ? null : <ItemTable items={done} caption={m.done} />}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
