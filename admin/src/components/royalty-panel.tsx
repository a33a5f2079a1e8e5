/**
 * Nhuận bút of one article, beside the editor: genre, the approver's coefficient, the
 * reprint flag and the authors with their shares, saved on their own (PUT …/royalty,
 * no new revision). What is editable mirrors setRoyalty in src/editorial/royalty.ts:
 * approvers and site admins set everything; whoever may edit the article sets all but
 * the coefficient, which they see read-only; anyone else reads it all.
 */
import { useRef, useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { AdminArticle, Royalty } from '../api/types.js';
import { mayGradeRoyalty, useSession } from '../lib/session.js';
import { newAuthorRow, royaltyDraftOf, royaltyFieldId, royaltyFieldLabel, royaltyInputOf, type AuthorRow, type RoyaltyDraft, type RoyaltyErrors } from '../lib/royalty-draft.js';
import { t } from '../messages.js';
import { useAnnounce } from './announcer.js';
import { Button, CheckboxField, ErrorMessage, ErrorSummary, TextField } from './form.js';
import { asyncHandler } from '../lib/async-handler.js';

interface Props {
  site: string;
  article: AdminArticle;
  onSaved: (royalty: Royalty) => void;
}

export function RoyaltyPanel({ site, article, onSaved }: Props) {
  const session = useSession();
  const mayGrade = mayGradeRoyalty(session, site);
  return (
    <section class="side-box royalty-panel" aria-labelledby="royalty-title">
      <h2 id="royalty-title">{t.royaltyPanel.title}</h2>
      {mayGrade || article.canEdit ? <RoyaltyForm site={site} article={article} mayGrade={mayGrade} onSaved={onSaved} /> : <RoyaltySummary royalty={article.royalty} />}
    </section>
  );
}

function RoyaltyForm({ site, article, mayGrade, onSaved }: Props & { mayGrade: boolean }) {
  const announce = useAnnounce();
  // The article is reloaded after every save and transition; the form keeps what is being typed.
  const [draft, setDraft] = useState<RoyaltyDraft>(() => royaltyDraftOf(article.royalty));
  const [saved, setSaved] = useState<RoyaltyDraft>(draft);
  const [errors, setErrors] = useState<RoyaltyErrors>({});
  const [busy, setBusy] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const setAuthor = (index: number, change: Partial<AuthorRow>) =>
    setDraft((d) => ({ ...d, authors: d.authors.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  function addAuthor() {
    const index = draft.authors.length;
    setDraft((d) => ({ ...d, authors: [...d.authors, newAuthorRow(d.authors)] }));
    // The new row's name is where a keyboard user goes next.
    window.setTimeout(() => document.getElementById(royaltyFieldId(`authors.${index}.name`))?.focus(), 0);
  }

  function removeAuthor(index: number) {
    setDraft((d) => ({ ...d, authors: d.authors.filter((_, i) => i !== index) }));
    // Errors name rows by position, which has just changed.
    setErrors({});
    addButton.current?.focus();
    announce(t.royaltyPanel.removed(index + 1), 'info');
  }

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = royaltyInputOf(draft, mayGrade);
    if ('errors' in parsed) return setErrors(parsed.errors);
    setBusy(true);
    try {
      const royalty = await api.setRoyalty(site, article.id, parsed.input);
      const next = royaltyDraftOf(royalty);
      setDraft(next);
      setSaved(next);
      setErrors({});
      onSaved(royalty);
      announce(t.royaltyPanel.saved);
    } catch (error) {
      const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
      const byPath: RoyaltyErrors = {};
      for (const e of fields) byPath[e.field] ??= e.message;
      setErrors(fields.length > 0 ? byPath : { '': messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([path, message]) =>
    path === '' ? { message } : { fieldId: royaltyFieldId(path), message: `${royaltyFieldLabel(path)}: ${message}` },
  );
  // An error about the authors as a whole (the 100 % total) sits under their legend.
  const authorsError = Object.entries(errors).find(([path]) => royaltyFieldId(path) === 'royalty-authors' && path !== '')?.[1];
  return (
    <form onSubmit={asyncHandler(submit)} noValidate>
      <ErrorSummary errors={summary} />
      <TextField id="royalty-genre" label={t.royaltyPanel.genre} hint={t.royaltyPanel.genreHint} value={draft.genre} onValue={(genre) => setDraft((d) => ({ ...d, genre }))} error={errors['genre']} />
      {mayGrade ? (
        <TextField
          id="royalty-coefficient"
          label={t.royaltyPanel.coefficient}
          hint={t.royaltyPanel.coefficientHint}
          value={draft.coefficient}
          onValue={(coefficient) => setDraft((d) => ({ ...d, coefficient }))}
          inputMode="decimal"
          width="short"
          error={errors['coefficient']}
        />
      ) : (
        <ReadOnlyCoefficient value={draft.coefficient} />
      )}
      <CheckboxField id="royalty-reprint" label={t.royaltyPanel.reprint} hint={t.royaltyPanel.reprintHint} checked={draft.isReprint} onChecked={(isReprint) => setDraft((d) => ({ ...d, isReprint }))} />
      <fieldset class={`royalty-authors${authorsError ? ' royalty-authors--error' : ''}`} id="royalty-authors" tabIndex={-1} aria-describedby={`royalty-authors-hint${authorsError ? ' royalty-authors-error' : ''}`}>
        <legend>{t.royaltyPanel.authors}</legend>
        <p class="hint" id="royalty-authors-hint">
          {t.royaltyPanel.authorsHint}
        </p>
        {authorsError && <ErrorMessage id="royalty-authors-error">{authorsError}</ErrorMessage>}
        {draft.authors.length === 0 && <p class="muted">{t.royaltyPanel.noAuthors}</p>}
        {draft.authors.map((a, i) => (
          <fieldset key={i} class="royalty-author">
            <legend>{t.royaltyPanel.author(i + 1)}</legend>
            <TextField id={royaltyFieldId(`authors.${i}.name`)} label={t.royaltyPanel.name} value={a.name} onValue={(name) => setAuthor(i, { name })} error={errors[`authors.${i}.name`] ?? errors[`authors.${i}.userId`]} />
            <TextField id={royaltyFieldId(`authors.${i}.share`)} label={t.royaltyPanel.share} value={a.share} onValue={(share) => setAuthor(i, { share })} inputMode="decimal" width="short" error={errors[`authors.${i}.share`]} />
            <Button variant="link" class="link-danger" onClick={() => removeAuthor(i)}>
              {t.royaltyPanel.removeAuthor(i + 1)}
            </Button>
          </fieldset>
        ))}
        <button type="button" class="button button--secondary" ref={addButton} onClick={addAuthor}>
          {t.royaltyPanel.addAuthor}
        </button>
      </fieldset>
      <div class="save-box">
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.royaltyPanel.save}
        </Button>
        {dirty && <p class="hint">{t.royaltyPanel.unsaved}</p>}
      </div>
    </form>
  );
}

/** The coefficient for those who may not grade: shown, not offered. */
function ReadOnlyCoefficient({ value }: { value: string }) {
  return (
    <div class="form-group">
      <dl class="summary-list">
        <dt>{t.royaltyPanel.coefficient}</dt>
        <dd id="royalty-coefficient">{value === '' ? t.royaltyPanel.notGraded : value}</dd>
      </dl>
      <p class="hint">{t.royaltyPanel.coefficientReadOnly}</p>
    </div>
  );
}

/** Everything read-only, for who may neither edit the article nor grade it. */
function RoyaltySummary({ royalty }: { royalty: Royalty | undefined }) {
  const d = royaltyDraftOf(royalty);
  return (
    <dl class="summary-list">
      <dt>{t.royaltyPanel.genre}</dt>
      <dd>{d.genre === '' ? t.none : d.genre}</dd>
      <dt>{t.royaltyPanel.coefficient}</dt>
      <dd>{d.coefficient === '' ? t.royaltyPanel.notGraded : d.coefficient}</dd>
      <dt>{t.royaltyPanel.reprint}</dt>
      <dd>{d.isReprint ? t.yes : t.no}</dd>
      <dt>{t.royaltyPanel.authors}</dt>
      <dd>
        {d.authors.length === 0 ? (
          t.royaltyPanel.noAuthors
        ) : (
          <ul class="plain-list">
            {d.authors.map((a, i) => (
              <li key={i}>
                {a.name} – {t.royaltyPanel.shareOf(a.share)}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
