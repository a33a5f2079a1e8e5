/**
 * RFC 9457 problem details: the one JSON body of an error, for the editorial API and the
 * public API alike. They differ only in how a field at fault is named (the editorial API
 * names body fields, the public API query and path parameters), so that list is typed by
 * the caller.
 */
import type { ErrorInfo } from './error-info.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemDetails<FieldError> {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
  /** The request's path, without its query. */
  instance: string;
  errors?: FieldError[];
}

export function problemDetails<FieldError>(
  info: Pick<ErrorInfo, 'status' | 'title' | 'detail'>,
  url: string,
  errors?: readonly FieldError[],
): ProblemDetails<FieldError> {
  const body: ProblemDetails<FieldError> = {
    type: 'about:blank',
    title: info.title,
    status: info.status,
    detail: info.detail,
    instance: url.split('?', 1)[0] ?? '/',
  };
  if (errors !== undefined) body.errors = [...errors];
  return body;
}
