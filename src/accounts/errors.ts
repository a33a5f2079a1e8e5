/**
 * Refusals of the account services, with a Vietnamese message a person can act on.
 * The HTTP layer maps the code to a status once; the CLI prints the message.
 */
import { DomainError, type ErrorKind } from '../errors/domain-error.js';

export type AccountErrorCode = 'not_found' | 'conflict' | 'invalid' | 'forbidden' | 'locked' | 'unavailable';

const KIND: Record<AccountErrorCode, ErrorKind> = {
  not_found: 'not-found',
  conflict: 'conflict',
  invalid: 'invalid',
  forbidden: 'forbidden',
  locked: 'locked',
  unavailable: 'unavailable',
};

/** Headings the account screens have always shown where the kind's usual one says less. */
const TITLE: Partial<Record<AccountErrorCode, string>> = {
  conflict: 'Không thực hiện được',
  unavailable: 'Không kiểm tra được mã',
  locked: 'Tài khoản tạm khóa',
};

export class AccountError extends DomainError<AccountErrorCode> {
  constructor(
    code: AccountErrorCode,
    message: string,
    /** The input field at fault, for `invalid`. */
    readonly field?: string,
    /** For `locked`: when the account opens again (ISO instant). */
    readonly until?: string,
  ) {
    super(KIND[code], code, message, { fields: field !== undefined ? [{ field, message }] : undefined, title: TITLE[code], retryAt: until });
    this.name = 'AccountError';
  }
}
