/**
 * The two hidden parts every citizen form carries (form-guard.ts): the signed token,
 * and the honeypot inside an element marked `hidden`, which neither eyes nor screen
 * readers meet and which a person therefore leaves empty.
 */
import { vi } from '../../messages.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '../../../security/form-guard.js';

export function GuardFields({ token, idPrefix }: { token: string; idPrefix: string }) {
  const honeypotId = `${idPrefix}-${HONEYPOT_FIELD}`;
  return (
    <>
      <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />
      <div hidden>
        <label for={honeypotId}>{vi.citizenForms.honeypotLabel}</label>
        <input id={honeypotId} type="text" name={HONEYPOT_FIELD} value="" autocomplete="off" tabIndex={-1} />
      </div>
    </>
  );
}
