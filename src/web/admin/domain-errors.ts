/**
 * The admin API's one mapping of a domain refusal to its HTTP answer: the kind gives
 * the status, the error's own heading (or the kind's) the title, its message the detail,
 * and fields at fault the `errors` list of a 400. Only the Vietnamese message written
 * for people is sent; the stack stays in the log.
 */
import { DomainError } from '../../errors/domain-error.js';
import { KIND_STATUS, KIND_TITLE } from '../../errors/http-status.js';
import { HttpError } from '../http-error.js';
import { ValidationError } from './validation.js';

export function domainErrorToHttp(error: DomainError): HttpError {
  if (error.kind === 'invalid' && error.fields !== undefined && error.fields.length > 0) {
    return new ValidationError(error.fields.map((f) => ({ field: f.field, message: f.message })));
  }
  return new HttpError(KIND_STATUS[error.kind], error.title ?? KIND_TITLE[error.kind], error.message);
}

/** Any thrown value: a domain refusal becomes its HTTP error, anything else passes on. */
export function toHttpError(error: unknown): unknown {
  return error instanceof DomainError ? domainErrorToHttp(error) : error;
}
