/**
 * The one error path. Known errors keep their status (error-info.ts says what the person
 * is told); anything else is a 500 that is logged in full and shown to the reader as a
 * short Vietnamese page — never a stack trace. API paths answer with RFC 9457 problem
 * details instead of HTML.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { describeError, type ErrorInfo } from './error-info.js';
import { HttpError } from './http-error.js';
import { PROBLEM_CONTENT_TYPE, problemDetails } from './problem-details.js';
import { BareErrorPage, ErrorPage } from './public/views/error-page.js';
import { renderDocument } from './render.js';
import { buildChrome, type SiteRoutingOptions } from './site-routing.js';

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/** The bare page for errors raised before a site is known (bad URL, unknown host). */
export function renderBareError(info: ErrorInfo): Buffer {
  return renderDocument(<BareErrorPage error={info} />);
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, info: ErrorInfo, opts: SiteRoutingOptions): Promise<FastifyReply> {
  reply.code(info.status);
  if (info.retryAfterSeconds !== undefined) reply.header('Retry-After', String(info.retryAfterSeconds));
  if (isApiRequest(request.url)) return reply.type(PROBLEM_CONTENT_TYPE).send(problemDetails(info, request.url, info.errors));
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

export const errorHandling = fp(function errorHandling(app: FastifyInstance, opts: SiteRoutingOptions) {
  app.setErrorHandler(async (error, request, reply) => {
    const info = describeError(error);
    // An HttpError is an answer chosen on purpose (503: no site yet), not a failure to log.
    if (info.status >= 500 && !(error instanceof HttpError)) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, info, opts);
  });
});
