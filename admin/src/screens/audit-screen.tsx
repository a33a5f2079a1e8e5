/** Nhật ký: the site's audit log, filtered by action, actor and dates, a page at a time. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import { Button, TextField } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { Pagination } from '../components/pagination.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const KEYS = ['action', 'actor', 'from', 'to'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

export function AuditScreen({ site, query }: { site: string; query: URLSearchParams }) {
  const applied = Object.fromEntries(KEYS.map((k) => [k, query.get(k) ?? ''])) as Filters;
  const page = Math.max(1, Number(query.get('trang') ?? '1') || 1);
  const key = query.toString();
  const [form, setForm] = useState<Filters>(applied);
  useEffect(() => setForm(applied), [key]);
  const list = useLoad(() => api.audit(site, { ...applied, page }), [site, key]);
  const set = (k: keyof Filters) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const urlFor = (f: Filters, p: number) => {
    const q: Record<string, string> = {};
    for (const k of KEYS) if (f[k] !== '') q[k] = f[k];
    if (p > 1) q['trang'] = String(p);
    return href({ name: 'audit', site, query: q });
  };

  return (
    <>
      <PageHeading title={t.audit.title}>{t.audit.title}</PageHeading>
      <form
        class="filters"
        role="search"
        aria-label={t.list.filters}
        onSubmit={(e) => {
          e.preventDefault();
          navigate(urlFor(form, 1));
        }}
      >
        <div class="filters__row">
          <TextField label={t.audit.action} hint={t.audit.actionHint} value={form.action} onValue={set('action')} width="short" />
          <TextField label={t.audit.actor} hint={t.audit.actorHint} value={form.actor} onValue={set('actor')} width="short" />
          <TextField label={t.audit.from} type="date" value={form.from} onValue={set('from')} width="short" />
          <TextField label={t.audit.to} type="date" value={form.to} onValue={set('to')} width="short" />
        </div>
        <Button type="submit">{t.filter}</Button>
      </form>
      {list.error !== undefined ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t.audit.empty}</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table">
              <caption class="table__caption">{t.audit.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.audit.colTime}</th>
                  <th scope="col">{t.audit.colAction}</th>
                  <th scope="col">{t.audit.colActor}</th>
                  <th scope="col">{t.audit.colTarget}</th>
                  <th scope="col">{t.audit.colIp}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at)}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>{e.actorName ?? ''}</td>
                    <td>
                      {e.objectType === 'article' && e.objectId !== null ? (
                        <Link href={href({ name: 'article', site, id: Number(e.objectId) })}>{`${e.objectType} ${e.objectId}`}</Link>
                      ) : e.objectType ? (
                        `${e.objectType} ${e.objectId ?? ''}`
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{e.ip ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} hrefFor={(p) => urlFor(applied, p)} />
        </>
      )}
    </>
  );
}
