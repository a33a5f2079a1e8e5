/**
 * The citizen's form (/hoi-dap/gui-cau-hoi), without script: kind, field, title,
 * question, and the contact details that are never published; the GOV.UK error
 * summary (role="alert", each error linked to its field) and a message per field with
 * a hidden "Lỗi:" prefix when the post comes back; the anti-spam guard fields.
 */
import type { VNode } from 'preact';
import { MAX_ASKER_ADDRESS, MAX_ASKER_EMAIL, MAX_ASKER_NAME, MAX_ASKER_PHONE, MAX_QUESTION_TEXT, MAX_QUESTION_TITLE, QUESTION_FORM_FIELDS, type QuestionFormField } from '../../../contract/questions.js';
import { QUESTION_FIELDS } from '../../../questions/fields.js';
import { QUESTION_FORM_PATH, QUESTIONS_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import { GuardFields } from '../forms/guard-fields.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs } from '../views/parts.js';

export type FormValues = Partial<Record<QuestionFormField, string>>;
export type FormErrors = Partial<Record<QuestionFormField, string>>;

export interface QuestionFormState {
  token: string;
  values: FormValues;
  errors: FormErrors;
  /** A refusal of the guard the person can act on (sent too fast, open too long). */
  notice?: string | undefined;
}

const t = vi.questions.form;
/** The order errors are listed in: the order of the fields on the page. */
const ORDER: readonly QuestionFormField[] = ['kind', 'field', 'title', 'text', 'name', 'email', 'phone', 'address'];

export const fieldId = (field: QuestionFormField): string => `q-${QUESTION_FORM_FIELDS[field]}`;
const errorId = (field: QuestionFormField): string => `${fieldId(field)}-loi`;

function FieldError({ field, errors }: { field: QuestionFormField; errors: FormErrors }): VNode | null {
  const message = errors[field];
  if (message === undefined) return null;
  return (
    <p id={errorId(field)} class="form-error">
      <span class="visually-hidden">{t.errorPrefix}</span> {message}
    </p>
  );
}

function describedBy(field: QuestionFormField, errors: FormErrors, hint?: string): string | undefined {
  const ids = [hint, errors[field] === undefined ? undefined : errorId(field)].filter((id): id is string => id !== undefined);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function groupClass(field: QuestionFormField, errors: FormErrors): string {
  return errors[field] === undefined ? 'form-group' : 'form-group form-group--error';
}

function TextField(props: { field: QuestionFormField; label: string; state: QuestionFormState; max: number; type?: 'text' | 'email' | 'tel'; autocomplete?: string; required: boolean; hint?: string }): VNode {
  const { field, state } = props;
  const hintId = props.hint === undefined ? undefined : `${fieldId(field)}-goi-y`;
  return (
    <div class={groupClass(field, state.errors)}>
      <label class="form-label" for={fieldId(field)}>
        {props.label} <span class="form-label__note">{props.required ? t.required : t.optional}</span>
      </label>
      {props.hint !== undefined ? <p id={hintId} class="form-hint">{props.hint}</p> : null}
      <FieldError field={field} errors={state.errors} />
      <input
        class="form-input"
        id={fieldId(field)}
        name={QUESTION_FORM_FIELDS[field]}
        // One input element for the three kinds; Preact's types would split it by kind.
        {...({ type: props.type ?? 'text' } as Record<string, string>)}
        value={state.values[field] ?? ''}
        maxLength={props.max}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy(field, state.errors, hintId)}
        aria-invalid={state.errors[field] === undefined ? undefined : 'true'}
      />
    </div>
  );
}

export function QuestionFormPage({ chrome, state }: { chrome: SiteChrome; state: QuestionFormState }): VNode {
  const { values, errors } = state;
  const listed = ORDER.filter((f) => errors[f] !== undefined);
  const kind = values.kind ?? 'cau-hoi';
  return (
    <Layout chrome={chrome} title={`${t.title} - ${chrome.site.shortName}`} name={t.title} description={t.intro} path={QUESTION_FORM_PATH}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: QUESTIONS_PATH, label: vi.questions.title }, { label: t.title }]} />
      <h1 class="page-title">{t.title}</h1>
      {listed.length > 0 || state.notice !== undefined ? (
        <div class="error-summary" role="alert" aria-labelledby="tom-tat-loi" tabIndex={-1}>
          <h2 id="tom-tat-loi" class="error-summary__title">{t.errorSummary}</h2>
          {state.notice !== undefined ? <p>{state.notice}</p> : null}
          {listed.length > 0 ? (
            <ul class="error-summary__list">
              {listed.map((f) => (
                <li>
                  <a href={`#${fieldId(f)}`}>{errors[f]}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p>{t.intro}</p>
      <p class="form-privacy">{t.privacy}</p>
      <form class="citizen-form" action={QUESTION_FORM_PATH} method="post" novalidate>
        <GuardFields token={state.token} idPrefix="q" />
        <div class={groupClass('kind', errors)}>
          <fieldset class="form-fieldset" aria-describedby={errors.kind === undefined ? undefined : errorId('kind')}>
            <legend class="form-label">{t.kind}</legend>
            <FieldError field="kind" errors={errors} />
            <div class="form-radios">
              <label class="form-radio">
                <input id={fieldId('kind')} type="radio" name={QUESTION_FORM_FIELDS.kind} value="cau-hoi" checked={kind === 'cau-hoi'} /> {t.kindQuestion}
              </label>
              <label class="form-radio">
                <input id={`${fieldId('kind')}-phan-anh`} type="radio" name={QUESTION_FORM_FIELDS.kind} value="phan-anh" checked={kind === 'phan-anh'} /> {t.kindFeedback}
              </label>
            </div>
          </fieldset>
        </div>
        <div class={groupClass('field', errors)}>
          <label class="form-label" for={fieldId('field')}>
            {t.field} <span class="form-label__note">{t.required}</span>
          </label>
          <FieldError field="field" errors={errors} />
          <select class="form-select" id={fieldId('field')} name={QUESTION_FORM_FIELDS.field} aria-describedby={describedBy('field', errors)}>
            <option value="">{t.chooseField}</option>
            {QUESTION_FIELDS.map((f) => (
              <option value={f.slug} selected={values.field === f.slug}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <TextField field="title" label={t.titleLabel} state={state} max={MAX_QUESTION_TITLE} required />
        <div class={groupClass('text', errors)}>
          <label class="form-label" for={fieldId('text')}>
            {t.text} <span class="form-label__note">{t.required}</span>
          </label>
          <p id={`${fieldId('text')}-goi-y`} class="form-hint">{t.textHint(MAX_QUESTION_TEXT.toLocaleString('vi-VN'))}</p>
          <FieldError field="text" errors={errors} />
          <textarea
            class="form-textarea"
            id={fieldId('text')}
            name={QUESTION_FORM_FIELDS.text}
            rows={10}
            maxLength={MAX_QUESTION_TEXT}
            aria-describedby={describedBy('text', errors, `${fieldId('text')}-goi-y`)}
            aria-invalid={errors.text === undefined ? undefined : 'true'}
          >
            {values.text ?? ''}
          </textarea>
        </div>
        <fieldset class="form-fieldset form-fieldset--contact">
          <legend class="form-legend">{t.personal}</legend>
          <TextField field="name" label={t.name} state={state} max={MAX_ASKER_NAME} autocomplete="name" required />
          <p class="form-hint">{t.contactHint}</p>
          <TextField field="email" label={t.email} state={state} max={MAX_ASKER_EMAIL} type="email" autocomplete="email" required={false} />
          <TextField field="phone" label={t.phone} state={state} max={MAX_ASKER_PHONE} type="tel" autocomplete="tel" required={false} />
          <TextField field="address" label={t.address} state={state} max={MAX_ASKER_ADDRESS} autocomplete="address-line1" required={false} />
        </fieldset>
        <button type="submit" class="form-button">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}
