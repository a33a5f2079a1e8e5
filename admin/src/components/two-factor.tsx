/** Xác thực hai lớp: turning TOTP on (QR code, first code, recovery codes shown once) or off (with the password). */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { TotpEnrolment } from '../api/types.js';
import { t } from '../messages.js';
import { useAnnounce } from './announcer.js';
import { Button, ErrorSummary, TextField } from './form.js';

export function TwoFactor({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [error, setError] = useState<{ fieldId?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();

  async function run(work: () => Promise<void>, fieldId?: string) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      const message = e instanceof ApiError && e.problem.errors?.[0] ? e.problem.errors[0].message : messageOf(e);
      setError({ ...(fieldId ? { fieldId } : {}), message });
    } finally {
      setBusy(false);
    }
  }

  const start = () => run(async () => setEnrolment(await api.totpEnroll()));
  const confirm = (event: Event) => {
    event.preventDefault();
    if (code.trim() === '') return setError({ fieldId: 'totp-confirm-code', message: t.account.codeMissing });
    void run(async () => {
      const answer = await api.totpConfirm(code.replace(/\s+/g, ''));
      setRecovery(answer.recoveryCodes);
      setEnrolment(null);
      setCode('');
      onChange(true);
      announce(t.account.enabled);
    }, 'totp-confirm-code');
  };
  const disable = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await api.totpDisable(password);
      setPassword('');
      setRecovery(null);
      onChange(false);
      announce(t.account.disabled);
    }, 'totp-disable-password');
  };

  return (
    <>
      <p>{enabled ? t.account.totpOn : t.account.totpOff}</p>
      <ErrorSummary errors={error ? [error] : []} />
      {recovery !== null && (
        <div class="panel panel--important" role="region" aria-labelledby="recovery-title">
          <h3 id="recovery-title">{t.account.recoveryTitle}</h3>
          <p>{t.account.recoveryIntro}</p>
          <ul class="recovery-codes">
            {recovery.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!enabled && enrolment === null && (
        <Button onClick={() => void start()} disabled={busy}>
          {t.account.enroll}
        </Button>
      )}
      {!enabled && enrolment !== null && (
        <form onSubmit={confirm} noValidate>
          <p>{t.account.scan}</p>
          <img class="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`} alt={t.account.qrAlt} width={200} height={200} />
          <p>
            {t.account.secret}: <code class="secret">{enrolment.secret}</code>
          </p>
          <TextField id="totp-confirm-code" label={t.account.code} value={code} onValue={setCode} autocomplete="one-time-code" inputMode="numeric" width="short" required error={error?.fieldId === 'totp-confirm-code' ? error.message : undefined} />
          <Button type="submit" disabled={busy}>
            {t.account.confirm}
          </Button>
        </form>
      )}
      {enabled && (
        <form onSubmit={disable} noValidate>
          <TextField id="totp-disable-password" type="password" label={t.account.disablePassword} value={password} onValue={setPassword} autocomplete="current-password" width="half" error={error?.fieldId === 'totp-disable-password' ? error.message : undefined} />
          <Button variant="warning" type="submit" disabled={busy}>
            {t.account.disable}
          </Button>
        </form>
      )}
    </>
  );
}
