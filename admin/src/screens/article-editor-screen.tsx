/**
 * Biên tập tin bài: the article form, Save (naming the revision it is based on), the
 * conflict view on a stale save, and the workflow buttons the server allows.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, isConflict, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminArticle, Media, Royalty, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ArticleForm, FIELD_IDS } from '../components/article-form.js';
import { ArticleNotes, ArticleSidePanel } from '../components/article-side-panel.js';
import { ConflictView } from '../components/conflict-view.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, type SummaryError } from '../components/form.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { RoyaltyPanel } from '../components/royalty-panel.js';
import { SyndicationPanel } from '../components/syndication-panel.js';
import { asksFirst } from '../components/workflow-panel.js';
import { changedFields, draftOf, emptyDraft, inputOf, validOrder, type Draft, type DraftField } from '../lib/article-draft.js';
import { categoryOptions } from '../lib/categories.js';
import { htmlToText } from '../lib/html-text.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

export function ArticleEditorScreen({ site, id }: { site: string; id: number | 'new' }) {
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : api.article(site, id)), [site, id]);
  const categories = useLoad(() => api.categories(site), [site]);
  const title = id === 'new' ? t.editor.newTitle : t.editor.editTitle;
  return (
    <>
      {loaded.error !== undefined ? (
        <>
          <PageHeading title={title}>{title}</PageHeading>
          <LoadError message={loaded.error} onRetry={loaded.reload} />
        </>
      ) : loaded.data === undefined || categories.data === undefined ? (
        <>
          <PageHeading title={title}>{title}</PageHeading>
          {categories.error !== undefined ? <LoadError message={categories.error} onRetry={categories.reload} /> : <Loading />}
        </>
      ) : (
        <Editor site={site} initial={loaded.data} categoryOptions={categoryOptions(categories.data)} />
      )}
    </>
  );
}

interface Conflict {
  current: AdminArticle;
  /** What this editor started from (the last version they loaded or saved). */
  base: Draft;
  yours: Draft;
  theirs: Draft;
  fields: DraftField[];
}

