/**
 * Xử lý tin bài: exactly the transitions the server offers (allowedTransitions), with
 * a dialog asking for the note or the time when a transition needs one, and for the
 * optional time to take the article down again when it goes up (publish, schedule).
 */
import { useState } from 'preact/hooks';
import { ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { TransitionOption } from '../api/types.js';
import { fromDateTimeLocal } from '../lib/format.js';
import { t } from '../messages.js';
import { Dialog } from './dialog.js';
import { Button, ErrorSummary, TextArea, TextField, type SummaryError } from './form.js';
import { asyncHandler } from '../lib/async-handler.js';

interface Props {
  options: TransitionOption[];
  busy: boolean;
  /** Rejects when the transition failed; a dialog shows the API's reason itself. */
  onRun: (option: TransitionOption, extra: TransitionExtra) => Promise<void>;
  /** Whether publishing may say when to take the content down (articles: yes; static pages have no schedule). */
  withUnpublishTime?: boolean;
  /** The panel's heading: what is being moved through the workflow (an article by default). */
  title?: string;
}

/** Transitions that put the article up, and so may say when it comes down (unpublishAt). */
function offersUnpublish(option: TransitionOption, withUnpublishTime = true): boolean {
  return withUnpublishTime && (option.transition === 'publish' || option.transition === 'schedule');
}

/** Whether a transition opens a dialog first rather than running on the click. */
export function asksFirst(option: TransitionOption, withUnpublishTime = true): boolean {
  return option.needsNote || option.needsTime || offersUnpublish(option, withUnpublishTime);
}

export function WorkflowPanel({ options, busy, onRun, withUnpublishTime = true, title = t.editor.workflow }: Props) {
  const [asking, setAsking] = useState<TransitionOption | null>(null);
  return (
    <section class="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{title}</h2>
      {options.length === 0 ? (
        <p class="muted">{t.editor.noTransitions}</p>
      ) : (
        <div class="button-group">
          {options.map((o) => (
            <Button
              key={o.transition}
              variant={o.transition === 'return' || o.transition === 'withdraw' || o.transition === 'unpublish' ? 'warning' : 'secondary'}
              disabled={busy}
              aria-haspopup={asksFirst(o, withUnpublishTime) ? 'dialog' : undefined}
              data-transition={o.transition}
              onClick={() => (asksFirst(o, withUnpublishTime) ? setAsking(o) : void onRun(o, {}).catch(() => {}))}
            >
              {o.label}
            </Button>
          ))}
        </div>
      )}
      {asking !== null && <TransitionDialog option={asking} onClose={() => setAsking(null)} onRun={onRun} withUnpublishTime={withUnpublishTime} />}
    </section>
  );
}

const IDS: Record<string, string> = { note: 'transition-note', at: 'transition-at', unpublishAt: 'transition-unpublish-at' };

function TransitionDialog({ option, onClose, onRun, withUnpublishTime }: { option: TransitionOption; onClose: () => void; onRun: Props['onRun']; withUnpublishTime: boolean }) {
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const [unpublishAt, setUnpublishAt] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (option.needsNote && note.trim() === '') problems.push({ fieldId: IDS['note'], message: t.editor.noteMissing });
    const atIso = option.needsTime ? fromDateTimeLocal(at) : null;
    if (option.needsTime && (atIso === null || Date.parse(atIso) <= Date.now())) problems.push({ fieldId: IDS['at'], message: t.editor.atMissing });
    // Only whether it is a time at all; whether it comes after publication is the server's rule, shown as it words it.
    const unpublishIso = offersUnpublish(option, withUnpublishTime) ? fromDateTimeLocal(unpublishAt) : null;
    if (offersUnpublish(option, withUnpublishTime) && unpublishAt !== '' && unpublishIso === null) problems.push({ fieldId: IDS['unpublishAt'], message: t.editor.unpublishInvalid });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await onRun(option, {
        ...(option.needsNote ? { note: note.trim() } : {}),
        ...(atIso !== null ? { at: atIso } : {}),
        ...(unpublishIso !== null ? { unpublishAt: unpublishIso } : {}),
      });
      onClose();
    } catch (error) {
      setBusy(false);
      // Not an answer to the transition (the unsaved text could not be saved first): that error is on the page.
      if (!(error instanceof ApiError)) return onClose();
      const fields = error.problem.errors ?? [];
      setErrors(fields.length > 0 ? fields.map((e) => ({ fieldId: IDS[e.field], message: e.message })) : [{ message: messageOf(error) }]);
    }
  }

  const err = (field: string) => errors.find((e) => e.fieldId === IDS[field])?.message;
  const hint = option.transition === 'withdraw' ? t.editor.noteHintWithdraw : t.editor.noteHintReturn;
  return (
    <Dialog title={option.label} onClose={onClose}>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <ErrorSummary errors={errors} />
        {option.transition === 'publish' && <p>{t.editor.publishIntro}</p>}
        {option.needsNote && <TextArea id={IDS['note']} label={t.editor.note} hint={hint} value={note} onValue={setNote} rows={4} required error={err('note')} />}
        {option.needsTime && <TextField id={IDS['at']} type="datetime-local" label={t.editor.at} hint={t.editor.timeZoneHint} value={at} onValue={setAt} required error={err('at')} width="half" />}
        {offersUnpublish(option, withUnpublishTime) && (
          <TextField id={IDS['unpublishAt']} type="datetime-local" label={`${t.editor.unpublishAt} ${t.optional}`} hint={t.editor.unpublishAtHint} value={unpublishAt} onValue={setUnpublishAt} error={err('unpublishAt')} width="half" />
        )}
        <div class="button-group">
          <Button type="submit" disabled={busy}>
            {option.label}
          </Button>
          <Button variant="link" onClick={onClose}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
