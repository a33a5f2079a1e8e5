/**
 * Errors that carry their HTTP status and a Vietnamese message a person can act on.
 * Thrown anywhere below a route; mapped to a page or JSON once, in the error plugin.
 */
export class HttpError extends Error {
  constructor(
    /** 503 only for a system that has no site yet: the one state the operator, not the reader, resolves. */
    readonly statusCode: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 429 | 503,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}
