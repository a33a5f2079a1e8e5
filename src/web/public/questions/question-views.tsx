/**
 * The public pages of answered questions: the list by field (/hoi-dap), one question
 * with its answer (/hoi-dap/{slug}), the page that confirms a question was received
 * (its tracking code and deadline), and the tracking page (/hoi-dap/tra-cuu). They
 * read public rows only (questions.repo.ts PUBLIC_QUESTION_COLUMNS): no asker's detail.
 */
import type { VNode } from 'preact';
import type { PublicQuestionStage } from '../../../questions/question-rules.js';
import { plainTextParagraphs } from '../../../questions/question-rules.js';
import { fieldName, QUESTION_FIELDS } from '../../../questions/fields.js';
import type { PublicQuestionRow } from '../../../questions/questions.repo.js';
import { formatVietnamDate, toVietnamIso } from '../../../text/index.js';
import { QUESTION_FORM_PATH, QUESTION_TRACK_PATH, QUESTIONS_PATH, questionPath, questionTrackPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, SanitizedHtml } from '../views/parts.js';

const q = vi.questions;

function Day({ instant }: { instant: string }): VNode {
  return <time datetime={toVietnamIso(instant)}>{formatVietnamDate(instant)}</time>;
}

/** A calendar day "YYYY-MM-DD" as "dd-mm-yyyy". */
function CalendarDay({ day }: { day: string }): VNode {
  return <time datetime={day}>{`${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`}</time>;
}

/** Plain text as typed: escaped by Preact, in paragraphs, with its line breaks. */
export function PlainText({ text }: { text: string }): VNode {
  return (
    <div class="question__text">
      {plainTextParagraphs(text).map((p) => (
        <p>
          {p.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}
        </p>
      ))}
    </div>
  );
}

function QuestionLinks(): VNode {
  return (
    <p class="question-links">
      <a class="form-button form-button--link" href={QUESTION_FORM_PATH}>
        {q.askLink}
      </a>{' '}
      <a href={QUESTION_TRACK_PATH}>{q.trackLink}</a>
    </p>
  );
}

export interface QuestionListData {
  field: string | undefined;
  rows: PublicQuestionRow[];
  page: number;
  pages: number;
}

