/**
 * A refusal the web layer itself makes (a bad URL, a missing session, a wrong CSRF
 * token), with its HTTP status and a Vietnamese message a person can act on. Refusals
 * of the domain are DomainErrors; both are told to the person through one mapping
 * (error-info.ts), rendered once per surface.
 */
import type { FieldDetail } from '../errors/domain-error.js';

export class HttpError extends Error {
  constructor(
    /** 503 only for a system that has no site yet: the one state the operator, not the reader, resolves. */
    readonly statusCode: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 429 | 503,
    readonly title: string,
    readonly detail: string,
    /** The input fields at fault (a 400 of the editorial API lists them). */
    readonly errors?: readonly FieldDetail[],
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}
