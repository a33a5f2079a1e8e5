/**
 * Refusals of the account services, with a Vietnamese message a person can act on.
 * The HTTP layer maps the code to a status once; the CLI prints the message.
 */
export type AccountErrorCode = 'not_found' | 'conflict' | 'invalid' | 'forbidden' | 'locked' | 'unavailable';

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    /** The input field at fault, for `invalid`. */
    readonly field?: string,
    /** For `locked`: when the account opens again (ISO instant). */
    readonly until?: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}
