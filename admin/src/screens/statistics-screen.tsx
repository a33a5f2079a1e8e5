/**
 * Thống kê: a year of the site's statistics — a bar chart of the views per month (an SVG
 * image with its text alternative; the table below it holds the same numbers), the
 * months' and the categories' tables, and CSV and XLSX downloads. For site administrators.
 */
import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { StatisticsReport } from '../api/types.js';
import { Button, SelectField } from '../components/form.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { currentMonth } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const FIRST_YEAR = 2000;

export function StatisticsScreen({ site }: { site: string }) {
  const thisYear = Number(currentMonth().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [shown, setShown] = useState(thisYear);
  const report = useLoad(() => api.statistics(site, shown), [site, shown]);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeading title={t.statistics.title}>{t.statistics.title}</PageHeading>
      <p>{t.statistics.intro}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(Number(year));
        }}
      >
        <SelectField label={t.statistics.year} value={year} onValue={setYear} options={years.map((y) => ({ value: y, label: y }))} />
        <Button type="submit">{t.statistics.show}</Button>
      </form>
      <section class="section" aria-labelledby="statistics-dl">
        <h2 id="statistics-dl">{t.statistics.download}</h2>
        <ul class="link-list link-list--inline">
          <li>
            <a href={api.statisticsDownloadUrl(site, shown, 'csv')} download>
              {t.statistics.csv(shown)}
            </a>
          </li>
          <li>
            <a href={api.statisticsDownloadUrl(site, shown, 'xlsx')} download>
              {t.statistics.xlsx(shown)}
            </a>
          </li>
        </ul>
      </section>
      {report.error !== undefined ? <LoadError message={report.error} onRetry={report.reload} /> : report.data === undefined ? <Loading /> : <Report report={report.data} />}
    </>
  );
}

function Report({ report }: { report: StatisticsReport }) {
  const s = t.statistics;
  return (
    <>
      <MonthChart report={report} />
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{s.monthsCaption(report.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colMonth}</th>
              <th scope="col">{s.colPublished}</th>
              <th scope="col">{s.colSiteViews}</th>
            </tr>
          </thead>
          <tbody>
            {report.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{s.monthLabel(m.month)}</th>
                <td>{number.format(m.published)}</td>
                <td>{number.format(m.views)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{s.total}</th>
              <td>{number.format(report.totals.published)}</td>
              <td>{number.format(report.totals.siteViews)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{s.categoriesCaption(report.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colCategory}</th>
              <th scope="col">{s.colPublished}</th>
              <th scope="col">{s.colPerMonth}</th>
              <th scope="col">{s.colDaysBetween}</th>
              <th scope="col">{s.colViews}</th>
            </tr>
          </thead>
          <tbody>
            {report.categories.map((c) => (
              <tr key={c.categoryId ?? 'gone'}>
                <th scope="row">{c.name}</th>
                <td>{number.format(c.published)}</td>
                <td>{number.format(c.perMonth)}</td>
                <td>{c.averageDaysBetween === null ? '—' : number.format(c.averageDaysBetween)}</td>
                <td>{number.format(c.views)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{s.total}</th>
              <td>{number.format(report.totals.published)}</td>
              <td />
              <td />
              <td>{number.format(report.totals.articleViews)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="muted">{s.monthsNote(report.months)}</p>
    </>
  );
}

/** Twelve bars scaled to the busiest month; an image to assistive technology, whose numbers are the table's. */
function MonthChart({ report }: { report: StatisticsReport }) {
  const s = t.statistics;
  const width = 720;
  const height = 240;
  const top = 16;
  const bottom = 28;
  const slot = width / 12;
  const max = Math.max(1, ...report.byMonth.map((m) => m.views));
  const titleId = `chart-title-${report.year}`;
  const descId = `chart-desc-${report.year}`;
  return (
    <figure class="section">
      <figcaption>
        <h2>{s.chartTitle(report.year)}</h2>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} style={{ maxWidth: `${width}px`, display: 'block' }}>
        <title id={titleId}>{s.chartTitle(report.year)}</title>
        <desc id={descId}>{s.chartAlt(report.year)}</desc>
        <line x1="0" y1={height - bottom} x2={width} y2={height - bottom} stroke="#505a5f" stroke-width="1" />
        {report.byMonth.map((m, i) => {
          const h = Math.round(((height - top - bottom) * m.views) / max);
          return (
            <g key={m.month}>
              <rect x={i * slot + slot * 0.15} y={height - bottom - h} width={slot * 0.7} height={h} fill="#1d70b8" />
              <text x={i * slot + slot / 2} y={height - 8} text-anchor="middle" font-size="13" fill="#0b0c0c">
                {Number(m.month.slice(5, 7))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
