/**
 * The public pages of consultations on drafts: the list (open first, with the days left,
 * a filter that works without script), one draft with its files, dates, approved comments
 * and — while open — the comment form, and the page that thanks the person who commented.
 * Comments are plain text, escaped like every text; only the draft and the summary are
 * stored HTML (sanitised when saved).
 */
import type { VNode } from 'preact';
import type { ConsultationPhase } from '../../../consultations/consultation-rules.js';
import type { PublicComment } from '../../../consultations/index.js';
import type { ConsultationRow, MediaRow } from '../../../db/schema.js';
import { formatVietnamDate, toVietnamIso } from '../../../text/index.js';
import { vietnamDayBounds } from '../../../time/vietnam-time.js';
import { consultationPath, CONSULTATIONS_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, FileList, Pagination, PublishedTime, SanitizedHtml } from '../views/parts.js';
import { CommentForm, type CommentFormState } from './comment-form.js';

const t = vi.consultations;
const RSS_PATH = `${CONSULTATIONS_PATH}/rss.xml`;

/** The query values of the filter, in Vietnamese as the URLs are. */
export const PHASE_QUERY = { open: 'dang-lay-y-kien', closed: 'da-ket-thuc' } as const;
export type PhaseQuery = keyof typeof PHASE_QUERY;

export interface ListedConsultation {
  row: ConsultationRow;
  phase: ConsultationPhase;
  daysLeft: number;
}

const PHASE_LABEL: Record<ConsultationPhase, string> = { open: t.phaseOpen, upcoming: t.phaseUpcoming, closed: t.phaseClosed };

function Day({ day }: { day: string }): VNode {
  const first = vietnamDayBounds(day)?.first ?? 0;
  return <time datetime={day}>{formatVietnamDate(new Date(first))}</time>;
}

function Period({ row }: { row: ConsultationRow }): VNode {
  return (
    <>
      {t.from} <Day day={row.opens_on} /> {t.to} <Day day={row.closes_on} />
    </>
  );
}

function PhaseTag({ phase, daysLeft }: { phase: ConsultationPhase; daysLeft: number }): VNode {
  return (
    <strong class={`consultation-phase consultation-phase--${phase}`}>
      {PHASE_LABEL[phase]}
      {phase === 'open' ? ` (${t.daysLeft(daysLeft)})` : ''}
    </strong>
  );
}

export interface ListData {
  items: ListedConsultation[];
  filter: PhaseQuery | undefined;
  page: number;
  pages: number;
}

