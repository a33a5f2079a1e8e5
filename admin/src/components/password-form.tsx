/** Đổi mật khẩu: current, new (twice); the API's field errors land on their fields. */
import { useState } from 'preact/hooks';
import { api, summaryErrors } from '../api/client.js';
import { t } from '../messages.js';
import { Button, ErrorSummary, TextField, type SummaryError } from './form.js';
import { asyncHandler } from '../lib/async-handler.js';

const IDS: Record<string, string> = { currentPassword: 'pw-current', newPassword: 'pw-new', confirm: 'pw-confirm' };

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (current === '') problems.push({ fieldId: IDS['currentPassword'], message: t.account.currentMissing });
    if (next.length < 12) problems.push({ fieldId: IDS['newPassword'], message: t.account.newTooShort });
    else if (next !== confirm) problems.push({ fieldId: IDS['confirm'], message: t.account.mismatch });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      onChanged();
    } catch (error) {
      setErrors(summaryErrors(error, IDS));
    } finally {
      setBusy(false);
    }
  }

  const err = (key: string) => errors.find((e) => e.fieldId === IDS[key])?.message;
  return (
    <form onSubmit={asyncHandler(submit)} noValidate>
      <ErrorSummary errors={errors} />
      <TextField id={IDS['currentPassword']} type="password" label={t.account.currentPassword} value={current} onValue={setCurrent} autocomplete="current-password" required error={err('currentPassword')} width="half" />
      <TextField id={IDS['newPassword']} type="password" label={t.account.newPassword} hint={t.account.newPasswordHint} value={next} onValue={setNext} autocomplete="new-password" required error={err('newPassword')} width="half" />
      <TextField id={IDS['confirm']} type="password" label={t.account.confirmPassword} value={confirm} onValue={setConfirm} autocomplete="new-password" required error={err('confirm')} width="half" />
      <Button type="submit" disabled={busy}>
        {t.account.changePassword}
      </Button>
    </form>
  );
}
