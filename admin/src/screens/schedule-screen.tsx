/**
 * Lịch công tác: a week picker (previous / next week, a week typed as YYYY-Www, the weeks
 * that already have a schedule), the week's entries table, Lưu (naming the revision it
 * is based on; a stale save says so and offers to reload), and the workflow panel with
 * exactly the steps the server offers.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminScheduleWeek, ScheduleTransitionInput, ScheduleWeekList, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { entryDraftOf, entryInputOf, ScheduleEntriesEditor, type EntryDraft } from '../components/schedule-entries-editor.js';
import { StatusTag } from '../components/status-tag.js';
import { asksFirst, WorkflowPanel } from '../components/workflow-panel.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const weekHref = (site: string, week: string) => href({ name: 'schedule', site, query: { tuan: week } });

export function ScheduleScreen({ site, week }: { site: string; week: string | null }) {
  const weeks = useLoad(() => api.scheduleWeeks(site), [site]);
  const chosen = week ?? weeks.data?.currentWeek;
  const loaded = useLoad(() => (chosen === undefined ? new Promise<never>(() => {}) : api.scheduleWeek(site, chosen)), [site, chosen]);
  return (
    <>
      <PageHeading title={chosen === undefined ? t.schedule.title : t.schedule.heading(chosen)}>{t.schedule.title}</PageHeading>
      <p>{t.schedule.intro}</p>
      <WeekPicker site={site} week={chosen ?? ''} />
      {loaded.error !== undefined ? (
        <LoadError message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data === undefined ? (
        <Loading />
      ) : (
        <WeekEditor key={`${loaded.data.week}/${loaded.data.revision}`} site={site} initial={loaded.data} onReload={loaded.reload} onSaved={weeks.reload} />
      )}
      {weeks.data !== undefined && <WeekList site={site} list={weeks.data} />}
    </>
  );
}

function WeekPicker({ site, week }: { site: string; week: string }) {
  const [typed, setTyped] = useState(week);
  return (
    <form
      class="week-picker"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        navigate(weekHref(site, typed.trim()));
      }}
    >
      <TextField id="schedule-week" label={t.schedule.week} hint={t.schedule.weekHint} value={typed} onValue={setTyped} width="short" autoCapitalize="none" spellcheck={false} />
      <div class="button-group">
        <Button type="submit" variant="secondary">
          {t.schedule.open}
        </Button>
      </div>
    </form>
  );
}

function WeekEditor({ site, initial, onReload, onSaved }: { site: string; initial: AdminScheduleWeek; onReload: () => void; onSaved: () => void }) {
  const announce = useAnnounce();
  const [week, setWeek] = useState(initial);
  const [rows, setRows] = useState<EntryDraft[]>(() => initial.entries.map((e) => entryDraftOf(e, e.day)));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  function showError(error: unknown) {
    const listed = error instanceof ApiError ? (error.problem.errors ?? []).map((e) => ({ message: e.message })) : [];
    setErrors(listed.length > 0 ? listed : [{ message: messageOf(error) }]);
  }

  async function save(): Promise<AdminScheduleWeek | null> {
    setBusy(true);
    try {
      const next = await api.saveScheduleWeek(site, week.week, rows.map(entryInputOf), week.revision);
      setWeek(next);
      setRows(next.entries.map((e) => entryDraftOf(e, e.day)));
      setErrors([]);
      announce(t.schedule.saved(next.revision));
      onSaved();
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setStale(true);
      showError(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    setBusy(true);
    try {
      const input: ScheduleTransitionInput = { transition: option.transition as ScheduleTransitionInput['transition'], ...(extra.note === undefined ? {} : { note: extra.note }) };
      const next = await api.transitionScheduleWeek(site, week.week, input);
      setWeek(next);
      setErrors([]);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
      onSaved();
    } catch (error) {
      if (!asksFirst(option, false)) showError(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  const editable = week.canEdit;
  return (
    <>
      <nav class="button-group" aria-label={t.schedule.week}>
        <Link href={weekHref(site, week.previousWeek)}>{t.schedule.previous}</Link>
        <Link href={weekHref(site, week.nextWeek)}>{t.schedule.next}</Link>
      </nav>
      <h2>{t.schedule.heading(week.week)}</h2>
      {week.status === 'returned' && week.returnNote && (
        <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
          <h3 id="return-note-title">{t.editor.returnedTitle}</h3>
          <blockquote class="return-note">{week.returnNote}</blockquote>
        </div>
      )}
      <ErrorSummary errors={errors} />
      {stale && (
        <p class="panel panel--important">
          {t.schedule.conflict}{' '}
          <Button variant="secondary" onClick={onReload}>
            {t.schedule.reload}
          </Button>
        </p>
      )}
      {week.exists && (
        <section class="schedule-state" aria-label={t.schedule.workflow}>
          <div class="side-box">
            <dl class="summary-list">
              <dt>{t.editor.status}</dt>
              <dd>
                <StatusTag status={week.status} label={week.statusLabel} />
              </dd>
              <dt>{t.revisions.colNumber}</dt>
              <dd>{week.revision}</dd>
              <dt>{t.list.colUpdated}</dt>
              <dd>{formatDateTime(week.updatedAt)}</dd>
            </dl>
            {week.publicUrl && (
              <p>
                <a href={week.publicUrl}>{t.schedule.viewPublic}</a>
              </p>
            )}
          </div>
          <WorkflowPanel options={week.allowedTransitions} busy={busy} onRun={runTransition} withUnpublishTime={false} title={t.schedule.workflow} />
        </section>
      )}
      {!week.exists && <p class="panel panel--info">{t.schedule.notCreated}</p>}
      {!editable && <p class="panel panel--info">{t.schedule.readOnly}</p>}
      <ScheduleEntriesEditor week={week.week} days={week.days} rows={rows} editable={editable} onRows={setRows} />
      {editable && (
        <div class="form-end button-group">
          <Button disabled={busy} onClick={() => void save()}>
            {busy ? t.saving : t.schedule.save}
          </Button>
        </div>
      )}
    </>
  );
}

function WeekList({ site, list }: { site: string; list: ScheduleWeekList }) {
  if (list.weeks.length === 0) return null;
  return (
    <section aria-labelledby="schedule-weeks">
      <h2 id="schedule-weeks">{t.schedule.weeks}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption visually-hidden">{t.schedule.weeksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.schedule.colWeek}</th>
              <th scope="col">{t.schedule.colStatus}</th>
              <th scope="col">{t.schedule.colCount}</th>
              <th scope="col">{t.list.colUpdated}</th>
            </tr>
          </thead>
          <tbody>
            {list.weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">
                  <Link href={weekHref(site, w.week)}>{w.week}</Link>
                </th>
                <td>
                  <StatusTag status={w.status} label={w.statusLabel} />
                </td>
                <td>{w.entryCount}</td>
                <td>{formatDateTime(w.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
