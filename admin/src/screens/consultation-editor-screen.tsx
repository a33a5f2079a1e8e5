/**
 * Sửa dự thảo lấy ý kiến: the draft's fields (title, summary, drafting body, open and
 * close days, body, files from the library), Lưu against the revision it is based on
 * (a stale save says so and keeps the text on screen), the workflow buttons the server
 * allows, and — for moderators — the link to the comments and the summary of them.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminConsultation, ConsultationInput, ConsultationTransitionInput, Media, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { MediaPickerDialog } from '../components/media-picker-dialog.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusTag } from '../components/status-tag.js';
import { asksFirst, WorkflowPanel } from '../components/workflow-panel.js';
import { LazyRichTextEditor } from '../editor/lazy-rich-text-editor.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const m = t.consultations;

type Draft = Required<Omit<ConsultationInput, 'slug'>>;
type Field = keyof Draft;

const FIELD_IDS: Record<Field, string> = {
  title: 'consultation-title', summary: 'consultation-summary', draftingBody: 'consultation-drafting-body', opensOn: 'consultation-opens',
  closesOn: 'consultation-closes', bodyHtml: 'consultation-body', attachmentIds: 'consultation-files',
};

const EMPTY: Draft = { title: '', summary: '', draftingBody: '', opensOn: '', closesOn: '', bodyHtml: '', attachmentIds: [] };

function draftOf(c: AdminConsultation): Draft {
  return { title: c.title, summary: c.summary, draftingBody: c.draftingBody, opensOn: c.opensOn, closesOn: c.closesOn, bodyHtml: c.bodyHtml, attachmentIds: c.attachmentIds };
}

export function ConsultationEditorScreen({ site, id }: { site: string; id: number | 'new' }) {
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : api.consultation(site, id)), [site, id]);
  const title = id === 'new' ? m.newTitle : m.editTitle;
  if (loaded.data === undefined) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  return <Editor site={site} initial={loaded.data} reload={loaded.reload} />;
}

function Editor({ site, initial, reload }: { site: string; initial: AdminConsultation | null; reload: () => void }) {
  const announce = useAnnounce();
  const [item, setItem] = useState<AdminConsultation | null>(initial);
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftOf(initial) : EMPTY));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const [report, setReport] = useState(initial?.reportHtml ?? '');
  const files = useLoad(() => api.media(site, { kind: 'document' }), [site]);
  const nameOf = (id: number) => names.get(id) ?? files.data?.items.find((f: Media) => f.id === id)?.originalName ?? `#${id}`;

  const editable = item === null || item.canEdit;
  const set = <F extends Field>(field: F, value: Draft[F]) => setDraft((d) => ({ ...d, [field]: value }));

  function apiErrors(error: unknown) {
    const byField: Partial<Record<Field, string>> = {};
    const general: string[] = [];
    if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
      for (const e of error.problem.errors ?? []) {
        if (e.field in FIELD_IDS) byField[e.field as Field] ??= e.message;
        else general.push(e.message);
      }
    } else general.push(messageOf(error));
    setFieldErrors(byField);
    setErrors([...general.map((message) => ({ message })), ...(Object.entries(byField) as [Field, string][]).map(([f, message]) => ({ fieldId: FIELD_IDS[f], message }))]);
  }

  async function save(): Promise<AdminConsultation | null> {
    if (draft.title.trim() === '') {
      setFieldErrors({ title: m.titleMissing });
      setErrors([{ fieldId: FIELD_IDS.title, message: m.titleMissing }]);
      return null;
    }
    setBusy(true);
    try {
      if (item === null) {
        const created = await api.createConsultation(site, draft);
        announce(m.created);
        navigate(href({ name: 'consultation', site, id: created.id }), { replace: true });
        return created;
      }
      const next = await api.saveConsultation(site, item.id, draft, item.revision);
      setItem(next);
      setDraft(draftOf(next));
      setFieldErrors({});
      setErrors([]);
      announce(m.saved(next.revision));
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem.title === 'Dự thảo đã thay đổi') {
        setStale(true);
        setErrors([{ message: m.conflict }]);
      } else apiErrors(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    if (item === null) return;
    setBusy(true);
    try {
      const input: ConsultationTransitionInput = { transition: option.transition as ConsultationTransitionInput['transition'], ...(extra.note === undefined ? {} : { note: extra.note }) };
      const next = await api.transitionConsultation(site, item.id, input);
      setItem(next);
      setErrors([]);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
    } catch (error) {
      if (!asksFirst(option, false)) apiErrors(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  async function saveReport(publish: boolean) {
    if (item === null) return;
    setBusy(true);
    try {
      const next = await api.saveConsultationReport(site, item.id, report, publish);
      setItem(next);
      setReport(next.reportHtml);
      setErrors([]);
      announce(m.reportSaved);
    } catch (error) {
      apiErrors(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (item === null) return;
    setConfirmDelete(false);
    try {
      await api.deleteConsultation(site, item.id);
      announce(m.deleted);
      navigate(href({ name: 'consultations', site }));
    } catch (error) {
      apiErrors(error);
    }
  }

  const heading = item === null ? m.newTitle : m.editTitle;
  return (
    <>
      <PageHeading title={item ? `${heading}: ${item.title}` : heading} caption={item?.title}>
        {heading}
      </PageHeading>
      <p>
        <Link href={href({ name: 'consultations', site })}>‹ {m.back}</Link>
      </p>
      {item?.status === 'returned' && item.returnNote && (
        <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
          <h2 id="return-note-title">{t.editor.returnedTitle}</h2>
          <blockquote class="return-note">{item.returnNote}</blockquote>
        </div>
      )}
      <ErrorSummary errors={errors} />
      {stale && (
        <p>
          <Button variant="secondary" onClick={reload}>
            {m.reload}
          </Button>
        </p>
      )}
      <div class="editor-layout">
        <div class="editor-layout__main">
          <form
            id="consultation-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {!editable && <p class="panel panel--info">{m.readOnly}</p>}
            <fieldset class="article-form" disabled={!editable}>
              <legend class="visually-hidden">{heading}</legend>
              <TextField id={FIELD_IDS.title} label={m.fieldTitle} value={draft.title} onValue={(v) => set('title', v)} required error={fieldErrors.title} class="input--title" />
              <TextArea id={FIELD_IDS.summary} label={m.summary} hint={m.summaryHint} value={draft.summary} onValue={(v) => set('summary', v)} rows={3} error={fieldErrors.summary} />
              <TextField id={FIELD_IDS.draftingBody} label={m.draftingBody} value={draft.draftingBody} onValue={(v) => set('draftingBody', v)} error={fieldErrors.draftingBody} />
              <TextField id={FIELD_IDS.opensOn} type="date" width="short" label={m.opensOn} hint={m.datesHint} value={draft.opensOn} onValue={(v) => set('opensOn', v)} required error={fieldErrors.opensOn} />
              <TextField id={FIELD_IDS.closesOn} type="date" width="short" label={m.closesOn} value={draft.closesOn} onValue={(v) => set('closesOn', v)} required error={fieldErrors.closesOn} />
              <div class={`form-group${fieldErrors.bodyHtml ? ' form-group--error' : ''}`}>
                <p class="label" id={`${FIELD_IDS.bodyHtml}-label`}>
                  {m.body}
                </p>
                {fieldErrors.bodyHtml && (
                  <p class="error-message" id={`${FIELD_IDS.bodyHtml}-error`}>
                    {fieldErrors.bodyHtml}
                  </p>
                )}
                <div id={FIELD_IDS.bodyHtml}>
                  <LazyRichTextEditor
                    site={site}
                    labelId={`${FIELD_IDS.bodyHtml}-label`}
                    describedBy={fieldErrors.bodyHtml ? `${FIELD_IDS.bodyHtml}-error` : undefined}
                    value={draft.bodyHtml}
                    resetKey={0}
                    editable={editable}
                    onChange={(html) => set('bodyHtml', html)}
                  />
                </div>
              </div>
              <div class="form-group" id={FIELD_IDS.attachmentIds} tabIndex={-1}>
                <p class="label">{m.files}</p>
                {fieldErrors.attachmentIds && <p class="error-message">{fieldErrors.attachmentIds}</p>}
                {draft.attachmentIds.length === 0 ? (
                  <p class="muted">{m.noFiles}</p>
                ) : (
                  <ul class="attachment-list">
                    {draft.attachmentIds.map((fileId) => (
                      <li key={fileId}>
                        {nameOf(fileId)}{' '}
                        {editable && (
                          <Button variant="link" onClick={() => set('attachmentIds', draft.attachmentIds.filter((x) => x !== fileId))}>
                            {m.removeFile(nameOf(fileId))}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {editable && (
                  <Button variant="secondary" aria-haspopup="dialog" onClick={() => setPicking(true)}>
                    {m.addFile}
                  </Button>
                )}
              </div>
            </fieldset>
            {editable && (
              <div class="form-end button-group">
                <Button type="submit" disabled={busy}>
                  {busy ? t.saving : m.save}
                </Button>
              </div>
            )}
          </form>
          {item !== null && item.canModerate && (
            <section class="side-box" aria-labelledby="report-title">
              <h2 id="report-title">{m.report}</h2>
              <p class="hint">{m.reportHint}</p>
              <p>{item.reportPublishedAt === null ? m.reportNotPublished : m.reportPublished(formatDateTime(item.reportPublishedAt))}</p>
              <div class="form-group">
                <p class="label" id="report-label">
                  {m.report}
                </p>
                <LazyRichTextEditor site={site} labelId="report-label" value={report} resetKey={0} editable={item.reportPublishedAt === null || item.canPublishReport} onChange={setReport} />
              </div>
              <div class="button-group">
                <Button variant="secondary" disabled={busy} onClick={() => void saveReport(item.reportPublishedAt !== null)}>
                  {m.reportSave}
                </Button>
                {item.canPublishReport && item.reportPublishedAt === null && (
                  <Button disabled={busy} onClick={() => void saveReport(true)}>
                    {m.reportPublish}
                  </Button>
                )}
                {item.canPublishReport && item.reportPublishedAt !== null && (
                  <Button variant="secondary" disabled={busy} onClick={() => void saveReport(false)}>
                    {m.reportUnpublish}
                  </Button>
                )}
              </div>
            </section>
          )}
        </div>
        {item !== null && (
          <aside class="editor-layout__side" aria-label={m.workflow}>
            <div class="side-box">
              <dl class="summary-list">
                <dt>{t.editor.status}</dt>
                <dd>
                  <StatusTag status={item.status} label={item.statusLabel} />
                </dd>
                <dt>{m.colPeriod}</dt>
                <dd>{m.phases[item.phase]}</dd>
                <dt>{t.revisions.colNumber}</dt>
                <dd>{item.revision}</dd>
                <dt>{t.list.colUpdated}</dt>
                <dd>{formatDateTime(item.updatedAt)}</dd>
              </dl>
            </div>
            <WorkflowPanel options={item.allowedTransitions} busy={busy} onRun={runTransition} withUnpublishTime={false} title={m.workflow} />
            <ul class="link-list">
              {item.canModerate && (
                <li>
                  <Link href={href({ name: 'consultationComments', site, id: item.id })}>{m.commentsLink(item.commentCounts.pending)}</Link>
                </li>
              )}
              {item.publicUrl && (
                <li>
                  <a href={item.publicUrl}>{m.viewPublic}</a>
                </li>
              )}
              {item.canDelete && (
                <li>
                  <Button variant="link" class="link-danger" onClick={() => setConfirmDelete(true)}>
                    {m.deleteDraft}
                  </Button>
                </li>
              )}
            </ul>
          </aside>
        )}
      </div>
      {picking && (
        <MediaPickerDialog
          site={site}
          kind="document"
          title={m.addFile}
          onClose={() => setPicking(false)}
          onPick={(media) => {
            setNames((n) => new Map(n).set(media.id, media.originalName));
            if (!draft.attachmentIds.includes(media.id)) set('attachmentIds', [...draft.attachmentIds, media.id]);
          }}
        />
      )}
      {confirmDelete && <ConfirmDialog title={m.deleteDraft} message={m.deleteConfirm} confirmLabel={t.delete} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />}
    </>
  );
}
