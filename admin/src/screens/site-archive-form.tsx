/**
 * Archiving or merging one site, for system administrators (Quản lý cổng, `?luu-tru=slug`):
 * choose how (keep every address, read-only; or merge into a successor, every old address
 * redirected), choose the successor, then confirm a summary that says exactly what will
 * happen before anything is sent. The server checks every rule again.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { SystemSite } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, SelectField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { asyncHandler } from '../lib/async-handler.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

type Mode = 'serve' | 'merge';

const SUCCESSOR_ID = 'archive-successor';

export function SiteArchiveForm({ sites, site, onDone }: { sites: SystemSite[]; site: SystemSite; onDone: () => void }) {
  const alreadyArchived = site.status === 'archived';
  const [mode, setMode] = useState<Mode>(alreadyArchived ? 'merge' : 'serve');
  const [successor, setSuccessor] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const candidates = sites.filter((s) => s.slug !== site.slug && s.status === 'active').map((s) => ({ value: s.slug, label: `${s.name} (${s.slug})` }));
  const successorName = sites.find((s) => s.slug === successor)?.name ?? null;
  const summary = mode === 'merge' ? t.siteArchive.confirmMerge(site.name, successorName ?? '') : t.siteArchive.confirmServe(site.name, successorName);

  function next(event: Event) {
    event.preventDefault();
    if (mode === 'merge' && successor === '') {
      setErrors([{ fieldId: SUCCESSOR_ID, message: t.siteArchive.successorRequired }]);
      return;
    }
    setErrors([]);
    setConfirming(true);
  }

  async function confirm() {
    setBusy(true);
    try {
      if (mode === 'merge') {
        const done = await api.mergeSite(site.slug, successor);
        announce(t.siteArchive.doneMerge(site.name, successorName ?? successor, done.moved?.articles ?? 0, done.moved?.redirects ?? 0));
      } else {
        await api.archiveSite(site.slug, { mode: 'serve', successor: successor === '' ? null : successor });
        announce(t.siteArchive.doneServe(site.name));
      }
      onDone();
      navigate(href({ name: 'systemSites' }));
    } catch (e) {
      setConfirming(false);
      setErrors(e instanceof ApiError && e.problem.errors?.length ? e.problem.errors.map((x) => ({ fieldId: x.field === 'successor' ? SUCCESSOR_ID : undefined, message: x.message })) : [{ message: messageOf(e) }]);
    } finally {
      setBusy(false);
    }
  }

  const choice = (value: Mode, label: string, hint: string) => (
    <div class="radio radio--hinted">
      <input type="radio" id={`archive-mode-${value}`} name="archive-mode" value={value} checked={mode === value} onChange={() => setMode(value)} disabled={confirming} aria-describedby={`archive-mode-${value}-hint`} />
      <label for={`archive-mode-${value}`}>{label}</label>
      <p class="hint" id={`archive-mode-${value}-hint`}>
        {hint}
      </p>
    </div>
  );

  return (
    <section class="section" aria-labelledby="site-archive">
      <h2 id="site-archive">{t.siteArchive.title(site.name)}</h2>
      <p>{t.siteArchive.intro}</p>
      <form onSubmit={next} noValidate class="settings-form">
        <ErrorSummary errors={errors} />
        <fieldset class="fieldset">
          <legend>{t.siteArchive.mode}</legend>
          {!alreadyArchived && choice('serve', t.siteArchive.serve, t.siteArchive.serveHint)}
          {choice('merge', t.siteArchive.merge, t.siteArchive.mergeHint)}
        </fieldset>
        <SelectField
          id={SUCCESSOR_ID}
          label={t.siteArchive.successor}
          value={successor}
          onValue={setSuccessor}
          options={candidates}
          placeholder={t.siteArchive.noSuccessor}
          required={mode === 'merge'}
          disabled={confirming}
          error={errors.find((e) => e.fieldId === SUCCESSOR_ID)?.message}
        />
        {confirming ? (
          <div class="panel panel--warning" role="region" aria-labelledby="archive-confirm">
            <h3 id="archive-confirm">{t.siteArchive.confirmTitle}</h3>
            <p>{summary}</p>
            <div class="button-group">
              <Button variant="warning" onClick={asyncHandler(confirm)} disabled={busy}>
                {busy ? t.saving : mode === 'merge' ? t.siteArchive.confirmMergeButton : t.siteArchive.confirm}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
                {t.siteArchive.back}
              </Button>
            </div>
          </div>
        ) : (
          <div class="button-group">
            <Button type="submit">{t.siteArchive.next}</Button>
            <Link href={href({ name: 'systemSites' })} class="button button--secondary">
              {t.siteArchive.cancel}
            </Link>
          </div>
        )}
      </form>
    </section>
  );
}
