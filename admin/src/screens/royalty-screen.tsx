/** Nhuận bút: a month's royalty report on screen (per author, per article), with CSV and XLSX downloads. */
import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { RoyaltyReport } from '../api/types.js';
import { Button, TextField } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { currentMonth, formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function RoyaltyScreen({ site }: { site: string }) {
  const [month, setMonth] = useState(currentMonth());
  const [shown, setShown] = useState(month);
  const report = useLoad(() => api.royalty(site, shown), [site, shown]);
  return (
    <>
      <PageHeading title={t.royalty.title}>{t.royalty.title}</PageHeading>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^\d{4}-\d{2}$/.test(month)) setShown(month);
        }}
      >
        <TextField label={t.royalty.month} type="month" value={month} onValue={setMonth} width="short" />
        <Button type="submit">{t.royalty.show}</Button>
      </form>
      <section class="section" aria-labelledby="royalty-dl">
        <h2 id="royalty-dl">{t.royalty.download}</h2>
        <ul class="link-list link-list--inline">
          <li>
            <a href={api.royaltyDownloadUrl(site, shown, 'csv')} download>
              {t.royalty.csv(shown)}
            </a>
          </li>
          <li>
            <a href={api.royaltyDownloadUrl(site, shown, 'xlsx')} download>
              {t.royalty.xlsx(shown)}
            </a>
          </li>
        </ul>
      </section>
      {report.error !== undefined ? (
        <LoadError message={report.error} onRetry={report.reload} />
      ) : report.data === undefined ? (
        <Loading />
      ) : report.data.lines.length === 0 ? (
        <p>{t.royalty.empty}</p>
      ) : (
        <Report site={site} report={report.data} month={shown} />
      )}
    </>
  );
}

function Report({ site, report, month }: { site: string; report: RoyaltyReport; month: string }) {
  return (
    <>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{t.royalty.authorsCaption(month)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.royalty.colAuthor}</th>
              <th scope="col">{t.royalty.colArticles}</th>
              <th scope="col">{t.royalty.colPoints}</th>
            </tr>
          </thead>
          <tbody>
            {report.authors.map((a) => (
              <tr key={`${a.userId ?? ''}:${a.authorName}`}>
                <th scope="row">{a.authorName}</th>
                <td>{a.articles}</td>
                <td>{number.format(a.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{t.royalty.caption(month)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.royalty.colAuthor}</th>
              <th scope="col">{t.royalty.colArticle}</th>
              <th scope="col">{t.royalty.colPublished}</th>
              <th scope="col">{t.royalty.colGenre}</th>
              <th scope="col">{t.royalty.colCoefficient}</th>
              <th scope="col">{t.royalty.colShare}</th>
              <th scope="col">{t.royalty.colPoints}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((r) => (
              <tr key={`${r.articleId}:${r.authorName}`}>
                <td>{r.authorName}</td>
                <td>
                  <Link href={href({ name: 'article', site, id: r.articleId })}>{r.title}</Link>
                  {r.isReprint && <span class="muted"> ({t.royalty.colReprint})</span>}
                </td>
                <td>{formatDateTime(r.publishedAt)}</td>
                <td>{r.genre ?? ''}</td>
                <td>{r.coefficient === null ? '' : number.format(r.coefficient)}</td>
                <td>{`${number.format(r.share)}%`}</td>
                <td>{r.points === null ? '' : number.format(r.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