export function ConsultationListPage({ chrome, data }: { chrome: SiteChrome; data: ListData }): VNode {
  const base = data.filter === undefined ? CONSULTATIONS_PATH : `${CONSULTATIONS_PATH}?trang-thai=${PHASE_QUERY[data.filter]}`;
  const path = data.page > 1 ? `${base}${base.includes('?') ? '&' : '?'}trang=${data.page}` : base;
  const suffix = data.page > 1 ? ` - ${vi.pageOf(data.page, data.pages)}` : '';
  return (
    <Layout
      chrome={chrome}
      title={`${t.title}${suffix} - ${chrome.site.shortName}`}
      name={t.title}
      description={t.description(chrome.site.name)}
      path={path}
      head={<link rel="alternate" type="application/rss+xml" title={t.feedTitle(chrome.site.shortName)} href={RSS_PATH} />}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <form class="search-form" method="get" action={CONSULTATIONS_PATH}>
        <div class="search-form__field">
          <label for="trang-thai">{t.filterLabel}</label>
          <select id="trang-thai" name="trang-thai">
            <option value="" selected={data.filter === undefined}>
              {t.filterAll}
            </option>
            <option value={PHASE_QUERY.open} selected={data.filter === 'open'}>
              {t.filterOpen}
            </option>
            <option value={PHASE_QUERY.closed} selected={data.filter === 'closed'}>
              {t.filterClosed}
            </option>
          </select>
        </div>
        <button type="submit" class="search-form__button">
          {t.filterSubmit}
        </button>
      </form>
      {data.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="article-list consultation-list">
          {data.items.map(({ row, phase, daysLeft }) => (
            <li class="article-list__item">
              <h2 class="article-list__title">
                <a href={consultationPath(row.slug)}>{row.title}</a>
              </h2>
              <p class="article-list__meta">
                <PhaseTag phase={phase} daysLeft={daysLeft} /> · {t.period}: <Period row={row} />
              </p>
              {row.drafting_body === '' ? null : (
                <p class="article-list__meta">
                  {t.draftingBody}: {row.drafting_body}
                </p>
              )}
              {row.summary === '' ? null : <p class="article-list__lead">{row.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={base} page={data.page} pages={data.pages} />
      <p class="rss-link">
        <a href={RSS_PATH}>{t.feedTitle(chrome.site.shortName)}</a>
      </p>
    </Layout>
  );
}

export interface DetailData {
  row: ConsultationRow;
  phase: ConsultationPhase;
  daysLeft: number;
  files: MediaRow[];
  comments: PublicComment[];
  /** The form while the consultation is open; undefined otherwise. */
  form: CommentFormState | undefined;
}

export function ConsultationPage({ chrome, data }: { chrome: SiteChrome; data: DetailData }): VNode {
  const { row, phase } = data;
  const path = consultationPath(row.slug);
  return (
    <Layout
      chrome={chrome}
      title={`${row.title} - ${chrome.site.shortName}`}
      name={row.title}
      description={row.summary === '' ? `${t.title}: ${row.title}` : row.summary}
      path={path}
      modifiedAt={toVietnamIso(row.updated_at)}
      noindex={data.form !== undefined && data.form.errors.length + (data.form.notice === undefined ? 0 : 1) > 0}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: CONSULTATIONS_PATH, label: t.title }, { label: row.title }]} />
      <article class="article consultation">
        <h1 class="article__title">{row.title}</h1>
        <dl class="consultation__facts">
          <dt>{t.filterLabel}</dt>
          <dd>
            <PhaseTag phase={phase} daysLeft={data.daysLeft} />
          </dd>
          <dt>{t.period}</dt>
          <dd>
            <Period row={row} />
          </dd>
          {row.drafting_body === '' ? null : (
            <>
              <dt>{t.draftingBody}</dt>
              <dd>{row.drafting_body}</dd>
            </>
          )}
          {row.published_at === null ? null : (
            <>
              <dt>{vi.publishedAt}</dt>
              <dd>
                <PublishedTime instant={row.published_at} />
              </dd>
            </>
          )}
        </dl>
        {row.summary === '' ? null : <p class="article__lead">{row.summary}</p>}
        <FileList files={data.files} heading={t.files} id="tep-du-thao" />
        <section aria-labelledby="noi-dung-du-thao">
          <h2 id="noi-dung-du-thao">{t.draftText}</h2>
          <SanitizedHtml class="article__body" html={row.body_html} />
        </section>
        {phase === 'closed' ? (
          <section class="consultation__report" aria-labelledby="bao-cao">
            <h2 id="bao-cao">{t.report}</h2>
            {row.report_published_at === null ? <p>{t.reportPending}</p> : <SanitizedHtml class="article__body" html={row.report_html} />}
          </section>
        ) : null}
        <section class="consultation__comments" aria-labelledby="y-kien">
          <h2 id="y-kien">{t.comments}</h2>
          {data.comments.length === 0 ? (
            <p>{t.noComments}</p>
          ) : (
            <>
              <p>{t.commentCount(data.comments.length)}</p>
              <ol class="comment-list">
                {data.comments.map((c) => (
                  <li class="comment">
                    <p class="comment__meta">
                      <strong>{c.name}</strong>
                      {c.organisation === null ? null : <> – {c.organisation}</>} · <PublishedTime instant={c.received_at} />
                    </p>
                    {c.body.split(/\n{2,}/).map((para) => (
                      <p class="comment__body">{para}</p>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
        {phase === 'closed' ? <p class="consultation__notice">{t.closedNotice}</p> : null}
        {phase === 'upcoming' ? <p class="consultation__notice">{t.upcomingNotice}</p> : null}
        {data.form === undefined ? null : <CommentForm action={path} state={data.form} />}
      </article>
    </Layout>
  );
}

export function CommentSentPage({ chrome, row }: { chrome: SiteChrome; row: ConsultationRow }): VNode {
  const path = consultationPath(row.slug);
  return (
    <Layout chrome={chrome} title={`${t.sentTitle} - ${chrome.site.shortName}`} name={t.sentTitle} path={path} noindex>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: CONSULTATIONS_PATH, label: t.title }, { href: path, label: row.title }]} />
      <div class="citizen-form__confirmation" role="status">
        <h1>{t.sentTitle}</h1>
        <p class="lead">{t.sent}</p>
      </div>
      <p>
        <a href={path}>{t.backToDraft}</a>
      </p>
    </Layout>
  );
}
