/** Tài khoản của tôi: change the password or the e-mail address, turn two-factor sign-in on or off. */
import { useState } from 'preact/hooks';
import { useAnnounce } from '../components/announcer.js';
import { EmailForm } from '../components/email-form.js';
import { PageHeading } from '../components/page-heading.js';
import { PasswordForm } from '../components/password-form.js';
import { TwoFactor } from '../components/two-factor.js';
import { useSession } from '../lib/session.js';
import { t } from '../messages.js';

export function AccountScreen({ onTotpChange }: { onTotpChange: (enabled: boolean) => void }) {
  const { user } = useSession();
  const announce = useAnnounce();
  const [email, setEmail] = useState(user.email ?? null);
  return (
    <div class="narrow">
      <PageHeading title={t.account.title} caption={`${user.displayName} (${user.username})`}>
        {t.account.title}
      </PageHeading>
      <section class="section" aria-labelledby="account-password">
        <h2 id="account-password">{t.account.passwordTitle}</h2>
        <PasswordForm onChanged={() => announce(t.account.passwordChanged)} />
      </section>
      <section class="section" aria-labelledby="account-email">
        <h2 id="account-email">{t.account.emailTitle}</h2>
        <EmailForm
          current={email}
          onChanged={(changed) => {
            setEmail(changed);
            announce(t.account.emailChanged);
          }}
        />
      </section>
      <section class="section" aria-labelledby="account-totp">
        <h2 id="account-totp">{t.account.totpTitle}</h2>
        <TwoFactor enabled={user.totpEnabled} onChange={onTotpChange} />
      </section>
    </div>
  );
}

/** Shown instead of everything else while the password is a temporary one. */
export function ForcedPasswordScreen({ onChanged }: { onChanged: () => void }) {
  return (
    <div class="narrow">
      <PageHeading title={t.account.forcedTitle}>{t.account.forcedTitle}</PageHeading>
      <p class="lead">{t.account.forcedIntro}</p>
      <PasswordForm onChanged={onChanged} />
    </div>
  );
}
