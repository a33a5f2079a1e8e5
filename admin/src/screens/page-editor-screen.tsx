/**
 * Sửa trang tĩnh: the page form (title, address, short description, rich-text body),
 * Lưu (naming the revision it is based on), the conflict view on a stale save, the
 * workflow buttons the server allows, and the page's history with restore.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminPage, PageTransitionInput, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConflictView } from '../components/conflict-view.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, SelectField, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { PageHistory } from '../components/page-history.js';
import { StatusTag } from '../components/status-tag.js';
import { asksFirst, WorkflowPanel } from '../components/workflow-panel.js';
import { LazyRichTextEditor } from '../editor/lazy-rich-text-editor.js';
import { formatDateTime } from '../lib/format.js';
import { htmlToText } from '../lib/html-text.js';
import { changedPageFields, EMPTY_PAGE_DRAFT, pageDraftOf, pageInputOf, type PageDraft, type PageDraftField } from '../lib/page-draft.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const FIELD_IDS: Record<PageDraftField, string> = { title: 'page-title', slug: 'page-slug', language: 'page-language', description: 'page-description', bodyHtml: 'page-body' };

export function PageEditorScreen({ site, id }: { site: string; id: number | 'new' }) {
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : api.page(site, id)), [site, id]);
  const title = id === 'new' ? t.pages.newTitle : t.pages.editTitle;
  if (loaded.data === undefined) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  return <Editor site={site} initial={loaded.data} />;
}

interface Conflict {
  current: AdminPage;
  base: PageDraft;
  yours: PageDraft;
  theirs: PageDraft;
  fields: PageDraftField[];
}

function Editor({ site, initial }: { site: string; initial: AdminPage | null }) {
  const announce = useAnnounce();
  const [page, setPage] = useState<AdminPage | null>(initial);
  const [draft, setDraft] = useState<PageDraft>(() => (initial ? pageDraftOf(initial) : EMPTY_PAGE_DRAFT));
  const [saved, setSaved] = useState<PageDraft>(draft);
  const [bodyKey, setBodyKey] = useState(0);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PageDraftField, string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const revisions = useLoad(() => (page === null ? Promise.resolve([]) : api.pageRevisions(site, page.id)), [site, page?.id, page?.revision]);

  const editable = page === null || page.canEdit;
  const dirty = changedPageFields(draft, saved).length > 0;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const set = (field: PageDraftField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  function showErrors(byField: Partial<Record<PageDraftField, string>>, general: string[]) {
    setFieldErrors(byField);
    setErrors([...general.map((message) => ({ message })), ...(Object.entries(byField) as [PageDraftField, string][]).map(([f, message]) => ({ fieldId: FIELD_IDS[f], message }))]);
  }

  function apiErrors(error: unknown) {
    const byField: Partial<Record<PageDraftField, string>> = {};
    const general: string[] = [];
    if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
      for (const e of error.problem.errors ?? []) {
        if (e.field in FIELD_IDS) byField[e.field as PageDraftField] ??= e.message;
        else general.push(e.message);
      }
    } else general.push(messageOf(error));
    showErrors(byField, general);
  }

  /** Saves `d` against `base`; the saved page, or null. A stale save opens the conflict view. */
  async function save(d: PageDraft, base: AdminPage | null): Promise<AdminPage | null> {
    if (d.title.trim() === '') {
      showErrors({ title: t.pages.titleMissing }, []);
      return null;
    }
    setBusy(true);
    try {
      if (base === null) {
        const created = await api.createPage(site, pageInputOf(d, null));
        announce(t.pages.created);
        navigate(href({ name: 'page', site, id: created.id }), { replace: true });
        return created;
      }
      const next = await api.savePage(site, base.id, pageInputOf(d, base), base.revision);
      setPage(next);
      const stored = pageDraftOf(next);
      setDraft(stored);
      setSaved(stored);
      setConflict(null);
      showErrors({}, []);
      announce(t.pages.saved(next.revision));
      return next;
    } catch (error) {
      // A 409 is either a stale revision (someone saved meanwhile) or an address another page has.
      const current = error instanceof ApiError && error.status === 409 && base !== null ? await api.page(site, base.id).catch(() => null) : null;
      if (current !== null && base !== null && current.revision !== base.revision) {
        const theirs = pageDraftOf(current);
        setConflict({ current, base: saved, yours: d, theirs, fields: changedPageFields(d, theirs) });
        showErrors({}, []);
        announce(t.pages.conflictTitle, 'error');
      } else apiErrors(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    let base = page;
    if (base === null) return;
    if (dirty && base.canEdit) {
      base = await save(draft, base);
      if (base === null) throw new Error('not saved');
    }
    setBusy(true);
    try {
      // The server offers a page only the steps a page has (no schedule, no withdrawal).
      const input: PageTransitionInput = { transition: option.transition as PageTransitionInput['transition'], ...(extra.note === undefined ? {} : { note: extra.note }) };
      const next = await api.transitionPage(site, base.id, input);
      setPage(next);
      showErrors({}, []);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
    } catch (error) {
      if (!asksFirst(option, false)) apiErrors(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  async function restore(number: number) {
    if (page === null) return;
    setBusy(true);
    try {
      const next = await api.restorePage(site, page.id, number, page.revision);
      setPage(next);
      const stored = pageDraftOf(next);
      setDraft(stored);
      setSaved(stored);
      setBodyKey((k) => k + 1);
      showErrors({}, []);
      announce(t.revisions.restored(number, next.revision));
    } catch (error) {
      apiErrors(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (page === null) return;
    setConfirmDelete(false);
    try {
      await api.deletePage(site, page.id);
      announce(t.pages.deleted);
      navigate(href({ name: 'pages', site }));
    } catch (error) {
      apiErrors(error);
    }
  }

  const heading = page === null ? t.pages.newTitle : t.pages.editTitle;
  return (
    <>
      <PageHeading title={page ? `${heading}: ${page.title}` : heading} caption={page?.title}>
        {heading}
      </PageHeading>
      <p>
        <Link href={href({ name: 'pages', site })}>‹ {t.pages.back}</Link>
      </p>
      {page?.status === 'returned' && page.returnNote && (
        <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
          <h2 id="return-note-title">{t.editor.returnedTitle}</h2>
          <blockquote class="return-note">{page.returnNote}</blockquote>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <div class="editor-layout">
        <div class="editor-layout__main">
          {conflict !== null ? (
            <ConflictView<PageDraft>
              base={conflict.base}
              yours={conflict.yours}
              theirs={conflict.theirs}
              current={conflict.current}
              fields={conflict.fields}
              describe={(field, d) => (field === 'bodyHtml' ? htmlToText(d.bodyHtml) : d[field])}
              kind={{ title: t.pages.conflictTitle, intro: t.pages.conflictIntro, label: (field) => t.pages.fields[field] ?? field, changed: changedPageFields }}
              onResolve={(merged) => {
                setDraft(merged);
                setBodyKey((k) => k + 1);
                setPage(conflict.current);
                void save(merged, conflict.current);
              }}
              onDiscard={() => {
                setPage(conflict.current);
                setDraft(conflict.theirs);
                setSaved(conflict.theirs);
                setBodyKey((k) => k + 1);
                setConflict(null);
              }}
            />
          ) : (
            <form
              id="page-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save(draft, page);
              }}
            >
              {!editable && <p class="panel panel--info">{t.pages.readOnly}</p>}
              <fieldset class="article-form" disabled={!editable}>
                <legend class="visually-hidden">{heading}</legend>
                <TextField id={FIELD_IDS.title} label={t.pages.fieldTitle} value={draft.title} onValue={(v) => set('title', v)} required error={fieldErrors.title} class="input--title" />
                <TextField
                  id={FIELD_IDS.slug}
                  label={t.pages.slug}
                  hint={page?.publicUrl ? t.pages.slugHintPublic(page.publicUrl) : t.pages.slugHint}
                  value={draft.slug}
                  onValue={(v) => set('slug', v)}
                  error={fieldErrors.slug}
                  readOnly={page !== null && !page.canChangeSlug}
                  autoCapitalize="none"
                  spellcheck={false}
                />
                <SelectField
                  id={FIELD_IDS.language}
                  label={t.pages.language}
                  hint={t.pages.languageHint}
                  value={draft.language}
                  onValue={(v) => set('language', v === 'en' ? 'en' : 'vi')}
                  options={[{ value: 'vi', label: t.pages.languages.vi ?? 'vi' }, { value: 'en', label: t.pages.languages.en ?? 'en' }]}
                  error={fieldErrors.language}
                  disabled={page !== null && !page.canChangeSlug}
                />
                <TextArea id={FIELD_IDS.description} label={t.pages.description} hint={t.pages.descriptionHint} value={draft.description} onValue={(v) => set('description', v)} rows={2} error={fieldErrors.description} />
                <div class={`form-group${fieldErrors.bodyHtml ? ' form-group--error' : ''}`}>
                  <p class="label" id={`${FIELD_IDS.bodyHtml}-label`}>
                    {t.pages.body}
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
                      resetKey={bodyKey}
                      editable={editable}
                      onChange={(html) => set('bodyHtml', html)}
                    />
                  </div>
                </div>
              </fieldset>
              {editable && (
                <div class="form-end button-group">
                  <Button type="submit" disabled={busy}>
                    {busy ? t.saving : t.pages.save}
                  </Button>
                  {dirty && <span class="hint">{t.editor.unsaved}</span>}
                </div>
              )}
            </form>
          )}
          {page !== null && revisions.data !== undefined && <PageHistory page={page} revisions={revisions.data} busy={busy || conflict !== null} onRestore={(n) => void restore(n)} />}
        </div>
        {page !== null && (
          <aside class="editor-layout__side" aria-label={t.pages.workflow}>
            <div class="side-box">
              <dl class="summary-list">
                <dt>{t.editor.status}</dt>
                <dd>
                  <StatusTag status={page.status} label={page.statusLabel} />
                </dd>
                <dt>{t.revisions.colNumber}</dt>
                <dd>{page.revision}</dd>
                <dt>{t.list.colUpdated}</dt>
                <dd>{formatDateTime(page.updatedAt)}</dd>
              </dl>
            </div>
            <WorkflowPanel options={page.allowedTransitions} busy={busy || conflict !== null} onRun={runTransition} withUnpublishTime={false} title={t.pages.workflow} />
            <ul class="link-list">
              {page.publicUrl && (
                <li>
                  <a href={page.publicUrl}>{t.pages.viewPublic}</a>
                </li>
              )}
              {page.canDelete && (
                <li>
                  <Button variant="link" class="link-danger" onClick={() => setConfirmDelete(true)}>
                    {t.pages.deletePage}
                  </Button>
                </li>
              )}
            </ul>
          </aside>
        )}
      </div>
      {confirmDelete && <ConfirmDialog title={t.pages.deletePage} message={t.pages.deleteConfirm} confirmLabel={t.delete} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />}
    </>
  );
}

