/** Query-string parameters of public pages, validated at the edge. */
import { z } from 'zod';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';

/** Beyond any real archive; larger numbers are refused rather than sent to storage. */
const MAX_PAGE = 100_000;

const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE));

/** `?trang=N` → N (1 when absent). Anything else is a 400 with a message saying why. */
export function parsePageNumber(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.['trang'];
  if (raw === undefined || raw === '') return 1;
  const parsed = pageSchema.safeParse(raw);
  if (!parsed.success) throw new HttpError(400, vi.errors.badRequestTitle, vi.errors.badPage);
  return parsed.data;
}

export function isPrintView(query: unknown): boolean {
  return (query as Record<string, unknown> | undefined)?.['ban-in'] === '1';
}
