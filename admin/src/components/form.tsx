/**
 * Shared form parts in the GOV.UK manner: every control has a visible label, an
 * optional hint and an error message tied to it with aria-describedby, and an error
 * summary at the top of a form links to each field in error.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../messages.js';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The control's id, for the error summary's links; generated when absent. */
  id?: string | undefined;
  required?: boolean;
  class?: string;
}

interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/** A field's error, tied to its control by `id` (aria-describedby), announced as an error. */
export function ErrorMessage({ id, children }: { id?: string | undefined; children: ComponentChildren }) {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">Lỗi: </span>
      {children}
    </p>
  );
}

function Field({ label, hint, error, id: givenId, class: className, children }: FieldProps & { children: (ids: FieldIds) => ComponentChildren }) {
  const generated = useId();
  const id = givenId ?? `f${generated}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

type InputProps = FieldProps & {
  value: string;
  onValue: (value: string) => void;
  width?: 'full' | 'half' | 'short';
  type?: 'text' | 'password' | 'email' | 'tel' | 'url' | 'search' | 'number' | 'date' | 'month' | 'datetime-local';
  autocomplete?: string;
  autoCapitalize?: 'none' | 'off';
  spellcheck?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  pattern?: string;
  min?: number;
  autoFocus?: boolean;
  /** Shown and focusable but not changeable (a value this person may read, not set). */
  readOnly?: boolean;
};

/**
 * Preact's types tie the ARIA roles an input may take to its type, so an input whose
 * type is one of several must be typed as one of them; the value itself is unchanged.
 */
function asOneInputType(type: NonNullable<InputProps['type']>): 'text' {
  return type as 'text';
}

export function TextField({ label, hint, error, id, required, value, onValue, width = 'full', type = 'text', class: className, ...rest }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} required={required ?? false} class={className}>
      {(ids) => (
        <input
          {...rest}
          class={`input input--${width}${ids.invalid ? ' input--error' : ''}`}
          id={ids.id}
          type={asOneInputType(type)}
          value={value}
          required={required}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid ? 'true' : undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

type AreaProps = FieldProps & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
};

export function TextArea({ label, hint, error, id, required, value, onValue, rows = 3 }: AreaProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} required={required ?? false}>
      {(ids) => (
        <textarea
          class={`textarea${ids.invalid ? ' input--error' : ''}`}
          id={ids.id}
          rows={rows}
          value={value}
          required={required}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid ? 'true' : undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = FieldProps & {
  value: string;
  onValue: (value: string) => void;
  options: Option[];
  /** A first, empty choice such as "Mọi trạng thái". */
  placeholder?: string;
  disabled?: boolean;
  name?: string;
};

export function SelectField({ label, hint, error, id, required, value, onValue, options, placeholder, disabled, name, class: className }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} required={required ?? false} class={className}>
      {(ids) => (
        <select
          class={`select${ids.invalid ? ' input--error' : ''}`}
          id={ids.id}
          name={name}
          value={value}
          required={required}
          disabled={disabled}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid ? 'true' : undefined}
          onChange={(e) => onValue(e.currentTarget.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ label, checked, onChecked, hint, disabled, id: givenId }: { label: string; checked: boolean; onChecked: (v: boolean) => void; hint?: string; disabled?: boolean; id?: string }) {
  const generated = useId();
  const id = givenId ?? `c${generated}`;
  return (
    <div class="form-group checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChecked(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface SummaryError {
  /** The id of the field in error, or undefined for a form-wide error. */
  fieldId?: string | undefined;
  message: string;
}

/** The list of errors at the top of a form; it takes focus when it appears. */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.message).join('|');
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 class="error-summary__title">{t.errorSummaryTitle}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.message}>{e.fieldId ? <a href={`#${e.fieldId}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}

type ButtonProps = {
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  type?: 'button' | 'submit';
  class?: string;
  children: ComponentChildren;
  onClick?: () => void;
  disabled?: boolean;
  form?: string;
  'aria-haspopup'?: 'dialog';
  'aria-disabled'?: boolean;
  'data-transition'?: string;
};

export function Button({ variant = 'primary', type = 'button', class: className, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`button button--${variant}${className ? ` ${className}` : ''}`}>
      {children}
    </button>
  );
}
