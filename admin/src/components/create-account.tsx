/**
 * Tạo tài khoản, for system administrators (on the users screen, and on a site's staff
 * screen so a new person can be added there at once); the temporary password is shown once.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import { t } from '../messages.js';
import { useAnnounce } from './announcer.js';
import { Button, ErrorSummary, TextField, type SummaryError } from './form.js';
import { OneTimePassword } from './one-time-password.js';
import { asyncHandler } from '../lib/async-handler.js';

export function CreateAccount({ onCreated }: { onCreated: () => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const announce = useAnnounce();
  const ids: Record<string, string> = { username: 'new-username', displayName: 'new-display-name' };

  async function submit(event: Event) {
    event.preventDefault();
    try {
      const answer = await api.createUser(username.trim().toLowerCase(), displayName.trim());
      setCreated({ username: answer.user.username, password: answer.temporaryPassword });
      setUsername('');
      setDisplayName('');
      setErrors([]);
      announce(t.accounts.created(answer.user.username));
      onCreated();
    } catch (e) {
      setErrors(e instanceof ApiError && e.problem.errors?.length ? e.problem.errors.map((x) => ({ fieldId: ids[x.field], message: x.message })) : [{ message: messageOf(e) }]);
    }
  }

  const err = (key: string) => errors.find((e) => e.fieldId === ids[key])?.message;
  return (
    <section class="section" aria-labelledby="account-create">
      <h2 id="account-create">{t.accounts.createTitle}</h2>
      {created !== null && <OneTimePassword level={3} title={t.accounts.temporaryPassword} intro={t.accounts.temporaryIntro(created.username)} password={created.password} />}
      <form onSubmit={asyncHandler(submit)} noValidate>
        <ErrorSummary errors={errors} />
        <TextField id={ids['username']} label={t.accounts.username} hint={t.accounts.usernameHint} value={username} onValue={setUsername} autoCapitalize="none" spellcheck={false} width="half" error={err('username')} />
        <TextField id={ids['displayName']} label={t.accounts.displayName} value={displayName} onValue={setDisplayName} width="half" error={err('displayName')} />
        <Button type="submit">{t.accounts.create}</Button>
      </form>
    </section>
  );
}
