/**
 * The one mapping of anything thrown below a route to what the person is told: the
 * status, a Vietnamese heading and explanation, the input fields at fault, and when
 * trying again can help. Each surface renders it once: the HTML error page, the
 * editorial API's problem details (error-handling.tsx) and the public API's (api/problem.ts).
 * Only the message written for people leaves; the stack stays in the log.
 */
import type { FastifyError } from 'fastify';
import { isStorageUnavailable, STORAGE_RETRY_SECONDS } from '../db/unavailable.js';
import { isDomainError, type DomainError, type FieldDetail } from '../errors/domain-error.js';
import { KIND_STATUS, KIND_TITLE } from '../errors/http-status.js';
import { HttpError } from './http-error.js';
import { vi } from './messages.js';

export interface ErrorInfo {
  status: number;
  title: string;
  detail: string;
  /** The input fields at fault (the editorial API lists them on a 400). */
  errors?: readonly FieldDetail[];
  /** Seconds until trying again can succeed (sent as Retry-After). */
  retryAfterSeconds?: number;
}

/** A lock without a known end is worth trying again after a minute. */
const UNKNOWN_LOCK_SECONDS = 60;

function secondsUntil(instant: string | undefined, now: number): number {
  const at = instant === undefined ? Number.NaN : Date.parse(instant);
  return Number.isNaN(at) ? UNKNOWN_LOCK_SECONDS : Math.max(1, Math.ceil((at - now) / 1000));
}

function fromDomainError(error: DomainError, now: number): ErrorInfo {
  const info: ErrorInfo = { status: KIND_STATUS[error.kind], title: error.title ?? KIND_TITLE[error.kind], detail: error.message };
  if (error.kind === 'invalid' && error.fields !== undefined && error.fields.length > 0) {
    // A refusal naming its fields reads as any other invalid input: the fields, and the one heading.
    info.title = KIND_TITLE.invalid;
    info.errors = error.fields.map((f) => ({ field: f.field, message: f.message }));
    info.detail = info.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
  }
  if (error.kind === 'locked') info.retryAfterSeconds = secondsUntil(error.retryAt, now);
  return info;
}

/** Errors of the framework itself (its own validation, body limits, routing). */
function fromFrameworkError(error: Partial<FastifyError>): ErrorInfo {
  const status = error.statusCode;
  if (error.validation !== undefined || status === 400) return { status: 400, title: vi.errors.badRequestTitle, detail: vi.errors.badRequest };
  if (status === 413) return { status: 413, title: vi.errors.tooLargeTitle, detail: vi.errors.tooLarge };
  // A path segment longer than any slug cannot name a page: say so, as for any unknown path.
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || status === 404) return { status: 404, title: vi.errors.notFoundTitle, detail: vi.errors.notFound };
  if (status !== undefined && status >= 400 && status < 500) return { status: 400, title: vi.errors.badRequestTitle, detail: vi.errors.badRequest };
  return { status: 500, title: vi.errors.serverErrorTitle, detail: vi.errors.serverError };
}

/** Maps any thrown value to what the person is told. */
export function describeError(error: unknown, now = Date.now()): ErrorInfo {
  if (error instanceof HttpError) {
    return { status: error.statusCode, title: error.title, detail: error.detail, ...(error.errors !== undefined ? { errors: error.errors } : {}) };
  }
  if (isDomainError(error)) return fromDomainError(error, now);
  // The database restarting or out of reach: a wait, not a failure of the request.
  if (isStorageUnavailable(error)) return { status: 503, title: vi.errors.unavailableTitle, detail: vi.errors.unavailable, retryAfterSeconds: STORAGE_RETRY_SECONDS };
  if (error !== null && typeof error === 'object') return fromFrameworkError(error);
  return { status: 500, title: vi.errors.serverErrorTitle, detail: vi.errors.serverError };
}
