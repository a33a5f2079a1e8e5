/**
 * Quản lý cổng, for system administrators: every site of the system (name, kind,
 * parent, hostnames), creating one (it gets its kind's categories), and changing one.
 * `?sua=slug` opens a site's form; `?luu-tru=slug` its archive or merge form
 * (site-archive-form.tsx). The server checks every rule again and answers with
 * the field at fault, shown in the error summary and beside the field.
 */
import { useState } from 'preact/hooks';
import { SITE_KIND_LABELS } from '../../../src/contract/domain.js';
import { api, ApiError, messageOf } from '../api/client.js';
import type { NewSiteInput, SystemSite } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, SelectField, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadState } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';
import { asyncHandler } from '../lib/async-handler.js';
import { SiteArchiveForm } from './site-archive-form.js';

const KIND_OPTIONS = Object.entries(SITE_KIND_LABELS).map(([value, label]) => ({ value, label }));

export function SystemSitesScreen({ query, onSitesChanged }: { query: URLSearchParams; onSitesChanged: () => void }) {
  const list = useLoad(() => api.systemSites(), []);
  const editing = query.get('sua');
  const archiving = query.get('luu-tru');
  const changed = () => {
    list.reload();
    onSitesChanged();
  };
  return (
    <>
      <PageHeading title={t.systemSites.title}>{t.systemSites.title}</PageHeading>
      <p class="lead">{t.systemSites.intro}</p>
      <LoadState loaded={list}>
        {(sites) => {
          const site = editing === null ? undefined : sites.find((s) => s.slug === editing);
          const toArchive = archiving === null ? undefined : sites.find((s) => s.slug === archiving);
          return (
            <>
              {sites.length === 0 ? <p>{t.systemSites.empty}</p> : <SiteTable sites={sites} />}
              {toArchive !== undefined && <SiteArchiveForm key={`archive-${toArchive.slug}`} sites={sites} site={toArchive} onDone={changed} />}
              {site !== undefined ? (
                <SiteForm key={site.slug} sites={sites} site={site} onDone={changed} />
              ) : (
                toArchive === undefined && <SiteForm key="new" sites={sites} site={undefined} onDone={changed} />
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function SiteTable({ sites }: { sites: SystemSite[] }) {
  const nameOf = (slug: string | null) => sites.find((s) => s.slug === slug)?.name ?? slug ?? '';
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{t.systemSites.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.systemSites.colName}</th>
            <th scope="col">{t.systemSites.colKind}</th>
            <th scope="col">{t.systemSites.colParent}</th>
            <th scope="col">{t.systemSites.colHosts}</th>
            <th scope="col">{t.systemSites.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.slug}>
              <th scope="row">
                {s.name}
                <br />
                <span class="muted">{s.slug}</span>
                {s.status === 'archived' && (
                  <>
                    <br />
                    <strong class="tag">{t.siteArchive.archived}</strong>
                  </>
                )}
              </th>
              <td>{SITE_KIND_LABELS[s.kind]}</td>
              <td>{s.parent === null ? t.systemSites.root : nameOf(s.parent)}</td>
              <td>{s.hostnames.length === 0 ? <span class="muted">{t.systemSites.noHosts}</span> : s.hostnames.join(', ')}</td>
              <td>
                <Link href={href({ name: 'systemSites', query: { sua: s.slug } })}>
                  {t.systemSites.edit}
                  <span class="visually-hidden"> {t.systemSites.of(s.name)}</span>
                </Link>
                {s.status === 'active' && (
                  <>
                    {' · '}
                    <Link href={href({ name: 'systemSites', query: { 'luu-tru': s.slug } })}>
                      {t.siteArchive.action}
                      <span class="visually-hidden"> {t.systemSites.of(s.name)}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const FIELD_IDS: Record<string, string> = {
  slug: 'site-slug',
  name: 'site-name',
  shortName: 'site-short',
  kind: 'site-kind',
  parent: 'site-parent',
  hostnames: 'site-hosts',
  themeColor: 'site-color',
  responsibleAgency: 'site-agency',
  responsiblePerson: 'site-person',
};

/** The field an answer's error names: `hostnames.2` is the hostnames box. */
const fieldId = (field: string) => FIELD_IDS[field.split('.', 1)[0] ?? ''];

function blank(sites: SystemSite[]): NewSiteInput {
  const root = sites.find((s) => s.parent === null);
  return { slug: '', name: '', shortName: '', kind: root === undefined ? 'province' : 'district', parent: root?.slug ?? null, hostnames: [], themeColor: '#0b4f8a', responsibleAgency: null, responsiblePerson: null };
}

function SiteForm({ sites, site, onDone }: { sites: SystemSite[]; site: SystemSite | undefined; onDone: () => void }) {
  const [input, setInput] = useState<NewSiteInput>(() =>
    site === undefined
      ? blank(sites)
      : { slug: site.slug, name: site.name, shortName: site.shortName, kind: site.kind, parent: site.parent, hostnames: site.hostnames, contact: site.contact, themeColor: site.themeColor, responsibleAgency: site.responsibleAgency, responsiblePerson: site.responsiblePerson },
  );
  const [hosts, setHosts] = useState((site?.hostnames ?? []).join('\n'));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const set = <K extends keyof NewSiteInput>(k: K) => (v: NewSiteInput[K]) => setInput((old) => ({ ...old, [k]: v }));
  const err = (key: string) => errors.find((e) => e.fieldId === FIELD_IDS[key])?.message;
  const parents = sites.filter((s) => s.slug !== site?.slug).map((s) => ({ value: s.slug, label: `${s.name} (${s.slug})` }));
  const headingId = site === undefined ? 'site-create' : 'site-edit';

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const body = { ...input, hostnames: hosts.split(/[\s,]+/).filter((h) => h !== '') };
    try {
      if (site === undefined) {
        const answer = await api.createSite(body);
        announce(t.systemSites.created(answer.site.name, answer.categories.length));
        setInput(blank([...sites, answer.site]));
        setHosts('');
      } else {
        const { slug: _slug, ...change } = body;
        const saved = await api.updateSite(site.slug, change);
        announce(t.systemSites.saved(saved.name));
        navigate(href({ name: 'systemSites' }));
      }
      setErrors([]);
      onDone();
    } catch (e) {
      setErrors(e instanceof ApiError && e.problem.errors?.length ? e.problem.errors.map((x) => ({ fieldId: fieldId(x.field), message: x.message })) : [{ message: messageOf(e) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{site === undefined ? t.systemSites.createTitle : t.systemSites.editTitle(site.name)}</h2>
      <form onSubmit={asyncHandler(submit)} noValidate class="settings-form">
        <ErrorSummary errors={errors} />
        {site === undefined && (
          <TextField id={FIELD_IDS['slug']} label={t.systemSites.slug} hint={t.systemSites.slugHint} value={input.slug} onValue={set('slug')} required autoCapitalize="none" spellcheck={false} width="half" error={err('slug')} />
        )}
        <TextField id={FIELD_IDS['name']} label={t.systemSites.name} value={input.name} onValue={set('name')} required error={err('name')} />
        <TextField id={FIELD_IDS['shortName']} label={t.systemSites.shortName} hint={t.systemSites.shortNameHint} value={input.shortName ?? ''} onValue={set('shortName')} width="half" error={err('shortName')} />
        <SelectField id={FIELD_IDS['kind']} label={t.systemSites.kind} value={input.kind} onValue={(v) => set('kind')(v as NewSiteInput['kind'])} options={KIND_OPTIONS} required error={err('kind')} />
        <SelectField id={FIELD_IDS['parent']} label={t.systemSites.parent} value={input.parent ?? ''} onValue={(v) => set('parent')(v === '' ? null : v)} options={parents} placeholder={t.systemSites.noParent} error={err('parent')} />
        <TextArea id={FIELD_IDS['hostnames']} label={t.systemSites.hostnames} hint={t.systemSites.hostnamesHint} value={hosts} onValue={setHosts} rows={3} error={err('hostnames')} />
        <TextField id={FIELD_IDS['responsibleAgency']} label={t.settings.responsibleAgency} value={input.responsibleAgency ?? ''} onValue={(v) => set('responsibleAgency')(v === '' ? null : v)} error={err('responsibleAgency')} />
        <TextField id={FIELD_IDS['responsiblePerson']} label={t.settings.responsiblePerson} value={input.responsiblePerson ?? ''} onValue={(v) => set('responsiblePerson')(v === '' ? null : v)} error={err('responsiblePerson')} />
        <TextField id={FIELD_IDS['themeColor']} label={t.settings.themeColor} hint={t.settings.themeColorHint} value={input.themeColor ?? ''} onValue={set('themeColor')} pattern="#[0-9a-fA-F]{6}" width="short" error={err('themeColor')} />
        <div class="button-group">
          <Button type="submit" disabled={busy}>
            {busy ? t.saving : site === undefined ? t.systemSites.create : t.systemSites.save}
          </Button>
          {site !== undefined && (
            <Link href={href({ name: 'systemSites' })} class="button button--secondary">
              {t.systemSites.cancel}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}
