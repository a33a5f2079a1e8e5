/**
 * The one error path. Known errors keep their status; anything else is a 500 that
 * is logged in full and shown to the reader as a short Vietnamese page — never a
 * stack trace. API paths answer with RFC 9457 problem details instead of HTML.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../errors/domain-error.js';
import { KIND_STATUS, KIND_TITLE } from '../errors/http-status.js';
import { HttpError } from './http-error.js';
import { vi } from './messages.js';
import { BareErrorPage, ErrorPage, type ErrorInfo } from './public/views/error-page.js';
import { renderDocument } from './render.js';
import { buildChrome, type SiteRoutingOptions } from './site-routing.js';

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/** Maps any thrown value to what the reader is told. */
export function describeError(error: unknown): ErrorInfo {
  if (error instanceof HttpError) {
    const errors = (error as HttpError & { errors?: ErrorInfo['errors'] }).errors;
    return { status: error.statusCode, title: error.title, detail: error.detail, ...(errors ? { errors } : {}) };
  }
  if (error instanceof DomainError) {
    // A refusal no route mapped: its kind still gives the status, its Vietnamese message the text.
    const errors = error.kind === 'invalid' && error.fields !== undefined && error.fields.length > 0 ? error.fields.map((f) => ({ field: f.field, message: f.message })) : undefined;
    return { status: KIND_STATUS[error.kind], title: error.title ?? KIND_TITLE[error.kind], detail: error.message, ...(errors ? { errors } : {}) };
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (fastifyError.validation !== undefined || status === 400) {
    return { status: 400, title: vi.errors.badRequestTitle, detail: vi.errors.badRequest };
  }
  if (status === 413) return { status: 413, title: vi.errors.tooLargeTitle, detail: vi.errors.tooLarge };
  // A path segment longer than any slug cannot name a page: say so, as for any unknown path.
  if (fastifyError.code === 'FST_ERR_MAX_PARAM_LENGTH' || status === 404) {
    return { status: 404, title: vi.errors.notFoundTitle, detail: vi.errors.notFound };
  }
  if (status === 405) return { status: 405, title: vi.errors.badRequestTitle, detail: vi.errors.badRequest };
  if (status !== undefined && status >= 400 && status < 500) {
    return { status: 400, title: vi.errors.badRequestTitle, detail: vi.errors.badRequest };
  }
  return { status: 500, title: vi.errors.serverErrorTitle, detail: vi.errors.serverError };
}

/** The bare page for errors raised before a site is known (bad URL, unknown host). */
export function renderBareError(info: ErrorInfo): string {
  return renderDocument(<BareErrorPage error={info} />);
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, info: ErrorInfo, opts: SiteRoutingOptions): Promise<FastifyReply> {
  reply.code(info.status);
  if (isApiRequest(request.url)) {
    return reply
      .type('application/problem+json; charset=utf-8')
      .send({ type: 'about:blank', title: info.title, status: info.status, detail: info.detail, instance: request.url.split('?', 1)[0], ...(info.errors ? { errors: info.errors } : {}) });
  }
  reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
  if (request.site === null) return reply.send(renderBareError(info));
  try {
    const chrome = await buildChrome(request, opts);
    const path = request.url.split('?', 1)[0] ?? '/';
    return reply.send(renderDocument(<ErrorPage chrome={chrome} error={info} path={path} />));
  } catch (renderError) {
    // The site's own chrome could not be built (storage down): the bare page still helps.
    request.log.error({ err: renderError }, 'error page fell back to the bare layout');
    return reply.send(renderBareError(info));
  }
}

export const errorHandling = fp(async function errorHandling(app: FastifyInstance, opts: SiteRoutingOptions) {
  app.setErrorHandler(async (error, request, reply) => {
    const info = describeError(error);
    // An HttpError is an answer chosen on purpose (503: no site yet), not a failure to log.
    if (info.status >= 500 && !(error instanceof HttpError)) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, info, opts);
  });
});
