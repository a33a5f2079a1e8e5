/**
 * Kiểm duyệt góp ý: a consultation's comments by state (waiting first), each with the
 * commenter's contact for staff, and Duyệt / Không duyệt for a waiting one.
 */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminComment } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, SelectField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href } from '../router.js';

const m = t.consultations;
type StateFilter = AdminComment['state'] | '';

export function ConsultationCommentsScreen({ site, id }: { site: string; id: number }) {
  const announce = useAnnounce();
  const [state, setState] = useState<StateFilter>('pending');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const consultation = useLoad(() => api.consultation(site, id), [site, id]);
  const comments = useLoad(() => api.consultationComments(site, id, state === '' ? undefined : state), [site, id, state]);

  async function decide(c: AdminComment, decision: 'approve' | 'reject') {
    setBusy(true);
    try {
      const next = await api.moderateComment(site, id, c.id, decision);
      setErrors([]);
      announce(m.decided(c.name, next.stateLabel));
      comments.reload();
    } catch (error) {
      setErrors([{ message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={consultation.data ? `${m.queueTitle}: ${consultation.data.title}` : m.queueTitle} caption={consultation.data?.title}>
        {m.queueTitle}
      </PageHeading>
      <p>
        <Link href={href({ name: 'consultation', site, id })}>‹ {m.backToDraft}</Link>
      </p>
      <p>{m.queueIntro}</p>
      <ErrorSummary errors={errors} />
      <SelectField
        id="comment-state"
        label={m.filter}
        value={state}
        onValue={(v) => setState(v as StateFilter)}
        options={[{ value: '', label: m.all }, ...(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: m.states[s] ?? s }))]}
      />
      {comments.error !== undefined ? (
        <LoadError message={comments.error} onRetry={comments.reload} />
      ) : comments.data === undefined ? (
        <Loading />
      ) : comments.data.length === 0 ? (
        <p>{m.noComments}</p>
      ) : (
        <ol class="comment-queue">
          {comments.data.map((c) => (
            <li key={c.id} class="side-box">
              <h2 class="comment-queue__name">
                {c.name}
                {c.organisation ? ` – ${c.organisation}` : ''}
              </h2>
              <dl class="summary-list">
                <dt>{m.received}</dt>
                <dd>{formatDateTime(c.receivedAt)}</dd>
                <dt>{m.filter}</dt>
                <dd>{c.stateLabel}</dd>
                <dt>{m.contact}</dt>
                <dd>{[c.email, c.phone, c.address].filter((x) => x !== null && x !== '').join(' · ')}</dd>
              </dl>
              <p class="comment-queue__body">{c.body}</p>
              {c.state === 'pending' && (
                <div class="button-group">
                  <Button disabled={busy} onClick={() => void decide(c, 'approve')} aria-label={m.approveOf(c.name)}>
                    {m.approve}
                  </Button>
                  <Button variant="secondary" disabled={busy} onClick={() => void decide(c, 'reject')} aria-label={m.rejectOf(c.name)}>
                    {m.reject}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
