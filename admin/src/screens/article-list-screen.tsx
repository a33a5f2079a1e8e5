/** Danh sách tin bài: filters (state, author, category, dates), search over drafts too, pages. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import { ArticleTable } from '../components/article-table.js';
import { Button, SelectField, TextField } from '../components/form.js';
import { Link } from '../components/link.js';
import { FilterForm } from '../components/filter-form.js';
import { LoadState } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { Pagination } from '../components/pagination.js';
import { categoryOptions } from '../lib/categories.js';
import { mayUse, useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const FILTER_KEYS = ['status', 'author', 'category', 'from', 'to', 'q'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

function filtersOf(query: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, query.get(k) ?? ''])) as Filters;
}

export function ArticleListScreen({ site, query }: { site: string; query: URLSearchParams }) {
  const applied = filtersOf(query);
  const page = Math.max(1, Number(query.get('trang') ?? '1') || 1);
  const [form, setForm] = useState<Filters>(applied);
  const key = query.toString();
  useEffect(() => setForm(filtersOf(query)), [key]);

  const session = useSession();
  const categories = useLoad(() => api.categories(site), [site]);
  // Staff are listed for site admins; everyone else can narrow the list to their own articles.
  const canSeeStaff = mayUse(session, site, 'staff');
  const staff = useLoad(() => (canSeeStaff ? api.staff(site) : Promise.resolve([])), [site, canSeeStaff]);
  const me = session.user;
  const authors = [
    { value: String(me.id), label: t.list.me(me.displayName) },
    ...(staff.data ?? []).filter((m) => m.userId !== me.id).map((m) => ({ value: String(m.userId), label: m.displayName })),
  ];
  const list = useLoad(() => api.articles(site, { ...applied, page }), [site, key]);

  const set = (k: keyof Filters) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const urlFor = (filters: Filters, p: number) => {
    const q: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (filters[k] !== '') q[k] = filters[k];
    if (p > 1) q['trang'] = String(p);
    return href({ name: 'articles', site, query: q });
  };
  const hasFilters = FILTER_KEYS.some((k) => applied[k] !== '');
  const statuses = Object.entries(t.statuses).map(([value, label]) => ({ value, label }));

  return (
    <>
      <PageHeading title={t.list.title}>{t.list.title}</PageHeading>
      <FilterForm label={t.list.filters} onApply={() => navigate(urlFor(form, 1))}>
        <TextField label={t.list.q} type="search" value={form.q} onValue={set('q')} class="filters__q" />
        <div class="filters__row">
          <SelectField label={t.list.status} value={form.status} onValue={set('status')} options={statuses} placeholder={t.list.anyStatus} />
          <SelectField label={t.list.category} value={form.category} onValue={set('category')} options={categories.data ? categoryOptions(categories.data) : []} placeholder={t.list.anyCategory} />
          <SelectField label={t.list.author} value={form.author} onValue={set('author')} options={authors} placeholder={t.list.anyAuthor} />
          <TextField label={t.list.from} type="date" value={form.from} onValue={set('from')} width="short" />
          <TextField label={t.list.to} type="date" value={form.to} onValue={set('to')} width="short" />
        </div>
        <div class="button-group">
          <Button type="submit">{t.filter}</Button>
          {hasFilters && <Link href={href({ name: 'articles', site })}>{t.clearFilters}</Link>}
        </div>
      </FilterForm>
      <LoadState loaded={list}>
        {(data) => (
          <section aria-labelledby="list-results">
            <h2 id="list-results" class="results-count">
              {t.list.results(data.total)}
            </h2>
            {data.items.length === 0 ? (
              <p>{t.list.empty}</p>
            ) : (
              <ArticleTable site={site} items={data.items.map((a) => ({ ...a, status: a.status }))} caption={t.list.caption} />
            )}
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(p) => urlFor(applied, p)} />
          </section>
        )}
      </LoadState>
    </>
  );
}
