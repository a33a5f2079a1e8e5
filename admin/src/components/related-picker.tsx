/**
 * "Tin liên quan" of the article form: a search field (empty: suggestions from the
 * article's title), the public articles found, each with "Thêm", and the chosen list
 * in the order the public page shows it, with "Lên", "Xuống" and "Bỏ". A new article has
 * no id to search from yet: it is saved first.
 */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminArticle, RelatedSuggestion } from '../api/types.js';
import { asyncHandler } from '../lib/async-handler.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { MAX_RELATED } from '../../../src/contract/domain.js';
import { useAnnounce } from './announcer.js';
import { Button, ErrorMessage } from './form.js';
import { OrderedPicks } from './ordered-picks.js';

interface Known {
  title: string;
  /** Why it will not show yet (a status label), when it is not public. */
  pending?: string | undefined;
}

export function RelatedPicker({ site, article, value, onValue, error, editable, id }: {
  site: string;
  article: AdminArticle | null;
  value: number[];
  onValue: (next: number[]) => void;
  error?: string | undefined;
  editable: boolean;
  /** The id of the group, for the error summary's link. */
  id: string;
}) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<RelatedSuggestion[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<Map<number, Known>>(new Map());
  const announce = useAnnounce();

  const known = new Map<number, Known>((article?.relatedArticles ?? []).map((r) => [r.id, { title: r.title, pending: r.isPublic ? undefined : r.statusLabel }]));
  for (const [key, k] of picked) known.set(key, k);
  const full = value.length >= MAX_RELATED;

  async function find() {
    if (article === null) return;
    setBusy(true);
    try {
      const list = await api.relatedSuggestions(site, article.id, q);
      setFound(list);
      setProblem(null);
      announce(list.length === 0 ? t.related.noSuggestions : t.related.found(list.length), 'info');
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  function add(s: RelatedSuggestion) {
    if (value.includes(s.id) || full) return;
    setPicked((old) => new Map(old).set(s.id, { title: s.title }));
    onValue([...value, s.id]);
    announce(t.related.added(s.title), 'info');
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset class={`fieldset related-picker${error ? ' form-group--error' : ''}`} id={id} tabIndex={-1} aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
      <legend>{t.related.legend}</legend>
      <p class="hint" id={hintId}>
        {t.related.hint}
      </p>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <h3 class="label">{t.related.chosen}</h3>
      {value.length === 0 ? (
        <p class="muted">{t.related.none}</p>
      ) : (
        <OrderedPicks
          caption={t.related.chosen}
          removable
          disabled={!editable}
          items={value.map((rid) => {
            const k = known.get(rid);
            return { id: rid, label: k?.title ?? `#${rid}`, detail: k?.pending === undefined ? undefined : `${k.pending}, ${t.related.notPublic}` };
          })}
          onChange={(items) => onValue(items.map((i) => i.id))}
        />
      )}
      {editable && article === null && <p class="hint">{t.related.saveFirst}</p>}
      {editable && article !== null && (
        <div class="related-picker__search">
          <div class="form-group">
            <label class="label" for={`${id}-q`}>
              {t.related.search}
            </label>
            <p class="hint" id={`${id}-q-hint`}>
              {t.related.searchHint}
            </p>
            {problem && <ErrorMessage id={`${id}-q-error`}>{problem}</ErrorMessage>}
            <div class="search-row">
              <input
                id={`${id}-q`}
                class="input"
                type="search"
                value={q}
                maxLength={200}
                aria-describedby={[`${id}-q-hint`, problem ? `${id}-q-error` : ''].filter(Boolean).join(' ')}
                onInput={(e) => setQ(e.currentTarget.value)}
                onKeyDown={(e) => {
                  // Enter searches here instead of saving the whole article form.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    asyncHandler(find)();
                  }
                }}
              />
              <Button variant="secondary" disabled={busy} onClick={asyncHandler(find)}>
                {busy ? t.related.searching : t.related.find}
              </Button>
            </div>
          </div>
          {found !== null && (
            <>
              <h3 class="label">{t.related.suggestions}</h3>
              {full && <p class="hint">{t.related.full}</p>}
              {found.length === 0 ? (
                <p class="muted">{t.related.noSuggestions}</p>
              ) : (
                <ul class="plain-list related-picker__found">
                  {found.map((s) => (
                    <li key={s.id} class="ordered-picks__item">
                      <span>
                        {s.title}
                        <span class="muted">
                          {' '}
                          · {s.categoryName} · {formatDateTime(s.publishedAt)}
                        </span>
                      </span>
                      <Button variant="secondary" disabled={full || value.includes(s.id)} onClick={() => add(s)}>
                        {t.related.add}
                        <span class="visually-hidden">: {s.title}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
