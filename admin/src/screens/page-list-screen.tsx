/** Trang tĩnh: the site's static pages (title, address, state, last change) and "Thêm trang". */
import { api } from '../api/client.js';
import type { PageSummary } from '../api/types.js';
import { LoadError, Loading } from '../components/load-state.js';
import { Link } from '../components/link.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusTag } from '../components/status-tag.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';

export function PageListScreen({ site }: { site: string }) {
  const pages = useLoad(() => api.pages(site), [site]);
  return (
    <>
      <PageHeading title={t.pages.title}>{t.pages.title}</PageHeading>
      <p>{t.pages.intro}</p>
      {/* Every role may create a draft page (the permission table's `create`). */}
      <p>
        <Link class="button button--primary" href={href({ name: 'page', site, id: 'new' })}>
          {t.pages.add}
        </Link>
      </p>
      {pages.error !== undefined ? <LoadError message={pages.error} onRetry={pages.reload} /> : pages.data === undefined ? <Loading /> : <PageTable site={site} pages={pages.data} />}
    </>
  );
}

function PageTable({ site, pages }: { site: string; pages: PageSummary[] }) {
  if (pages.length === 0) return <p>{t.pages.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{t.pages.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.pages.colTitle}</th>
            <th scope="col">{t.pages.colPath}</th>
            <th scope="col">{t.pages.colStatus}</th>
            <th scope="col">{t.pages.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link href={href({ name: 'page', site, id: p.id })}>{p.title}</Link>
              </th>
              <td>
                <code>{p.path}</code>
              </td>
              <td>
                <StatusTag status={p.status} label={p.statusLabel} />
              </td>
              <td>{formatDateTime(p.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
