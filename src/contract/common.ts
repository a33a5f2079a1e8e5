/**
 * Pieces every part of the editorial contract shares: database ids as they come in
 * paths and bodies, the site of the path, instants, and the shape of a page of a list.
 */
import { z } from 'zod';

/** The largest id both databases store in an integer column. */
export const MAX_ID = 2_147_483_647;

/** A positive database id in a path or query string ("12"), never "1e3", "-1" or "12abc". */
export const idString = z
  .string()
  .max(10, 'Mã không hợp lệ')
  .regex(/^[1-9][0-9]{0,9}$/, 'Mã không hợp lệ')
  .transform(Number)
  .refine((n) => n <= MAX_ID, 'Mã không hợp lệ');

/** A positive database id in a JSON body. */
export const idNumber = z.number().int().positive().max(MAX_ID);

export const siteSlugString = z.string().min(1).max(100);

/** The site of every /admin/sites/{site} path. */
export const siteParams = z.object({ site: siteSlugString });

const EARLIEST = Date.parse('1900-01-01T00:00:00Z');
const LATEST = Date.parse('2999-12-31T23:59:59Z');

/** An ISO 8601 instant with its offset, within years both databases store (1900–2999). */
export const instantSchema = z
  .string()
  .max(40)
  .datetime({ offset: true })
  .refine((s) => Date.parse(s) >= EARLIEST && Date.parse(s) <= LATEST, 'Thời điểm phải trong khoảng năm 1900–2999');

/** An instant the server sends: ISO 8601 as stored. */
export const sentInstant = z.string();

/** One page of a list: its items, how many there are in all, and where this page is. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
