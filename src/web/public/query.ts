/** Query-string parameters of public pages, validated at the edge. */
import { z } from 'zod';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';
import { decodeListCursor } from '../../publishing/list-cursor.js';
import type { ListPosition } from '../../publishing/list-window.js';

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

/**
 * Where a category or tag list starts: `?cu-hon=CURSOR` (older than that row),
 * `?moi-hon=CURSOR` (newer than it), an old `?trang=N`, or the top. A malformed cursor,
 * or more than one of them, is a 400 saying how to get back to the list.
 */
export function parseListPosition(query: unknown): ListPosition {
  const q = (query as Record<string, unknown> | undefined) ?? {};
  const older = q['cu-hon'];
  const newer = q['moi-hon'];
  const given = [older, newer, q['trang']].filter((v) => v !== undefined).length;
  const badCursor = () => new HttpError(400, vi.errors.badRequestTitle, vi.keyset.badCursor);
  if (given > 1) throw badCursor();
  for (const [raw, direction] of [
    [older, 'older'],
    [newer, 'newer'],
  ] as const) {
    if (raw === undefined) continue;
    const from = typeof raw === 'string' ? decodeListCursor(raw) : undefined;
    if (from === undefined) throw badCursor();
    return { kind: direction, from };
  }
  return { kind: 'page', page: parsePageNumber(query) };
}
