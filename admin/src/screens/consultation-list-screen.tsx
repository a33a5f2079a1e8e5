/** Lấy ý kiến dự thảo: the site's drafts for comment (title, period, state, comments waiting) and "Thêm dự thảo". */
import { api } from '../api/client.js';
import type { ConsultationSummary } from '../api/types.js';
import { LoadError, Loading } from '../components/load-state.js';
import { Link } from '../components/link.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusTag } from '../components/status-tag.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';

const m = t.consultations;

/** "2026-12-20" as "20/12/2026". */
export function dayLabel(day: string): string {
  const [y, mo, d] = day.split('-');
  return `${d}/${mo}/${y}`;
}

export function ConsultationListScreen({ site }: { site: string }) {
  const list = useLoad(() => api.consultations(site), [site]);
  return (
    <>
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <p>{m.intro}</p>
      <p>
        <Link class="button button--primary" href={href({ name: 'consultation', site, id: 'new' })}>
          {m.add}
        </Link>
      </p>
      {list.error !== undefined ? <LoadError message={list.error} onRetry={list.reload} /> : list.data === undefined ? <Loading /> : <Table site={site} items={list.data} />}
    </>
  );
}

function Table({ site, items }: { site: string; items: ConsultationSummary[] }) {
  if (items.length === 0) return <p>{m.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colTitle}</th>
            <th scope="col">{m.colPeriod}</th>
            <th scope="col">{m.colStatus}</th>
            <th scope="col">{m.colPending}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={href({ name: 'consultation', site, id: c.id })}>{c.title}</Link>
              </th>
              <td>
                {m.period(dayLabel(c.opensOn), dayLabel(c.closesOn))}
                <br />
                <span class="hint">{m.phases[c.phase]}</span>
              </td>
              <td>
                <StatusTag status={c.status} label={c.statusLabel} />
              </td>
              <td>{c.pendingComments > 0 ? <Link href={href({ name: 'consultationComments', site, id: c.id })}>{c.pendingComments}</Link> : '0'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
