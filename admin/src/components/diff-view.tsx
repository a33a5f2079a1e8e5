/**
 * The difference between two revisions, field by field: insertions in <ins>, deletions
 * in <del>, each also marked in words for screen readers and by underline or
 * strike-through on screen (never by colour alone).
 */
import type { ArticleDiff } from '../api/types.js';
import { t } from '../messages.js';

export function DiffView({ diff }: { diff: ArticleDiff }) {
  const changed = diff.fields.filter((f) => f.parts.some((p) => p.op !== 'equal'));
  if (changed.length === 0) return <p>{t.revisions.noDiff}</p>;
  return (
    <>
      <p class="hint">{t.revisions.legend}</p>
      <dl class="diff">
        {changed.map((f) => (
          <div key={f.field} class="diff__field">
            <dt>{t.editor.fields[f.field] ?? f.label ?? f.field}</dt>
            <dd class="diff__text">
              {f.parts.map((p, i) =>
                p.op === 'insert' ? (
                  <ins key={i}>
                    <span class="visually-hidden">[{t.revisions.inserted} </span>
                    {p.text}
                    <span class="visually-hidden">]</span>
                  </ins>
                ) : p.op === 'delete' ? (
                  <del key={i}>
                    <span class="visually-hidden">[{t.revisions.deleted} </span>
                    {p.text}
                    <span class="visually-hidden">]</span>
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
