/**
 * Hỏi đáp: the citizens' questions of a site — the list with filters (status, field,
 * overdue) and one question with the asker's details (staff only) and its steps: assign
 * to a unit, answer, publish, reject or mark as spam. The server checks every step again.
 */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminQuestion, QuestionSummary } from '../api/types.js';
import { Button, CheckboxField, ErrorSummary, SelectField, TextArea, TextField } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { Pagination } from '../components/pagination.js';
import { LazyRichTextEditor } from '../editor/lazy-rich-text-editor.js';
import { asyncHandler } from '../lib/async-handler.js';
import { formatDateTime } from '../lib/format.js';
import { mayUse, useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';
import { QUESTION_FIELDS, QUESTION_STATUS_LABELS } from '../../../src/contract/questions.js';

const m = t.questions;

/** A question's state as a labelled tag (text, never colour alone). */
function QuestionStatusTag({ q }: { q: Pick<QuestionSummary, 'status' | 'statusLabel'> }) {
  return <strong class={`tag tag--q-${q.status}`}>{q.statusLabel}</strong>;
}

function dayOf(deadline: string): string {
  return `${deadline.slice(8, 10)}-${deadline.slice(5, 7)}-${deadline.slice(0, 4)}`;
}

export function QuestionTable({ site, items, caption }: { site: string; items: QuestionSummary[]; caption: string }) {
  if (items.length === 0) return <p class="muted">{m.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colTitle}</th>
            <th scope="col">{m.colField}</th>
            <th scope="col">{m.colStatus}</th>
            <th scope="col">{m.colReceived}</th>
            <th scope="col">{m.colDeadline}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((q) => (
            <tr key={q.id}>
              <th scope="row">
                <Link href={href({ name: 'question', site, id: q.id })}>{q.title}</Link>
              </th>
              <td>{q.fieldName}</td>
              <td>
                <QuestionStatusTag q={q} />
              </td>
              <td>{formatDateTime(q.receivedAt)}</td>
              <td>
                {dayOf(q.deadline)} {q.overdue ? <strong class="tag tag--overdue">{m.overdue}</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QuestionListScreen({ site, query }: { site: string; query: URLSearchParams }) {
  const status = query.get('status') ?? '';
  const field = query.get('field') ?? '';
  const overdue = query.get('overdue') === 'true';
  const page = Number(query.get('page') ?? '1') || 1;
  const list = useLoad(() => api.questions(site, { status, field, overdue: overdue ? 'true' : undefined, page }), [site, status, field, overdue, page]);
  const [draft, setDraft] = useState({ status, field, overdue });
  const go = (next: { status: string; field: string; overdue: boolean; page?: number }) => {
    const q: Record<string, string> = {};
    if (next.status !== '') q['status'] = next.status;
    if (next.field !== '') q['field'] = next.field;
    if (next.overdue) q['overdue'] = 'true';
    if (next.page !== undefined && next.page > 1) q['page'] = String(next.page);
    navigate(href({ name: 'questions', site, query: q }));
  };
  return (
    <>
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <p>{m.intro}</p>
      <form
        class="filter-form"
        aria-label={m.filters}
        onSubmit={(e) => {
          e.preventDefault();
          go(draft);
        }}
      >
        <SelectField label={m.status} id="q-status" value={draft.status} onValue={(v) => setDraft({ ...draft, status: v })} placeholder={m.all} options={Object.entries(QUESTION_STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
        <SelectField label={m.field} id="q-field" value={draft.field} onValue={(v) => setDraft({ ...draft, field: v })} placeholder={m.all} options={QUESTION_FIELDS.map((f) => ({ value: f.slug, label: f.name }))} />
        <CheckboxField label={m.overdueOnly} checked={draft.overdue} onChecked={(v) => setDraft({ ...draft, overdue: v })} id="q-overdue" />
        <Button type="submit">{m.filter}</Button>
      </form>
      {list.error !== undefined ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <Loading />
      ) : (
        <>
          <QuestionTable site={site} items={list.data.items} caption={m.caption} />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            hrefFor={(p) => {
              const q = new URLSearchParams(query);
              q.set('page', String(p));
              return href({ name: 'questions', site, query: Object.fromEntries(q) });
            }}
          />
        </>
      )}
    </>
  );
}

export function QuestionScreen({ site, id }: { site: string; id: number }) {
  const loaded = useLoad(() => api.question(site, id), [site, id]);
  return loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : loaded.data === undefined ? <Loading /> : <QuestionView site={site} initial={loaded.data} />;
}

function QuestionView({ site, initial }: { site: string; initial: AdminQuestion }) {
  const [q, setQ] = useState(initial);
  const [unit, setUnit] = useState(q.assignedUnit ?? '');
  const [assignee, setAssignee] = useState(q.assignee ?? '');
  const [answer, setAnswer] = useState(q.answerHtml ?? '');
  const [note, setNote] = useState('');
  const [spam, setSpam] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const may = (step: AdminQuestion['allowedActions'][number]) => q.allowedActions.includes(step);
  const run = (step: 'assign' | 'answer' | 'publish' | 'reject', body: Record<string, unknown>) =>
    asyncHandler(async () => {
      setError(undefined);
      try {
        setQ(await api.questionStep(site, q.id, step, body));
        setDone(m.saved);
      } catch (e) {
        setError(messageOf(e));
      }
    });
  return (
    <>
      <PageHeading title={q.title} caption={m.kind[q.kind]}>
        {q.title}
      </PageHeading>
      <p>
        <Link href={href({ name: 'questions', site })}>{m.back}</Link>
      </p>
      <ErrorSummary errors={error === undefined ? [] : [{ message: error }]} />
      {done !== undefined ? <p role="status">{done}</p> : null}
      <dl class="summary-list">
        <dt>{m.colStatus}</dt>
        <dd>
          <QuestionStatusTag q={q} /> {q.overdue ? <strong class="tag tag--overdue">{m.overdue}</strong> : null}
        </dd>
        <dt>{m.colField}</dt>
        <dd>{q.fieldName}</dd>
        <dt>{m.colReceived}</dt>
        <dd>{formatDateTime(q.receivedAt)}</dd>
        <dt>{m.colDeadline}</dt>
        <dd>{dayOf(q.deadline)}</dd>
        {q.statusNote !== null ? (
          <>
            <dt>{m.statusNote}</dt>
            <dd>{q.statusNote}</dd>
          </>
        ) : null}
        {q.publicUrl !== null ? (
          <>
            <dt>{m.publicUrl}</dt>
            <dd>
              <a href={q.publicUrl}>{q.publicUrl}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <section class="section" aria-labelledby="q-asker">
        <h2 id="q-asker">{m.asker}</h2>
        <dl class="summary-list">
          <dt>{m.name}</dt>
          <dd>{q.asker.name}</dd>
          <dt>{m.email}</dt>
          <dd>{q.asker.email ?? '—'}</dd>
          <dt>{m.phone}</dt>
          <dd>{q.asker.phone ?? '—'}</dd>
          <dt>{m.address}</dt>
          <dd>{q.asker.address ?? '—'}</dd>
        </dl>
      </section>
      <section class="section" aria-labelledby="q-text">
        <h2 id="q-text">{m.question}</h2>
        <p class="preserve-lines">{q.questionText}</p>
      </section>
      {may('assign') ? (
        <section class="section" aria-labelledby="q-assign">
          <h2 id="q-assign">{m.assign}</h2>
          <TextField label={m.unit} id="q-unit" value={unit} onValue={setUnit} />
          <TextField label={m.assignee} id="q-assignee" value={assignee} onValue={setAssignee} />
          <Button onClick={run('assign', { unit, assignee })}>{m.assign}</Button>
        </section>
      ) : null}
      {may('answer') ? (
        <section class="section" aria-labelledby="q-answer-label">
          <h2 id="q-answer-label">{m.answer}</h2>
          <LazyRichTextEditor site={site} labelId="q-answer-label" value={answer} resetKey={q.revision} editable onChange={setAnswer} />
          <Button onClick={run('answer', { answerHtml: answer })}>{m.saveAnswer}</Button>
        </section>
      ) : q.answerHtml !== null ? (
        <section class="section" aria-labelledby="q-answer-label">
          <h2 id="q-answer-label">{m.answer}</h2>
          <div class="answer-preview" dangerouslySetInnerHTML={{ __html: q.answerHtml }} />
        </section>
      ) : null}
      {may('publish') ? <Button onClick={run('publish', {})}>{m.publish}</Button> : null}
      {may('reject') ? (
        <section class="section" aria-labelledby="q-reject">
          <h2 id="q-reject">{m.reject}</h2>
          <TextArea label={m.note} id="q-note" value={note} onValue={setNote} />
          <CheckboxField label={m.spam} checked={spam} onChecked={setSpam} id="q-spam" />
          <Button variant="warning" onClick={run('reject', { note, spam })}>
            {m.reject}
          </Button>
        </section>
      ) : null}
    </>
  );
}

/** The dashboard's block: questions past their deadline, the earliest first. */
export function OverdueQuestionsBlock({ site }: { site: string }) {
  // Only for those who handle questions (editor and up): nothing is asked for anyone else.
  return mayUse(useSession(), site, 'questions') ? <OverdueQuestions site={site} /> : null;
}

function OverdueQuestions({ site }: { site: string }) {
  const overdue = useLoad(() => api.overdueQuestions(site), [site]);
  const stats = useLoad(() => api.questionStats(site), [site]);
  if (overdue.error !== undefined || stats.error !== undefined) return <LoadError message={overdue.error ?? stats.error ?? ''} onRetry={() => (overdue.reload(), stats.reload())} />;
  return (
    <>
      <section class={overdue.data !== undefined && overdue.data.length > 0 ? 'panel panel--warning' : 'section'} aria-labelledby="dash-questions-overdue">
        <h2 id="dash-questions-overdue">{m.overdueBlock}</h2>
        {overdue.data === undefined ? <Loading /> : overdue.data.length === 0 ? <p class="muted">{m.overdueNone}</p> : <QuestionTable site={site} items={overdue.data} caption={m.overdueBlock} />}
      </section>
      <section class="section" aria-labelledby="dash-questions-stats">
        <h2 id="dash-questions-stats">{m.stats}</h2>
        {stats.data === undefined ? (
          <Loading />
        ) : (
          <dl class="summary-list">
            <dt>{m.received}</dt>
            <dd>{stats.data.received}</dd>
            <dt>{m.answered}</dt>
            <dd>{stats.data.answered}</dd>
            <dt>{m.overdueCount}</dt>
            <dd>{stats.data.overdue}</dd>
            <dt>{m.median}</dt>
            <dd>{stats.data.medianDays ?? '—'}</dd>
            <dt>{m.average}</dt>
            <dd>{stats.data.averageDays ?? '—'}</dd>
          </dl>
        )}
      </section>
    </>
  );
}

/** The settings screen's panel: the deadline in working days (site administrators). */
export function QuestionDeadlinePanel({ site }: { site: string }) {
  return mayUse(useSession(), site, 'settings') ? <DeadlineForm site={site} /> : null;
}

function DeadlineForm({ site }: { site: string }) {
  const loaded = useLoad(() => api.questionSettings(site), [site]);
  const [days, setDays] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  if (loaded.data === undefined) return null;
  const value = days ?? String(loaded.data.deadlineDays);
  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={asyncHandler(async (e: Event) => {
        e.preventDefault();
        setError(undefined);
        try {
          await api.saveQuestionSettings(site, { deadlineDays: Number(value) });
          setMessage(m.saved);
        } catch (err) {
          setError(messageOf(err));
        }
      })}
    >
      <fieldset class="fieldset">
        <legend>{m.title}</legend>
        <TextField label={m.deadlineDays} hint={m.deadlineHint} id="q-deadline-days" type="number" min={1} width="short" value={value} error={error} onValue={setDays} />
        <Button type="submit">{m.saveDeadline}</Button>
        {message !== undefined ? <p role="status">{message}</p> : null}
      </fieldset>
    </form>
  );
}
