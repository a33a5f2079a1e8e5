/**
 * Đề xuất lên cổng cấp trên, beside a published article: for the site's approvers and
 * site admins when the site has a parent, the latest proposal of this article with its
 * state and the parent's note, and the one move that fits (propose, or retract).
 */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminArticle } from '../api/types.js';
import { asyncHandler } from '../lib/async-handler.js';
import { useSession } from '../lib/session.js';
import { maySyndicate } from '../lib/syndication.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { useAnnounce } from './announcer.js';
import { Button } from './form.js';
import { Link } from './link.js';

export function SyndicationPanel({ site, article }: { site: string; article: AdminArticle }) {
  const session = useSession();
  if (article.status !== 'published' || !maySyndicate(session, site)) return null;
  return <Panel site={site} articleId={article.id} />;
}

function Panel({ site, articleId }: { site: string; articleId: number }) {
  const m = t.syndication;
  const announce = useAnnounce();
  const loaded = useLoad(() => api.syndication(site), [site, articleId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = loaded.data;
  if (data === undefined || data.parent === null) return null;
  // The outbox lists the newest proposal first.
  const latest = data.outbox.find((i) => i.article.id === articleId);
  const live = latest !== undefined && (latest.state === 'proposed' || latest.state === 'accepted');

  const act = asyncHandler(async () => {
    setBusy(true);
    setError(null);
    try {
      if (live) await api.retractSyndication(site, articleId);
      else await api.proposeSyndication(site, articleId);
      announce(live ? m.retracted : m.proposed);
      loaded.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  });

  return (
    <section class="side-box syndication-panel" aria-labelledby="syndication-panel-title">
      <h2 id="syndication-panel-title">{m.panelTitle}</h2>
      <p>{m.panelIntro(data.parent.name)}</p>
      {latest === undefined ? null : (
        <p>
          {m.current(latest.stateLabel)}
          {latest.note === null ? null : ` ${m.note}: ${latest.note}`}
        </p>
      )}
      {error === null ? null : (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
      <div class="button-group">
        <Button variant={live ? 'secondary' : 'primary'} disabled={busy} onClick={act}>
          {live ? m.retract : m.propose}
        </Button>
        <Link href={href({ name: 'syndication', site })}>{m.openScreen}</Link>
      </div>
    </section>
  );
}
