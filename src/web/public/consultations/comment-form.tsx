/**
 * The comment form of an open consultation, without script: the GOV.UK pattern of an
 * error summary (role="alert", each message linked to its field) above the fields,
 * each field's own message prefixed with a hidden "Lỗi:", and the guard fields.
 */
import type { InputHTMLAttributes, VNode } from 'preact';
import { COMMENT_FIELDS, MAX_COMMENT_ADDRESS, MAX_COMMENT_BODY, MAX_COMMENT_NAME, MAX_COMMENT_ORGANISATION, MAX_COMMENT_PHONE } from '../../../contract/consultations.js';
import { EMAIL_MAX_LENGTH } from '../../../contract/auth.js';
import { vi } from '../../messages.js';
import { GuardFields } from '../forms/guard-fields.js';

const t = vi.consultations;

export interface FieldError {
  field: string;
  message: string;
}

export interface CommentFormState {
  token: string;
  /** What the person typed, shown again when the form comes back. */
  values: Record<string, string>;
  errors: FieldError[];
  /** A message about the whole form (sent too fast, expired). */
  notice?: string | undefined;
}

const ID_PREFIX = 'gop-y';
const idOf = (field: string) => `${ID_PREFIX}-${field}`;

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  state: CommentFormState;
  type?: 'text' | 'email' | 'tel';
  max: number;
  required?: boolean;
  autocomplete?: string;
  multiline?: boolean;
}

type InputAttrs = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'list' | 'role'>;

/** One input of a text kind (Preact's types tell the kinds apart, so each is written out). */
function TextInput({ type, attrs }: { type: 'text' | 'email' | 'tel'; attrs: InputAttrs }): VNode {
  if (type === 'email') return <input type="email" {...attrs} />;
  if (type === 'tel') return <input type="tel" {...attrs} />;
  return <input type="text" {...attrs} />;
}

function Field(p: FieldProps): VNode {
  const id = idOf(p.field);
  const error = p.state.errors.find((e) => e.field === p.field);
  const hintId = p.hint === undefined ? undefined : `${id}-goi-y`;
  const errorId = error === undefined ? undefined : `${id}-loi`;
  const describedBy = [hintId, errorId].filter((x) => x !== undefined).join(' ') || undefined;
  const value = p.state.values[p.field] ?? '';
  return (
    <div class={error === undefined ? 'citizen-form__group' : 'citizen-form__group citizen-form__group--error'}>
      <label class="citizen-form__label" for={id}>
        {p.label}
      </label>
      {p.hint === undefined ? null : (
        <p id={hintId} class="citizen-form__hint">
          {p.hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={errorId} class="citizen-form__error">
          <span class="visually-hidden">{t.errorPrefix} </span>
          {error.message}
        </p>
      )}
      {p.multiline === true ? (
        <textarea id={id} name={p.field} rows={8} maxLength={p.max} required={p.required} aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : 'true'}>
          {value}
        </textarea>
      ) : (
        <TextInput
          type={p.type ?? 'text'}
          attrs={{ id, name: p.field, value, maxLength: p.max, required: p.required, autocomplete: p.autocomplete, 'aria-describedby': describedBy, 'aria-invalid': error === undefined ? undefined : 'true' }}
        />
      )}
    </div>
  );
}

export function CommentForm({ action, state }: { action: string; state: CommentFormState }): VNode {
  const f = COMMENT_FIELDS;
  return (
    <section class="citizen-form" aria-labelledby="gop-y-tieu-de">
      <h2 id="gop-y-tieu-de">{t.formTitle}</h2>
      {state.errors.length > 0 || state.notice !== undefined ? (
        <div class="citizen-form__error-summary" role="alert" aria-labelledby="gop-y-loi-tieu-de" tabIndex={-1}>
          <h3 id="gop-y-loi-tieu-de">{t.errorSummary}</h3>
          {state.notice === undefined ? null : <p>{state.notice}</p>}
          {state.errors.length === 0 ? null : (
            <ul>
              {state.errors.map((e) => (
                <li>
                  <a href={`#${idOf(e.field)}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <p>{t.formIntro}</p>
      <form method="post" action={action} novalidate>
        <GuardFields token={state.token} idPrefix={ID_PREFIX} />
        <Field field={f.name} label={t.nameLabel} state={state} max={MAX_COMMENT_NAME} required autocomplete="name" />
        <Field field={f.organisation} label={t.organisationLabel} state={state} max={MAX_COMMENT_ORGANISATION} autocomplete="organization" />
        <Field field={f.email} label={t.emailLabel} hint={t.emailHint} state={state} type="email" max={EMAIL_MAX_LENGTH} required autocomplete="email" />
        <Field field={f.phone} label={t.phoneLabel} hint={t.privateHint} state={state} type="tel" max={MAX_COMMENT_PHONE} autocomplete="tel" />
        <Field field={f.address} label={t.addressLabel} hint={t.privateHint} state={state} max={MAX_COMMENT_ADDRESS} />
        <Field field={f.body} label={t.bodyLabel} hint={t.bodyHint(MAX_COMMENT_BODY)} state={state} max={MAX_COMMENT_BODY} required multiline />
        <button type="submit" class="citizen-form__button">
          {t.submit}
        </button>
      </form>
    </section>
  );
}
