/**
 * A stale save (409): the editor's version and the server's current one side by side,
 * field by field. For each field the editor keeps one version (or copies text from
 * either), then saves again against the current revision — nothing is lost.
 */
import { useId, useState } from 'preact/hooks';
import type { AdminArticle } from '../api/types.js';
import { changedFields, type Draft } from '../lib/article-draft.js';
import { t } from '../messages.js';
import { useAnnounce } from './announcer.js';
import { Button } from './form.js';

/** The fields of a form's draft (an article's by default; a static page's has its own). */
type FieldOf<D> = keyof D & string;

interface Props<D extends object> {
  /** What the editor started from: a field they did not touch defaults to the current version. */
  base: D;
  yours: D;
  theirs: D;
  current: Pick<AdminArticle, 'revision'>;
  fields: FieldOf<D>[];
  /** How a field's value reads to a person (category names, file names, plain text of HTML). */
  describe: (field: FieldOf<D>, draft: D) => string;
  onResolve: (merged: D) => void;
  onDiscard: () => void;
  /** For a draft other than an article's: its heading, its introduction, its field names and which fields the editor changed. */
  kind?: { title: string; intro: (revision: number) => string; label: (field: FieldOf<D>) => string; changed: (a: D, b: D) => FieldOf<D>[] };
}

/** The article's texts and rules, for the article editor. */
const ARTICLE_KIND = {
  title: t.conflict.title,
  intro: (revision: number) => t.conflict.intro(revision, ''),
  label: (field: string) => t.editor.fields[field] ?? field,
  changed: (a: unknown, b: unknown) => changedFields(a as Draft, b as Draft) as string[],
};

export function ConflictView<D extends object = Draft>({ base, yours, theirs, current, fields, describe, onResolve, onDiscard, kind }: Props<D>) {
  const texts = kind ?? ARTICLE_KIND;
  // Both sides' edits survive by default: what only they changed comes from them, what you changed from you.
  const [choice, setChoice] = useState<Partial<Record<FieldOf<D>, 'yours' | 'theirs'>>>(() =>
    Object.fromEntries(fields.map((f) => [f, texts.changed(base, yours).includes(f) ? 'yours' : 'theirs'])) as Partial<Record<FieldOf<D>, 'yours' | 'theirs'>>,
  );
  const headingId = `c${useId()}`;

  function merged(): D {
    // Fields outside `fields` are the same on both sides.
    const out: D = { ...theirs };
    for (const f of fields) if (choice[f] === 'yours') copyField(out, yours, f);
    return out;
  }

  return (
    <section class="conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.title}</h2>
      <p>{texts.intro(current.revision)}</p>
      {fields.map((field) => (
        <ConflictField
          key={field}
          label={texts.label(field)}
          yours={describe(field, yours)}
          theirs={describe(field, theirs)}
          choice={choice[field] ?? 'theirs'}
          onChoice={(c) => setChoice((old) => ({ ...old, [field]: c }))}
        />
      ))}
      <div class="button-group">
        <Button onClick={() => onResolve(merged())}>{t.conflict.saveMerged}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t.conflict.discard}
        </Button>
      </div>
    </section>
  );
}

function copyField<D extends object, K extends keyof D>(to: D, from: D, field: K): void {
  to[field] = from[field];
}

function ConflictField({ label, yours, theirs, choice, onChoice }: { label: string; yours: string; theirs: string; choice: 'yours' | 'theirs'; onChoice: (c: 'yours' | 'theirs') => void }) {
  const name = `pick${useId()}`;
  return (
    <fieldset class="conflict__field">
      <legend class="conflict__legend">{t.conflict.choice(label)}</legend>
      <div class="conflict__columns">
        <Version name={name} value="yours" title={t.conflict.yours} text={yours} checked={choice === 'yours'} onCheck={() => onChoice('yours')} label={t.conflict.keepYours} />
        <Version name={name} value="theirs" title={t.conflict.theirs} text={theirs} checked={choice === 'theirs'} onCheck={() => onChoice('theirs')} label={t.conflict.keepTheirs} />
      </div>
    </fieldset>
  );
}

function Version({ name, value, title, text, checked, onCheck, label }: { name: string; value: string; title: string; text: string; checked: boolean; onCheck: () => void; label: string }) {
  const id = `${name}-${value}`;
  const announce = useAnnounce();
  return (
    <div class={`conflict__version${checked ? ' conflict__version--chosen' : ''}`}>
      <h3 class="conflict__title">{title}</h3>
      <textarea class="textarea conflict__text" readOnly rows={rowsFor(text)} aria-label={title} value={text === '' ? t.conflict.empty : text} />
      <div class="conflict__actions">
        <div class="radio">
          <input type="radio" id={id} name={name} value={value} checked={checked} onChange={onCheck} />
          <label for={id}>{label}</label>
        </div>
        <Button
          variant="link"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => announce(t.conflict.copied, 'info'));
          }}
        >
          {t.conflict.copy}
          <span class="visually-hidden"> {title}</span>
        </Button>
      </div>
    </div>
  );
}

/** Enough rows to show a field's text without scrolling, up to twelve. */
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 45)), 0);
  return Math.min(12, Math.max(2, lines));
}
