/**
 * RFC 9457 problem details for the JSON API: one error class thrown below the routes,
 * one schema (also published in the OpenAPI document), one way to send it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { describeError } from '../error-info.js';
import { HttpError } from '../http-error.js';
import { PROBLEM_CONTENT_TYPE, problemDetails } from '../problem-details.js';
import { apiVi } from './messages.js';

export const fieldErrorSchema = z
  .object({
    name: z.string().describe('Tên tham số'),
    in: z.enum(['query', 'path', 'header']).describe('Vị trí của tham số'),
    detail: z.string().describe('Lý do và giá trị được chấp nhận'),
  })
  .describe('Một tham số không hợp lệ');

export const problemSchema = z
  .object({
    type: z.string().describe('URI của loại lỗi; "about:blank" khi mã trạng thái HTTP đã đủ nghĩa'),
    title: z.string().describe('Tên lỗi ngắn gọn, tiếng Việt'),
    status: z.number().int().min(400).max(599).describe('Mã trạng thái HTTP'),
    detail: z.string().describe('Giải thích cho người đọc, tiếng Việt'),
    instance: z.string().describe('Đường dẫn của yêu cầu gây lỗi'),
    errors: z.array(fieldErrorSchema).optional().describe('Các tham số không hợp lệ (chỉ có ở lỗi 400)'),
  })
  .describe('Chi tiết lỗi theo RFC 9457');

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** 503: the system has no site yet (a clean start). */
export type ProblemStatus = 400 | 404 | 410 | 413 | 429 | 500 | 503;

/** An error the API answers as problem JSON with its own status and Vietnamese text. */
export class ApiProblem extends Error {
  constructor(
    readonly statusCode: ProblemStatus,
    readonly title: string,
    readonly detail: string,
    readonly errors?: readonly FieldError[],
    /** Seconds until trying again can succeed (sent as Retry-After): the database restarting. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  static badRequest(errors: readonly FieldError[], detail: string = apiVi.problems.badRequest): ApiProblem {
    return new ApiProblem(400, apiVi.problems.badRequestTitle, detail, errors);
  }

  static notFound(detail: string = apiVi.problems.notFound): ApiProblem {
    return new ApiProblem(404, apiVi.problems.notFoundTitle, detail);
  }
}

function asProblemStatus(status: number): ProblemStatus {
  if (status === 400 || status === 404 || status === 410 || status === 413 || status === 429 || status === 503) return status;
  if (status >= 400 && status < 500) return 400;
  return 500;
}

/** Any thrown value → the problem the client is told (never a stack trace). */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof HttpError) return new ApiProblem(asProblemStatus(error.statusCode), error.title, error.detail);
  const info = describeError(error);
  const status = asProblemStatus(info.status);
  if (status === 500) return new ApiProblem(500, apiVi.problems.serverErrorTitle, apiVi.problems.serverError);
  if (status === 404) return ApiProblem.notFound();
  if (status === 413) return new ApiProblem(413, apiVi.problems.tooLargeTitle, apiVi.problems.tooLarge);
  return new ApiProblem(status, info.title, info.detail, undefined, info.retryAfterSeconds);
}

export function problemBody(problem: ApiProblem, url: string): Problem {
  return problemDetails({ status: problem.statusCode, title: problem.title, detail: problem.detail }, url, problem.errors);
}


/** Sends a problem; headers already set (CORS, rate limit, Retry-After) are kept. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem): FastifyReply {
  if (problem.retryAfterSeconds !== undefined) reply.header('Retry-After', String(problem.retryAfterSeconds));
  return reply
    .code(problem.statusCode)
    .type(PROBLEM_CONTENT_TYPE)
    .header('Cache-Control', 'no-store')
    .send(JSON.stringify(problemBody(problem, request.url)));
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** For errors the router raises before any hook runs (bad percent-encoding, overlong segments). */
export function sendFrameworkProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  reply.header('Access-Control-Allow-Origin', '*');
  return sendProblem(request, reply, toApiProblem(error));
}
