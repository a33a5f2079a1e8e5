/**
 * Beside the article form: its state and revision, Save, the workflow buttons, the
 * related links; and above it, the editor's return note or the public withdrawal note.
 * (The royalty data follows the article form: see the editor screen.)
 */
import type { TransitionExtra } from '../api/client.js';
import type { AdminArticle, TransitionOption } from '../api/types.js';
import type { Draft, DraftField } from '../lib/article-draft.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { FIELD_IDS } from './article-form.js';
import { Button, CheckboxField, TextField } from './form.js';
import { Link } from './link.js';
import { StatusTag } from './status-tag.js';
import { WorkflowPanel } from './workflow-panel.js';

interface Props {
  site: string;
  article: AdminArticle | null;
  canSave: boolean;
  busy: boolean;
  /** A conflict is being resolved: no transitions until it is. */
  blocked: boolean;
  dirty: boolean;
  onTransition: (option: TransitionOption, extra: TransitionExtra) => Promise<void>;
  onDelete: () => void;
  /** The form's state, for the fields kept beside it (the home page's placement). */
  draft: Draft;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  errors: Partial<Record<DraftField, string>>;
}

export function ArticleSidePanel({ site, article, canSave, busy, blocked, dirty, onTransition, onDelete, draft, set, errors }: Props) {
  return (
    <aside class="editor-layout__side" aria-label={t.editor.workflow}>
      <div class="side-box">
        {article !== null && (
          <dl class="summary-list">
            <dt>{t.editor.status}</dt>
            <dd>
              <StatusTag status={article.status} label={article.statusLabel} />
            </dd>
            <dt>{t.revisions.colNumber}</dt>
            <dd>{article.revision}</dd>
            <dt>{t.list.colUpdated}</dt>
            <dd>{formatDateTime(article.updatedAt)}</dd>
            {article.scheduledAt && (
              <>
                <dt>{t.editor.at}</dt>
                <dd>{formatDateTime(article.scheduledAt)}</dd>
              </>
            )}
            {article.unpublishAt && (
              <>
                <dt>{t.editor.unpublishAt}</dt>
                <dd>{formatDateTime(article.unpublishAt)}</dd>
              </>
            )}
          </dl>
        )}
        {article !== null && <PlacementFields article={article} editable={canSave} draft={draft} set={set} errors={errors} />}
        {canSave && (
          <div class="save-box">
            <Button type="submit" form="article-form" disabled={busy}>
              {busy ? t.saving : t.editor.save}
            </Button>
            {dirty && <p class="hint">{t.editor.unsaved}</p>}
          </div>
        )}
      </div>
      {article !== null && <WorkflowPanel options={article.allowedTransitions} busy={busy || blocked} onRun={onTransition} />}
      {article !== null && (
        <ul class="link-list">
          <li>
            <Link href={href({ name: 'revisions', site, id: article.id })}>{t.editor.history}</Link>
          </li>
          {article.publicUrl && article.status === 'published' && (
            <li>
              <a href={article.publicUrl}>{t.editor.viewPublic}</a>
            </li>
          )}
          {article.canDelete && (
            <li>
              <Button variant="link" class="link-danger" onClick={onDelete}>
                {t.editor.deleteArticle}
              </Button>
            </li>
          )}
        </ul>
      )}
    </aside>
  );
}

/**
 * "Tin nổi bật": whether the home page features the article, its order and end time.
 * Those who may not set them (contributors) see them read-only.
 */
function PlacementFields({ article, editable, draft, set, errors }: { article: AdminArticle; editable: boolean; draft: Draft; set: Props['set']; errors: Props['errors'] }) {
  const ro = !editable || !article.canFeature;
  return (
    <fieldset class="placement-fields" disabled={ro}>
      <legend class="label">{t.editor.placement}</legend>
      <CheckboxField id={FIELD_IDS.featured} label={t.editor.featured} hint={t.editor.featuredHint} checked={draft.featured} onChecked={(v) => set('featured', v)} disabled={ro} />
      {draft.featured && (
        <>
          <TextField id={FIELD_IDS.featuredOrder} label={t.editor.featuredOrder} hint={t.editor.featuredOrderHint} value={draft.featuredOrder} onValue={(v) => set('featuredOrder', v)} error={errors.featuredOrder} inputMode="numeric" width="short" />
          <TextField id={FIELD_IDS.featuredUntil} type="datetime-local" label={t.editor.featuredUntil} hint={t.editor.featuredUntilHint} value={draft.featuredUntil} onValue={(v) => set('featuredUntil', v)} error={errors.featuredUntil} />
        </>
      )}
      {errors.featured && <p class="error-message">{errors.featured}</p>}
    </fieldset>
  );
}

/** The return note (for the author) or the withdrawal note (public), shown prominently. */
export function ArticleNotes({ article }: { article: AdminArticle }) {
  if (article.status === 'returned' && article.returnNote) {
    return (
      <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
        <h2 id="return-note-title">{t.editor.returnedTitle}</h2>
        <p>{t.editor.returnedIntro}</p>
        <blockquote class="return-note">{article.returnNote}</blockquote>
      </div>
    );
  }
  if (article.status === 'withdrawn' && article.withdrawnNote) {
    return (
      <div class="panel panel--important" role="region" aria-labelledby="withdrawn-title">
        <h2 id="withdrawn-title">{t.editor.withdrawnTitle}</h2>
        <p>{article.withdrawnNote}</p>
      </div>
    );
  }
  return null;
}
