/** Đăng nhập: username and password, then the TOTP step when the account has two-factor on. */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf, setCsrfToken } from '../api/client.js';
import type { User } from '../api/types.js';
import { Button, ErrorSummary, TextField, type SummaryError } from '../components/form.js';
import { PageHeading } from '../components/page-heading.js';
import { t } from '../messages.js';
import { asyncHandler } from '../lib/async-handler.js';

export function LoginScreen({ onSignedIn }: { onSignedIn: (user: User, csrfToken: string) => void }) {
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [pendingToken, setPendingToken] = useState('');
  return step === 'password' ? (
    <PasswordStep
      onDone={(answer) => {
        if (answer.needsTotp) {
          setPendingToken(answer.csrfToken);
          setStep('totp');
        } else onSignedIn(answer.user, answer.csrfToken);
      }}
    />
  ) : (
    <TotpStep csrfToken={pendingToken} onDone={onSignedIn} onBack={() => setStep('password')} />
  );
}

function PasswordStep({ onDone }: { onDone: (answer: { user: User; csrfToken: string; needsTotp: boolean }) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const missing: SummaryError[] = [];
    if (username.trim() === '') missing.push({ fieldId: 'username', message: t.login.usernameMissing });
    if (password === '') missing.push({ fieldId: 'password', message: t.login.passwordMissing });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      onDone(await api.login(username.trim(), password));
    } catch (error) {
      setErrors(errorList(error, { username: 'username', password: 'password' }));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <div class="narrow">
      <PageHeading title={t.login.title}>{t.login.title}</PageHeading>
      <p class="lead">{t.login.intro}</p>
      <ErrorSummary errors={errors} />
      <form onSubmit={asyncHandler(submit)} noValidate>
        <TextField id="username" label={t.login.username} value={username} onValue={setUsername} autocomplete="username" autoCapitalize="none" spellcheck={false} required error={fieldError('username')} width="half" />
        <TextField id="password" type="password" label={t.login.password} value={password} onValue={setPassword} autocomplete="current-password" required error={fieldError('password')} width="half" />
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t.loading : t.login.submit}
        </Button>
      </form>
    </div>
  );
}

function TotpStep({ csrfToken, onDone, onBack }: { csrfToken: string; onDone: (user: User, csrfToken: string) => void; onBack: () => void }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (code.trim() === '') {
      setErrors([{ fieldId: 'totp-code', message: t.login.totpMissing }]);
      return;
    }
    setBusy(true);
    try {
      setCsrfToken(csrfToken);
      const answer = await api.totp(code.replace(/\s+/g, ''));
      onDone(answer.user, answer.csrfToken);
    } catch (error) {
      setErrors(errorList(error, { code: 'totp-code' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="narrow">
      <PageHeading title={t.login.totpTitle}>{t.login.totpTitle}</PageHeading>
      <p class="lead">{t.login.totpIntro}</p>
      <ErrorSummary errors={errors} />
      <form onSubmit={asyncHandler(submit)} noValidate>
        <TextField id="totp-code" label={t.login.totpCode} value={code} onValue={setCode} autocomplete="one-time-code" inputMode="numeric" required error={errors.find((e) => e.fieldId === 'totp-code')?.message} width="short" />
        <div class="button-group">
          <Button type="submit" disabled={busy}>
            {t.login.totpSubmit}
          </Button>
          <Button variant="link" onClick={onBack}>
            {t.login.back}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The API's problem as summary lines: field errors at their fields, else its `detail`. */
function errorList(error: unknown, fieldIds: Record<string, string>): SummaryError[] {
  if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
    return (error.problem.errors ?? []).map((e) => ({ fieldId: fieldIds[e.field], message: e.message }));
  }
  return [{ message: messageOf(error) }];
}