function Editor({ site, initial, categoryOptions: options }: { site: string; initial: AdminArticle | null; categoryOptions: { value: string; label: string }[] }) {
  const announce = useAnnounce();
  const [article, setArticle] = useState<AdminArticle | null>(initial);
  const onRoyaltySaved = (royalty: Royalty) => setArticle((a) => (a === null ? a : { ...a, royalty }));
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftOf(initial) : emptyDraft()));
  const [saved, setSaved] = useState<Draft>(draft);
  const [bodyKey, setBodyKey] = useState(0);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const mediaList = useLoad(() => api.media(site), [site]);
  const [picked, setPicked] = useState<Media[]>([]);
  const media = useMemo(() => new Map([...(mediaList.data?.items ?? []), ...picked].map((m) => [m.id, m])), [mediaList.data, picked]);

  const editable = article === null || article.canEdit;
  // An editor may still place a published article on the home page or change its address:
  // not its text, which is the approver's (the server checks the same).
  const arrangeable = article !== null && !article.canEdit && (article.canFeature || article.canChangeSlug);
  const dirty = changedFields(draft, saved).length > 0;
  // Leaving the page (reload, closing the tab) with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const set = <K extends DraftField>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  function validate(d: Draft): boolean {
    const problems: Partial<Record<DraftField, string>> = {};
    if (d.title.trim() === '') problems.title = t.editor.titleMissing;
    if (d.categoryId === '') problems.categoryId = t.editor.categoryMissing;
    if (d.featured && !validOrder(d.featuredOrder)) problems.featuredOrder = t.editor.featuredOrderInvalid;
    showErrors(problems, []);
    return Object.keys(problems).length === 0;
  }

  function showErrors(byField: Partial<Record<DraftField, string>>, general: string[]) {
    setFieldErrors(byField);
    setErrors([
      ...general.map((message) => ({ message })),
      ...(Object.entries(byField) as [DraftField, string][]).map(([f, message]) => ({ fieldId: FIELD_IDS[f], message })),
    ]);
  }

  function apiErrors(error: unknown) {
    if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
      const byField: Partial<Record<DraftField, string>> = {};
      const general: string[] = [];
      for (const e of error.problem.errors ?? []) {
        if (e.field in FIELD_IDS) byField[e.field as DraftField] ??= e.message;
        else general.push(e.message);
      }
      showErrors(byField, general);
    } else showErrors({}, [messageOf(error)]);
  }

  /** Saves `d` against `base`; true when saved. A stale save opens the conflict view. */
  async function save(d: Draft, base: AdminArticle | null): Promise<AdminArticle | null> {
    if (!validate(d)) return null;
    setBusy(true);
    try {
      if (base === null) {
        const created = await api.createArticle(site, inputOf(d));
        announce(t.editor.created);
        navigate(href({ name: 'article', site, id: created.id }), { replace: true });
        return created;
      }
      // Only those who may feature send the placement; the others' saves leave it as it is.
      const next = await api.saveArticle(site, base.id, inputOf(d, { saved: draftOf(base), canFeature: base.canFeature, canChangeSlug: base.canChangeSlug }), base.revision);
      setArticle(next);
      setSaved(d);
      setConflict(null);
      announce(t.editor.saved(next.revision));
      return next;
    } catch (error) {
      if (isConflict(error)) {
        const current = error.problem.current;
        const theirs = draftOf(current);
        setConflict({ current, base: saved, yours: d, theirs, fields: changedFields(d, theirs) });
        showErrors({}, []);
        announce(t.conflict.title, 'error');
      } else apiErrors(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    let base = article;
    if (base === null) return;
    if (dirty && base.canEdit) {
      base = await save(draft, base);
      if (base === null) throw new Error('not saved');
    }
    setBusy(true);
    try {
      const next = await api.transition(site, base.id, option.transition, extra);
      setArticle(next);
      showErrors({}, []);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
    } catch (error) {
      // A dialog shows the reason beside its own fields; a one-click transition shows it here.
      if (!asksFirst(option)) apiErrors(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (article === null) return;
    setConfirmDelete(false);
    try {
      await api.deleteArticle(site, article.id);
      announce(t.editor.deleted);
      navigate(href({ name: 'articles', site }));
    } catch (error) {
      apiErrors(error);
    }
  }

  const describe = (field: DraftField, d: Draft): string => {
    switch (field) {
      case 'categoryId':
        return options.find((o) => o.value === d.categoryId)?.label.replace(/^(— )+/, '') ?? d.categoryId;
      case 'featuredImageId':
        return d.featuredImageId === null ? '' : media.get(d.featuredImageId)?.originalName ?? `#${d.featuredImageId}`;
      case 'attachmentIds':
        return d.attachmentIds.map((i) => media.get(i)?.originalName ?? `#${i}`).join('\n');
      case 'extraCategoryIds':
        return d.extraCategoryIds.map((i) => options.find((o) => o.value === String(i))?.label.replace(/^(— )+/, '') ?? `#${i}`).join('\n');
      case 'relatedIds':
        return d.relatedIds.map((i) => article?.relatedArticles.find((r) => r.id === i)?.title ?? `#${i}`).join('\n');
      case 'bodyHtml':
        return htmlToText(d.bodyHtml);
      case 'featured':
        return d.featured ? t.editor.featuredYes : t.editor.featuredNo;
      default:
        return String(d[field] ?? '');
    }
  };

  const heading = article === null ? t.editor.newTitle : t.editor.editTitle;
  return (
    <>
      <PageHeading title={article ? `${heading}: ${article.title}` : heading} caption={article?.title}>
        {heading}
      </PageHeading>
      {article !== null && <ArticleNotes article={article} />}
      <ErrorSummary errors={errors} />
      <div class="editor-layout">
        <div class="editor-layout__main">
          {conflict !== null ? (
            <ConflictView
              base={conflict.base}
              yours={conflict.yours}
              theirs={conflict.theirs}
              current={conflict.current}
              fields={conflict.fields}
              describe={describe}
              onResolve={(merged) => {
                setDraft(merged);
                setBodyKey((k) => k + 1);
                setArticle(conflict.current);
                void save(merged, conflict.current);
              }}
              onDiscard={() => {
                setArticle(conflict.current);
                setDraft(conflict.theirs);
                setBodyKey((k) => k + 1);
                setSaved(conflict.theirs);
                setConflict(null);
              }}
            />
          ) : (
            <form
              id="article-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save(draft, article);
              }}
            >
              {!editable && <p class="panel panel--info">{t.editor.readOnly}</p>}
              <ArticleForm site={site} article={article} draft={draft} set={set} errors={fieldErrors} categories={options} media={media} onMedia={(m) => setPicked((p) => [...p, m])} editable={editable} bodyKey={bodyKey} />
              {editable && (
                <div class="form-end button-group">
                  <Button type="submit" disabled={busy}>
                    {busy ? t.saving : t.editor.save}
                  </Button>
                  {dirty && <span class="hint">{t.editor.unsaved}</span>}
                </div>
              )}
            </form>
          )}
          {/* After the article, on every width: the side column stays short enough to stay in view,
              and on a tablet (one column, side first) the reporter reaches the text before it. */}
          {article !== null && <RoyaltyPanel key={article.id} site={site} article={article} onSaved={onRoyaltySaved} />}
          {article !== null && <SyndicationPanel key={`syndication-${article.id}`} site={site} article={article} />}
        </div>
        <ArticleSidePanel
          site={site}
          article={article}
          canSave={(editable || arrangeable) && conflict === null}
          busy={busy}
          blocked={conflict !== null}
          dirty={dirty}
          onTransition={runTransition}
          onDelete={() => setConfirmDelete(true)}
          draft={draft}
          set={set}
          errors={fieldErrors}
        />
      </div>
      {confirmDelete && <ConfirmDialog title={t.editor.deleteArticle} message={t.editor.deleteConfirm} confirmLabel={t.delete} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />}
    </>
  );
}
