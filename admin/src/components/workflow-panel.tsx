/**
 * Xử lý tin bài: exactly the transitions the server offers (allowedTransitions), with
 * a dialog asking for the note or the time when a transition needs one.
 */
import { useState } from 'preact/hooks';
import type { TransitionOption } from '../api/types.js';
import { fromDateTimeLocal } from '../lib/format.js';
import { t } from '../messages.js';
import { Dialog } from './dialog.js';
import { Button, ErrorSummary, TextArea, TextField } from './form.js';

interface Props {
  options: TransitionOption[];
  busy: boolean;
  onRun: (option: TransitionOption, extra: { note?: string; at?: string }) => Promise<void>;
}

export function WorkflowPanel({ options, busy, onRun }: Props) {
  const [asking, setAsking] = useState<TransitionOption | null>(null);
  return (
    <section class="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t.editor.workflow}</h2>
      {options.length === 0 ? (
        <p class="muted">{t.editor.noTransitions}</p>
      ) : (
        <div class="button-group">
          {options.map((o) => (
            <Button
              key={o.transition}
              variant={o.transition === 'return' || o.transition === 'withdraw' || o.transition === 'unpublish' ? 'warning' : 'secondary'}
              disabled={busy}
              aria-haspopup={o.needsNote || o.needsTime ? 'dialog' : undefined}
              data-transition={o.transition}
              onClick={() => (o.needsNote || o.needsTime ? setAsking(o) : void onRun(o, {}))}
            >
              {o.label}
            </Button>
          ))}
        </div>
      )}
      {asking !== null && <TransitionDialog option={asking} onClose={() => setAsking(null)} onRun={onRun} />}
    </section>
  );
}

function TransitionDialog({ option, onClose, onRun }: { option: TransitionOption; onClose: () => void; onRun: Props['onRun'] }) {
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const problems: { fieldId: string; message: string }[] = [];
    if (option.needsNote && note.trim() === '') problems.push({ fieldId: 'transition-note', message: t.editor.noteMissing });
    const atIso = option.needsTime ? fromDateTimeLocal(at) : null;
    if (option.needsTime && (atIso === null || Date.parse(atIso) <= Date.now())) problems.push({ fieldId: 'transition-at', message: t.editor.atMissing });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await onRun(option, { ...(option.needsNote ? { note: note.trim() } : {}), ...(atIso !== null ? { at: atIso } : {}) });
      onClose();
    } catch {
      setBusy(false);
    }
  }

  const hint = option.transition === 'withdraw' ? t.editor.noteHintWithdraw : t.editor.noteHintReturn;
  return (
    <Dialog title={option.label} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        {option.needsNote && <TextArea id="transition-note" label={t.editor.note} hint={hint} value={note} onValue={setNote} rows={4} required error={errors.find((e) => e.fieldId === 'transition-note')?.message} />}
        {option.needsTime && <TextField id="transition-at" type="datetime-local" label={t.editor.at} value={at} onValue={setAt} required error={errors.find((e) => e.fieldId === 'transition-at')?.message} width="half" />}
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
