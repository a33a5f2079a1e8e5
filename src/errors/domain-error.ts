/**
 * The one base of every refusal the domain makes: a stable code (what went wrong, for
 * programs and logs), a kind (what the caller can do about it, and so one HTTP status
 * per kind), a Vietnamese message a person can act on, and optionally the input fields
 * at fault. Pure: no HTTP, no I/O. The web surfaces map a DomainError once each.
 */

export type ErrorKind = 'not-found' | 'conflict' | 'forbidden' | 'invalid' | 'too-large' | 'unsupported' | 'locked' | 'unavailable';

/** An input field at fault, as the API names it, with why. */
export interface FieldDetail {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  /** The input fields at fault (kind `invalid`). */
  fields?: readonly FieldDetail[] | undefined;
  /** A short Vietnamese heading when the kind's usual one says too little. */
  title?: string | undefined;
  /** For kind `locked`: the instant (ISO 8601) from which trying again can succeed. */
  retryAt?: string | undefined;
}

export class DomainError<Code extends string = string> extends Error {
  readonly fields: readonly FieldDetail[] | undefined;
  readonly title: string | undefined;
  readonly retryAt: string | undefined;

  constructor(
    readonly kind: ErrorKind,
    readonly code: Code,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.fields = options.fields;
    this.title = options.title;
    this.retryAt = options.retryAt;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
