/** Bảng điều khiển: my drafts, what waits for me, what is scheduled, and — highlighted — what is overdue. */
import { api } from '../api/client.js';
import type { ArticleSummary } from '../api/types.js';
import { ArticleTable } from '../components/article-table.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { OverdueQuestionsBlock } from './question-screens.js';

export function DashboardScreen({ site }: { site: string }) {
  const { data, error, reload } = useLoad(() => api.dashboard(site), [site]);
  return (
    <>
      <PageHeading title={t.dashboard.title}>{t.dashboard.title}</PageHeading>
      {error !== undefined ? (
        <LoadError message={error} onRetry={reload} />
      ) : data === undefined ? (
        <Loading />
      ) : (
        <>
          {data.overdue.length > 0 && (
            <section class="panel panel--warning" aria-labelledby="dash-overdue">
              <h2 id="dash-overdue">
                <strong class="tag tag--overdue">{t.dashboard.overdueTag}</strong> {t.dashboard.overdue} ({t.dashboard.count(data.overdue.length)})
              </h2>
              <p>{t.dashboard.overdueHint}</p>
              <ArticleTable site={site} items={data.overdue} caption={t.dashboard.overdue} timeOf={(a) => a.scheduledAt} timeLabel={t.editor.at} />
            </section>
          )}
          <Block site={site} id="dash-waiting" title={t.dashboard.waitingForMe} items={data.waitingForMe} />
          <Block site={site} id="dash-drafts" title={t.dashboard.myDrafts} items={data.myDrafts} />
          <Block site={site} id="dash-scheduled" title={t.dashboard.scheduled} items={data.scheduled} timeOf={(a) => a.scheduledAt} timeLabel={t.editor.at} />
          {data.overdue.length === 0 && <Block site={site} id="dash-overdue" title={t.dashboard.overdue} items={[]} />}
          <OverdueQuestionsBlock site={site} />
        </>
      )}
    </>
  );
}

function Block({ site, id, title, items, timeOf, timeLabel }: { site: string; id: string; title: string; items: ArticleSummary[]; timeOf?: (a: ArticleSummary) => string | null | undefined; timeLabel?: string }) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="count">({t.dashboard.count(items.length)})</span>
      </h2>
      {items.length === 0 ? <p class="muted">{t.dashboard.empty}</p> : <ArticleTable site={site} items={items} caption={title} {...(timeOf ? { timeOf } : {})} {...(timeLabel ? { timeLabel } : {})} />}
    </section>
  );
}
