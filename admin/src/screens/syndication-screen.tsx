/**
 * Tin đề xuất: what the site's child sites proposed to it — the pending ones first, each
 * with a note and Nhận đăng / Từ chối (declining needs the note) — then those decided;
 * and what this site proposed to its parent, with its state, the parent's note and
 * Rút đề xuất. Only the moves the server offers (`actions`) are shown.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { AdminSyndication } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, TextArea } from '../components/form.js';
import { LoadState } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { asyncHandler } from '../lib/async-handler.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';

const TAG: Record<AdminSyndication['state'], string> = { proposed: 'submitted', accepted: 'published', declined: 'returned', retracted: 'unpublished' };

export function SyndicationStateTag({ item }: { item: AdminSyndication }) {
  return <strong class={`tag tag--${TAG[item.state]}`}>{item.stateLabel}</strong>;
}

function ArticleCell({ item }: { item: AdminSyndication }) {
  return (
    <>
      <a href={item.article.url}>{item.article.title}</a>
      {item.article.public ? null : (
        <>
          <br />
          <small>{t.syndication.notPublic}</small>
        </>
      )}
    </>
  );
}

export function SyndicationScreen({ site }: { site: string }) {
  const loaded = useLoad(() => api.syndication(site), [site]);
  const m = t.syndication;
  return (
    <>
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <p>{m.intro}</p>
      <LoadState loaded={loaded}>
        {(data) => {
          const pending = data.inbox.filter((i) => i.actions.length > 0);
          const decided = data.inbox.filter((i) => i.actions.length === 0);
          return (
            <>
              <section aria-labelledby="syndication-inbox">
                <h2 id="syndication-inbox">{m.inbox}</h2>
                {data.inbox.length === 0 ? <p>{m.inboxEmpty}</p> : null}
                {pending.map((item) => (
                  <Decision key={item.id} site={site} item={item} onDone={loaded.reload} />
                ))}
                {decided.length === 0 ? null : <Table items={decided} caption={m.inbox} side="target" site={site} onDone={loaded.reload} />}
              </section>
              <section aria-labelledby="syndication-outbox">
                <h2 id="syndication-outbox">{data.parent === null ? m.panelTitle : m.outbox(data.parent.name)}</h2>
                {data.parent === null ? (
                  <p>{m.noParent}</p>
                ) : data.outbox.length === 0 ? (
                  <p>{m.outboxEmpty}</p>
                ) : (
                  <Table items={data.outbox} caption={m.outbox(data.parent.name)} side="source" site={site} onDone={loaded.reload} />
                )}
              </section>
            </>
          );
        }}
      </LoadState>
    </>
  );
}

/** A pending proposal: its article, who proposed it and when, the note, accept or decline. */
function Decision({ site, item, onDone }: { site: string; item: AdminSyndication; onDone: () => void }) {
  const m = t.syndication;
  const announce = useAnnounce();
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ message: string; onNote: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = `syndication-note-${item.id}`;

  const decide = asyncHandler(async (action: 'accept' | 'decline') => {
    setBusy(true);
    try {
      await api.decideSyndication(site, item.id, action, note);
      announce(action === 'accept' ? m.accepted : m.declined);
      onDone();
    } catch (e) {
      const onNote = e instanceof ApiError && (e.problem.errors ?? []).some((f) => f.field === 'note');
      setError({ message: messageOf(e), onNote });
    } finally {
      setBusy(false);
    }
  });

  return (
    <article class="side-box syndication-decision" aria-labelledby={`syndication-title-${item.id}`}>
      <h3 id={`syndication-title-${item.id}`}>
        <a href={item.article.url}>{item.article.title}</a>
      </h3>
      <p>
        <SyndicationStateTag item={item} /> {m.from}: {item.from.name} · {m.proposedAt} {formatDateTime(item.proposedAt)}
        {item.proposedBy === null ? null : ` ${m.by(item.proposedBy)}`}
      </p>
      {item.article.public ? null : <p class="panel panel--info">{m.notPublic}</p>}
      <ErrorSummary errors={error === null ? [] : [{ fieldId: error.onNote ? noteId : undefined, message: error.message }]} />
      <TextArea id={noteId} label={m.noteLabel(item.article.title)} hint={m.noteHint} value={note} onValue={setNote} error={error?.onNote === true ? error.message : undefined} />
      <div class="button-group">
        {item.actions.includes('accept') && (
          <Button disabled={busy} onClick={() => decide('accept')}>
            {m.accept}
          </Button>
        )}
        {item.actions.includes('decline') && (
          <Button variant="warning" disabled={busy} onClick={() => decide('decline')}>
            {m.decline}
          </Button>
        )}
      </div>
    </article>
  );
}

function Table({ items, caption, side, site, onDone }: { items: AdminSyndication[]; caption: string; side: 'source' | 'target'; site: string; onDone: () => void }) {
  const m = t.syndication;
  const announce = useAnnounce();
  const [busy, setBusy] = useState<number | null>(null);
  const retract = asyncHandler(async (item: AdminSyndication) => {
    setBusy(item.id);
    try {
      await api.retractSyndication(site, item.article.id);
      announce(m.retracted);
      onDone();
    } catch (e) {
      announce(messageOf(e), 'error');
    } finally {
      setBusy(null);
    }
  });
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.article}</th>
            {side === 'target' && <th scope="col">{m.from}</th>}
            <th scope="col">{m.proposedAt}</th>
            <th scope="col">{m.state}</th>
            <th scope="col">{m.note}</th>
            {side === 'source' && <th scope="col">{m.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <ArticleCell item={item} />
              </td>
              {side === 'target' && <td>{item.from.name}</td>}
              <td>{formatDateTime(item.proposedAt)}</td>
              <td>
                <SyndicationStateTag item={item} />
                {item.decidedBy === null ? null : (
                  <>
                    <br />
                    <small>{m.by(item.decidedBy)}</small>
                  </>
                )}
              </td>
              <td>{item.note ?? '—'}</td>
              {side === 'source' && (
                <td>
                  {item.actions.includes('retract') ? (
                    <Button variant="secondary" disabled={busy === item.id} onClick={() => retract(item)}>
                      {m.retract}
                      <span class="visually-hidden">: {item.article.title}</span>
                    </Button>
                  ) : (
                    '—'
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
