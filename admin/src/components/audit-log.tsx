/**
 * An audit log screen's body, shared by a site's log and the system-wide one: filters
 * by action, actor and dates (and, system-wide, by site) kept in the address, so a
 * filtered view can be bookmarked and the back button undoes a filter; then the entries
 * a page at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AuditQuery } from '../api/client.js';
import type { AuditEntry, AuditPage } from '../api/types.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { navigate } from '../router.js';
import { AuditTable } from './audit-table.js';
import { Button, SelectField, TextField, type Option } from './form.js';
import { FilterForm } from './filter-form.js';
import { LoadState } from './load-state.js';
import { Pagination } from './pagination.js';

const KEYS = ['action', 'actor', 'from', 'to', 'site'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

interface Props {
  query: URLSearchParams;
  /** Loads a page; `site` is set only when `sites` offers choosing one. */
  load: (q: AuditQuery & { site?: string }) => Promise<AuditPage>;
  /** The address of this screen with these search parameters. */
  hrefFor: (query: Record<string, string>) => string;
  /** Sites to filter by (the system-wide log); absent on a site's own log. */
  sites?: Option[];
  siteOf: (entry: AuditEntry) => string | undefined;
  siteName?: (entry: AuditEntry) => string;
  /** Reload when this changes (the site of a site's log). */
  scope?: string;
}

export function AuditLog({ query, load, hrefFor, sites, siteOf, siteName, scope }: Props) {
  const applied = Object.fromEntries(KEYS.map((k) => [k, query.get(k) ?? ''])) as Filters;
  if (sites === undefined) applied.site = '';
  const page = Math.max(1, Number(query.get('trang') ?? '1') || 1);
  const key = query.toString();
  const [form, setForm] = useState<Filters>(applied);
  useEffect(() => setForm(applied), [key]);
  const list = useLoad(() => load({ ...applied, page }), [scope, key]);
  const set = (k: keyof Filters) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const urlFor = (f: Filters, p: number) => {
    const q: Record<string, string> = {};
    for (const k of KEYS) if (f[k] !== '') q[k] = f[k];
    if (p > 1) q['trang'] = String(p);
    return hrefFor(q);
  };

  return (
    <>
      <FilterForm label={t.list.filters} onApply={() => navigate(urlFor(form, 1))}>
        <div class="filters__row">
          {sites !== undefined && <SelectField label={t.audit.site} value={form.site} onValue={set('site')} options={sites} placeholder={t.audit.anySite} />}
          <TextField label={t.audit.action} hint={t.audit.actionHint} value={form.action} onValue={set('action')} width="short" />
          <TextField label={t.audit.actor} hint={t.audit.actorHint} value={form.actor} onValue={set('actor')} width="short" />
          <TextField label={t.audit.from} type="date" value={form.from} onValue={set('from')} width="short" />
          <TextField label={t.audit.to} type="date" value={form.to} onValue={set('to')} width="short" />
        </div>
        <Button type="submit">{t.filter}</Button>
      </FilterForm>
      <LoadState loaded={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.audit.empty}</p>
          ) : (
            <>
              <AuditTable entries={data.items} siteOf={siteOf} {...(siteName !== undefined ? { siteName } : {})} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(p) => urlFor(applied, p)} />
            </>
          )
        }
      </LoadState>
    </>
  );
}
