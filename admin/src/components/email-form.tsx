/** Thư điện tử: the person's own address, changed with their current password; field errors land on their fields. */
import { useState } from 'preact/hooks';
import { api, summaryErrors } from '../api/client.js';
import { t } from '../messages.js';
import { Button, ErrorSummary, TextField, type SummaryError } from './form.js';
import { asyncHandler } from '../lib/async-handler.js';

const IDS: Record<string, string> = { email: 'email-new', currentPassword: 'email-password' };

export function EmailForm({ current, onChanged }: { current: string | null; onChanged: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (email.trim() === '') problems.push({ fieldId: IDS['email'], message: t.account.emailMissing });
    if (password === '') problems.push({ fieldId: IDS['currentPassword'], message: t.account.currentMissing });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const answer = await api.changeEmail(password, email.trim());
      setEmail('');
      setPassword('');
      onChanged(answer.email);
    } catch (error) {
      setErrors(summaryErrors(error, IDS));
    } finally {
      setBusy(false);
    }
  }

  const err = (key: string) => errors.find((e) => e.fieldId === IDS[key])?.message;
  return (
    <form onSubmit={asyncHandler(submit)} noValidate>
      <p>{current === null ? t.account.emailNone : t.account.emailCurrent(current)}</p>
      <ErrorSummary errors={errors} />
      <TextField id={IDS['email']} type="email" label={t.account.newEmail} value={email} onValue={setEmail} autocomplete="email" spellcheck={false} autoCapitalize="none" required error={err('email')} width="half" />
      <TextField id={IDS['currentPassword']} type="password" label={t.account.emailPassword} value={password} onValue={setPassword} autocomplete="current-password" required error={err('currentPassword')} width="half" />
      <Button type="submit" disabled={busy}>
        {t.account.changeEmail}
      </Button>
    </form>
  );
}
