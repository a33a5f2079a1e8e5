/**
 * Builders for query and path parameters, validated at the edge. Each carries its
 * Vietnamese rule as its description: the OpenAPI document publishes it and a 400
 * names it. Wire values are strings; numbers are accepted only in plain decimal form.
 */
import { z } from 'zod';
import { countQueryWords, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../search/query.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../text/index.js';
import { fromUtcWallClock, isCalendarDate, vietnamDayBounds } from '../../time/vietnam-time.js';
import { apiVi } from './messages.js';
import { ApiProblem } from './problem.js';

const DECIMAL = /^(0|[1-9][0-9]{0,15})$/;
/** No control characters (NUL included): they never belong in a query and PostgreSQL refuses NUL. */
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** An integer in [min, max]; `fallback` makes it optional. */
export function integerParam(min: number, max: number, rule: string, fallback?: number) {
  const target = z.number().int().min(min).max(max);
  const toNumber = (value: unknown) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value);
  return fallback === undefined
    ? z.preprocess(toNumber, target).describe(rule)
    : z.preprocess(toNumber, target.default(fallback)).describe(rule);
}

export function slugParam(rule: string) {
  return z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN).describe(rule);
}

export function textParam(maxLength: number, rule: string) {
  return z.string().min(1).max(maxLength).regex(NO_CONTROL).describe(rule);
}

/** Search text as the search reads it: MAX_QUERY_CHARS characters and MAX_QUERY_WORDS words at most, more is refused rather than cut. */
export function queryTextParam(rule: string) {
  return textParam(MAX_QUERY_CHARS, rule)
    .refine((q) => countQueryWords(q) <= MAX_QUERY_WORDS)
    .describe(rule);
}

export function tokenParam(maxLength: number, rule: string) {
  return z.string().min(1).max(maxLength).regex(/^[A-Za-z0-9_-]+$/).describe(rule);
}

const ISO_DATE_OR_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** Both databases store and compare four-digit years only. */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function storedInstant(millis: number): string | undefined {
  return millis >= EARLIEST && millis <= LATEST ? new Date(millis).toISOString() : undefined;
}

/**
 * A calendar date (a whole day in Asia/Ho_Chi_Minh) or an instant with its offset, as
 * the stored form (ISO UTC). `edge` says which end of a bare date is meant.
 */
export function parseDateBound(value: string, edge: 'start' | 'end'): string | undefined {
  const m = ISO_DATE_OR_TIME.exec(value);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) return undefined;
  if (m[4] === undefined) {
    const bounds = vietnamDayBounds(value);
    return bounds === undefined ? undefined : storedInstant(edge === 'start' ? bounds.first : bounds.last);
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  const [offsetHours, offsetMinutes] = [Number(m[9] ?? '0'), Number(m[10] ?? '0')];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return undefined;
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const sign = m[8] === undefined || m[8] === 'Z' || m[8].startsWith('+') ? 1 : -1;
  const offset = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return storedInstant(fromUtcWallClock(year, month, day, hour, minute, second, millis) - offset);
}

export function dateParam(edge: 'start' | 'end', rule: string) {
  return z
    .string()
    .max(40)
    .regex(ISO_DATE_OR_TIME)
    .transform((value, ctx) => {
      const bound = parseDateBound(value, edge);
      if (bound === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'invalid date' });
        return z.NEVER;
      }
      return bound;
    })
    .describe(rule);
}

/** `from` after `to` can match nothing: say so rather than answer an empty list. */
export function assertDateRange(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined || from <= to) return;
  throw ApiProblem.badRequest(
    [
      { name: 'from', in: 'query', detail: apiVi.problems.badRange },
      { name: 'to', in: 'query', detail: apiVi.problems.badRange },
    ],
    apiVi.problems.badRange,
  );
}