export function QuestionListPage({ chrome, data }: { chrome: SiteChrome; data: QuestionListData }): VNode {
  const base = data.field === undefined ? QUESTIONS_PATH : `${QUESTIONS_PATH}?linh-vuc=${data.field}`;
  const heading = data.field === undefined ? q.title : `${q.title}: ${fieldName(data.field)}`;
  return (
    <Layout
      chrome={chrome}
      title={`${heading} - ${chrome.site.shortName}`}
      name={heading}
      description={q.intro}
      path={data.page === 1 ? base : `${base}${base.includes('?') ? '&' : '?'}trang=${data.page}`}
      head={<link rel="alternate" type="application/rss+xml" title={q.rssTitle(chrome.site.shortName)} href={`${QUESTIONS_PATH}/rss.xml`} />}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: q.title }]} />
      <h1 class="page-title">{heading}</h1>
      <p>{q.intro}</p>
      <QuestionLinks />
      <form class="search-form" action={QUESTIONS_PATH} method="get">
        <div class="search-form__field">
          <label for="linh-vuc">{q.fieldFilterLabel}</label>
          <select id="linh-vuc" name="linh-vuc">
            <option value="">{q.allFields}</option>
            {QUESTION_FIELDS.map((f) => (
              <option value={f.slug} selected={f.slug === data.field}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="search-form__button">
          {q.filterSubmit}
        </button>
      </form>
      {data.rows.length === 0 ? (
        <p>{q.none}</p>
      ) : (
        <ul class="article-list">
          {data.rows.map((row) => (
            <li class="article-list__item">
              <h2 class="article-list__title">
                <a href={questionPath(row.slug ?? '')}>{row.title}</a>
              </h2>
              <p class="article-list__meta">
                {q.kinds[row.kind]} · {fieldName(row.field)} · {q.answeredAt}: <Day instant={row.answered_at ?? row.published_at ?? row.received_at} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={base} page={data.page} pages={data.pages} />
    </Layout>
  );
}

export function QuestionPage({ chrome, row, responseDays }: { chrome: SiteChrome; row: PublicQuestionRow; responseDays: number | null }): VNode {
  const path = questionPath(row.slug ?? '');
  return (
    <Layout chrome={chrome} title={`${row.title} - ${chrome.site.shortName}`} name={row.title} description={`${q.kinds[row.kind]}: ${row.title}`} path={path} modifiedAt={row.published_at === null ? undefined : toVietnamIso(row.published_at)}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: QUESTIONS_PATH, label: q.title }, { label: row.title }]} />
      <article class="article question">
        <h1 class="article__title">{row.title}</h1>
        <dl class="question__facts">
          <dt>{vi.questions.fieldFilterLabel}</dt>
          <dd>
            <a href={`${QUESTIONS_PATH}?linh-vuc=${row.field}`}>{fieldName(row.field)}</a>
          </dd>
          <dt>{q.receivedAt}</dt>
          <dd>
            <Day instant={row.received_at} />
          </dd>
          {row.answered_at !== null ? (
            <>
              <dt>{q.answeredAt}</dt>
              <dd>
                <Day instant={row.answered_at} />
              </dd>
            </>
          ) : null}
          {responseDays !== null ? (
            <>
              <dt>{q.responseTime}</dt>
              <dd>{q.workingDays(responseDays)}</dd>
            </>
          ) : null}
          {row.assigned_unit !== null ? (
            <>
              <dt>{q.answeredBy}</dt>
              <dd>{row.assigned_unit}</dd>
            </>
          ) : null}
        </dl>
        <section class="question__part" aria-labelledby="cau-hoi">
          <h2 id="cau-hoi">{q.kinds[row.kind]}</h2>
          <PlainText text={row.question_text} />
        </section>
        <section class="question__part question__answer" aria-labelledby="tra-loi">
          <h2 id="tra-loi">{q.answer}</h2>
          <SanitizedHtml class="article__body" html={row.answer_html ?? ''} />
        </section>
      </article>
      <QuestionLinks />
    </Layout>
  );
}

export function ReceivedPage({ chrome, code, deadline }: { chrome: SiteChrome; code: string; deadline: string }): VNode {
  const r = q.received;
  return (
    <Layout chrome={chrome} title={`${r.title} - ${chrome.site.shortName}`} name={r.title} path={QUESTION_FORM_PATH} noindex>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: QUESTIONS_PATH, label: q.title }, { label: r.title }]} />
      <div class="panel-confirmation">
        <h1 class="panel-confirmation__title">{r.title}</h1>
        <p class="panel-confirmation__body">
          {r.code}: <strong class="tracking-code">{code}</strong>
        </p>
      </div>
      <p>{r.keep}</p>
      <p>
        {r.deadline}: <CalendarDay day={deadline} />
      </p>
      <p>
        <a href={questionTrackPath(code)}>{r.trackNow}</a>
      </p>
    </Layout>
  );
}

export interface TrackResult {
  code: string;
  title: string;
  stage: PublicQuestionStage;
  receivedAt: string;
  deadline: string;
  /** The public page, once published. */
  href: string | null;
}

export function TrackPage({ chrome, code, result }: { chrome: SiteChrome; code: string; result: TrackResult | null }): VNode {
  const t = q.track;
  return (
    <Layout chrome={chrome} title={`${t.title} - ${chrome.site.shortName}`} name={t.title} path={QUESTION_TRACK_PATH} noindex>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: QUESTIONS_PATH, label: q.title }, { label: t.title }]} />
      <h1 class="page-title">{t.title}</h1>
      <form class="search-form" action={QUESTION_TRACK_PATH} method="get">
        <div class="search-form__field">
          <label for="ma-tra-cuu">{t.label}</label>
          <p id="ma-tra-cuu-goi-y" class="form-hint">{t.hint}</p>
          <input id="ma-tra-cuu" name="ma" type="text" value={code} maxLength={40} autocomplete="off" aria-describedby="ma-tra-cuu-goi-y" />
        </div>
        <button type="submit" class="search-form__button">
          {t.submit}
        </button>
      </form>
      {result !== null ? (
        <section class="question-status" aria-labelledby="tinh-trang">
          <h2 id="tinh-trang">
            {t.status}: {result.code}
          </h2>
          <p role="status">{t.stages[result.stage]}</p>
          <dl class="question__facts">
            <dt>{q.receivedAt}</dt>
            <dd>
              <Day instant={result.receivedAt} />
            </dd>
            <dt>{q.received.deadline}</dt>
            <dd>
              <CalendarDay day={result.deadline} />
            </dd>
          </dl>
          {result.href !== null ? (
            <p>
              <a href={result.href}>
                {t.readAnswer}: {result.title}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
