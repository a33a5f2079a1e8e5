/**
 * Opaque pagination cursors (base64url JSON). A list cursor is a keyset position on
 * (published_at, id) descending; a search-backed list carries its next page instead.
 * Clients must not build them; anything that does not decode is refused as a 400.
 */
import { z } from 'zod';
import { parseDateBound } from './params.js';

export const MAX_CURSOR_LENGTH = 256;
export const MAX_ID = 2_147_483_647;
export const MAX_SEARCH_PAGE = 1000;

export type Cursor = { kind: 'position'; publishedAt: string; id: number } | { kind: 'page'; page: number };

const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const wireSchema = z.union([
  z
    .object({
      v: z.literal(1),
      // A real calendar instant within the years both databases store, not just its shape.
      t: z.string().regex(STORED_INSTANT).refine((t) => parseDateBound(t, 'start') !== undefined),
      i: z.number().int().min(1).max(MAX_ID),
    })
    .strict(),
  z.object({ v: z.literal(1), p: z.number().int().min(2).max(MAX_SEARCH_PAGE) }).strict(),
]);

export function encodeCursor(cursor: Cursor): string {
  const wire = cursor.kind === 'position' ? { v: 1, t: cursor.publishedAt, i: cursor.id } : { v: 1, p: cursor.page };
  return Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor | undefined {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = wireSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const wire = parsed.data;
  return 'p' in wire ? { kind: 'page', page: wire.p } : { kind: 'position', publishedAt: wire.t, id: wire.i };
}
