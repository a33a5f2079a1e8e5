/**
 * Xác thực hai lớp: turning TOTP on (the password, then the QR code and a first code;
 * recovery codes shown once), new recovery codes, or turning it off. Each step that
 * changes the account asks for the password again, as the server does.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { TotpEnrolment } from '../api/types.js';
import { t } from '../messages.js';
import { useAnnounce } from './announcer.js';
import { Button, ErrorSummary, TextField } from './form.js';

const IDS = { enroll: 'totp-enroll-password', code: 'totp-confirm-code', recovery: 'totp-recovery-password', disable: 'totp-disable-password' } as const;

export function TwoFactor({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [passwords, setPasswords] = useState({ enroll: '', recovery: '', disable: '' });
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [error, setError] = useState<{ fieldId?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();

  const setPassword = (which: keyof typeof passwords) => (value: string) => setPasswords((p) => ({ ...p, [which]: value }));
  const fieldError = (fieldId: string) => (error?.fieldId === fieldId ? error.message : undefined);

  async function run(work: () => Promise<void>, fieldId: string) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      const message = e instanceof ApiError && e.problem.errors?.[0] ? e.problem.errors[0].message : messageOf(e);
      setError({ fieldId, message });
    } finally {
      setBusy(false);
    }
  }

  /** A form that needs the password: refused here when it is empty, sent otherwise. */
  function withPassword(which: keyof typeof passwords, work: (password: string) => Promise<void>) {
    return (event: Event) => {
      event.preventDefault();
      const password = passwords[which];
      if (password === '') return setError({ fieldId: IDS[which], message: t.account.confirmPasswordMissing });
      void run(async () => {
        await work(password);
        setPasswords((p) => ({ ...p, [which]: '' }));
      }, IDS[which]);
    };
  }

  const start = withPassword('enroll', async (password) => {
    setRecovery(null);
    setEnrolment(await api.totpEnroll(password));
  });
  const confirm = (event: Event) => {
    event.preventDefault();
    if (code.trim() === '') return setError({ fieldId: IDS.code, message: t.account.codeMissing });
    void run(async () => {
      const answer = await api.totpConfirm(code.replace(/\s+/g, ''));
      setRecovery(answer.recoveryCodes);
      setEnrolment(null);
      setCode('');
      onChange(true);
      announce(t.account.enabled);
    }, IDS.code);
  };
  const renew = withPassword('recovery', async (password) => {
    const answer = await api.totpRecoveryCodes(password);
    setRecovery(answer.recoveryCodes);
    announce(t.account.newCodesDone);
  });
  const disable = withPassword('disable', async (password) => {
    await api.totpDisable(password);
    setRecovery(null);
    onChange(false);
    announce(t.account.disabled);
  });

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
        <form onSubmit={start} noValidate>
          <TextField id={IDS.enroll} type="password" label={t.account.enrollPassword} hint={t.account.enrollHint} value={passwords.enroll} onValue={setPassword('enroll')} autocomplete="current-password" width="half" required error={fieldError(IDS.enroll)} />
          <Button type="submit" disabled={busy}>
            {t.account.enroll}
          </Button>
        </form>
      )}
      {!enabled && enrolment !== null && (
        <form onSubmit={confirm} noValidate>
          <p>{t.account.scan}</p>
          <img class="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`} alt={t.account.qrAlt} width={200} height={200} />
          <p>
            {t.account.secret}: <code class="secret">{enrolment.secret}</code>
          </p>
          <TextField id={IDS.code} label={t.account.code} value={code} onValue={setCode} autocomplete="one-time-code" inputMode="numeric" width="short" required error={fieldError(IDS.code)} />
          <Button type="submit" disabled={busy}>
            {t.account.confirm}
          </Button>
        </form>
      )}
      {enabled && (
        <>
          <div class="section">
            <h3>{t.account.newCodesTitle}</h3>
            <form onSubmit={renew} noValidate>
              <TextField id={IDS.recovery} type="password" label={t.account.newCodesPassword} hint={t.account.newCodesHint} value={passwords.recovery} onValue={setPassword('recovery')} autocomplete="current-password" width="half" required error={fieldError(IDS.recovery)} />
              <Button variant="secondary" type="submit" disabled={busy}>
                {t.account.newCodes}
              </Button>
            </form>
          </div>
          <div class="section">
            <h3>{t.account.disable}</h3>
            <form onSubmit={disable} noValidate>
              <TextField id={IDS.disable} type="password" label={t.account.disablePassword} value={passwords.disable} onValue={setPassword('disable')} autocomplete="current-password" width="half" required error={fieldError(IDS.disable)} />
              <Button variant="warning" type="submit" disabled={busy}>
                {t.account.disable}
              </Button>
            </form>
          </div>
        </>
      )}
    </>
  );
}
