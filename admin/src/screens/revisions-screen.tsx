/** Lịch sử phiên bản: every saved revision, the difference between any two, and restoring one. */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminArticle, ArticleDiff, Revision } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { DiffView } from '../components/diff-view.js';
import { Button, ErrorSummary } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { asyncHandler } from '../lib/async-handler.js';

export function RevisionsScreen({ site, id }: { site: string; id: number }) {
  const data = useLoad(() => Promise.all([api.article(site, id), api.revisions(site, id)]), [site, id]);
  return (
    <>
      <PageHeading title={t.revisions.title} caption={data.data ? t.revisions.of(data.data[0].title) : undefined}>
        {t.revisions.title}
      </PageHeading>
      <p>
        <Link href={href({ name: 'article', site, id })}>‹ {t.revisions.back}</Link>
      </p>
      {data.error !== undefined ? (
        <LoadError message={data.error} onRetry={data.reload} />
      ) : data.data === undefined ? (
        <Loading />
      ) : (
        <History site={site} article={data.data[0]} revisions={data.data[1]} onRestored={data.reload} />
      )}
    </>
  );
}

function History({ site, article, revisions, onRestored }: { site: string; article: AdminArticle; revisions: Revision[]; onRestored: () => void }) {
  const sorted = [...revisions].sort((a, b) => b.number - a.number);
  const [from, setFrom] = useState<number | undefined>(sorted[1]?.number ?? sorted[0]?.number);
  const [to, setTo] = useState<number | undefined>(sorted[0]?.number);
  const [diff, setDiff] = useState<{ from: number; to: number; diff: ArticleDiff } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const announce = useAnnounce();

  async function compare(event: Event) {
    event.preventDefault();
    if (from === undefined || to === undefined) return;
    try {
      setError(null);
      setDiff({ from, to, diff: await api.diff(site, article.id, from, to) });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore(n: number) {
    setRestoring(null);
    try {
      const next = await api.restore(site, article.id, n, article.revision);
      announce(t.revisions.restored(n, next.revision));
      onRestored();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <form onSubmit={asyncHandler(compare)}>
        <div class="table-wrap">
          <table class="table">
            <caption class="table__caption">{t.revisions.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.revisions.colNumber}</th>
                <th scope="col">{t.revisions.colAuthor}</th>
                <th scope="col">{t.revisions.colTime}</th>
                <th scope="col">{t.revisions.colNote}</th>
                <th scope="col">{t.revisions.colFrom}</th>
                <th scope="col">{t.revisions.colTo}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.confirm}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.number}>
                  <th scope="row">
                    {r.number} {r.number === article.revision && <span class="muted">{t.revisions.current}</span>}
                  </th>
                  <td>{r.authorName ?? ''}</td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>{r.note ?? ''}</td>
                  <td class="radio-cell">
                    <input type="radio" name="from" aria-label={t.revisions.fromLabel(r.number)} checked={from === r.number} onChange={() => setFrom(r.number)} />
                  </td>
                  <td class="radio-cell">
                    <input type="radio" name="to" aria-label={t.revisions.toLabel(r.number)} checked={to === r.number} onChange={() => setTo(r.number)} />
                  </td>
                  <td>
                    {r.number !== article.revision && article.canEdit && (
                      <Button variant="link" onClick={() => setRestoring(r.number)}>
                        {t.revisions.restore(r.number)}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Button type="submit" disabled={sorted.length < 2}>
          {t.revisions.compare}
        </Button>
      </form>
      {diff !== null && (
        <section class="section" aria-labelledby="diff-title">
          <h2 id="diff-title">{t.revisions.diffTitle(diff.from, diff.to)}</h2>
          <DiffView diff={diff.diff} />
        </section>
      )}
      {restoring !== null && (
        <ConfirmDialog title={t.revisions.restore(restoring)} message={t.revisions.restoreConfirm(restoring)} confirmLabel={t.revisions.restore(restoring)} onConfirm={() => void restore(restoring)} onClose={() => setRestoring(null)} />
      )}
    </>
  );
}
