/** Văn bản: the site's legal documents, filtered by state, type and number or words, and "Thêm văn bản". */
import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { DocumentList } from '../api/types.js';
import { FilterForm } from '../components/filter-form.js';
import { Button, SelectField, TextField } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { Pagination } from '../components/pagination.js';
import { StatusTag } from '../components/status-tag.js';
import { DOCUMENT_TYPE_SLUGS, DOCUMENT_TYPES } from '../../../src/contract/documents.js';
import { ARTICLE_STATUSES, STATUS_LABELS } from '../../../src/contract/domain.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

export function DocumentListScreen({ site, query }: { site: string; query: URLSearchParams }) {
  const status = query.get('trang-thai') ?? '';
  const type = query.get('loai') ?? '';
  const q = query.get('q') ?? '';
  const page = Number(query.get('trang') ?? '1') || 1;
  const [form, setForm] = useState({ status, type, q });
  const list = useLoad(
    () => api.documents(site, { ...(status ? { status } : {}), ...(type ? { type } : {}), ...(q ? { q } : {}), page }),
    [site, status, type, q, page],
  );
  const urlOf = (next: { status: string; type: string; q: string; page?: number }) => {
    const params: Record<string, string> = {};
    if (next.status) params['trang-thai'] = next.status;
    if (next.type) params['loai'] = next.type;
    if (next.q) params['q'] = next.q;
    if ((next.page ?? 1) > 1) params['trang'] = String(next.page);
    return href({ name: 'documents', site, query: params });
  };
  const go = (next: { status: string; type: string; q: string }) => navigate(urlOf(next));
  return (
    <>
      <PageHeading title={t.documents.title}>{t.documents.title}</PageHeading>
      <p>{t.documents.intro}</p>
      <p>
        <Link class="button button--primary" href={href({ name: 'document', site, id: 'new' })}>
          {t.documents.add}
        </Link>
      </p>
      <FilterForm label={t.documents.filters} onApply={() => go(form)}>
        <SelectField id="doc-filter-status" label={t.documents.filterStatus} value={form.status} onValue={(v) => setForm({ ...form, status: v })} placeholder={t.documents.all}
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
        <SelectField id="doc-filter-type" label={t.documents.filterType} value={form.type} onValue={(v) => setForm({ ...form, type: v })} placeholder={t.documents.all}
          options={DOCUMENT_TYPE_SLUGS.map((s) => ({ value: s, label: DOCUMENT_TYPES[s] }))} />
        <TextField id="doc-filter-q" type="search" label={t.documents.filterQuery} value={form.q} onValue={(v) => setForm({ ...form, q: v })} />
        <Button type="submit">{t.documents.apply}</Button>
      </FilterForm>
      {list.error !== undefined ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <Loading />
      ) : (
        <DocumentTable site={site} list={list.data} hrefFor={(n) => urlOf({ status, type, q, page: n })} />
      )}
    </>
  );
}

function DocumentTable({ site, list, hrefFor }: { site: string; list: DocumentList; hrefFor: (n: number) => string }) {
  if (list.items.length === 0) return <p>{t.documents.empty}</p>;
  return (
    <>
      <p role="status">{t.documents.count(list.total)}</p>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{t.documents.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.documents.colNumber}</th>
              <th scope="col">{t.documents.colSummary}</th>
              <th scope="col">{t.documents.colIssued}</th>
              <th scope="col">{t.documents.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link href={href({ name: 'document', site, id: d.id })}>{`${d.typeLabel} ${d.number}`}</Link>
                </th>
                <td>{d.summary}</td>
                <td>{d.issuedOn.split('-').reverse().join('/')}</td>
                <td>
                  <StatusTag status={d.status} label={d.statusLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={hrefFor} />
    </>
  );
}
