/**
 * Query-string parameters of /tim-kiem, validated at the edge: `q` (at most
 * MAX_QUERY_CHARS characters and MAX_QUERY_WORDS words, else a Vietnamese 400),
 * `trang` (as on category pages) and `cong` (a site of the system, on the province).
 */
import { z } from 'zod';
import { countQueryWords, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../../search/query.js';
import { isSlug } from '../../../text/index.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { parsePageNumber } from '../query.js';

export interface SearchParams {
  /** The query as typed (NFC), '' when absent. */
  q: string;
  page: number;
  /** Slug of the site to search in (province only), if any. */
  site: string | undefined;
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const bad = (detail: string) => new HttpError(400, vi.errors.badRequestTitle, detail);

const schema = z.object({
  q: z.string().optional(),
  cong: z.string().optional(),
});

export function parseSearchParams(query: unknown): SearchParams {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) throw bad(vi.search.badQuery);
  const raw = parsed.data.q ?? '';
  // Far too long even in NFD (a letter and two marks): refused before any work on it.
  if (raw.length > 4 * MAX_QUERY_CHARS) throw bad(vi.search.tooLong(MAX_QUERY_CHARS, MAX_QUERY_WORDS));
  // Control characters cannot be shown (nor typed); they only separate words anyway.
  const q = raw.normalize('NFC').replace(CONTROL_CHARS, ' ');
  if (Array.from(q).length > MAX_QUERY_CHARS || countQueryWords(q) > MAX_QUERY_WORDS) {
    throw bad(vi.search.tooLong(MAX_QUERY_CHARS, MAX_QUERY_WORDS));
  }
  const cong = parsed.data.cong;
  if (cong !== undefined && cong !== '' && !isSlug(cong)) throw bad(vi.search.badSite);
  return { q, page: parsePageNumber(query), site: cong === '' ? undefined : cong };
}

/** The URL of a search, for links and pagination. */
export function searchUrl(q: string, site: string | undefined): string {
  const params = new URLSearchParams({ q });
  if (site !== undefined) params.set('cong', site);
  return `/tim-kiem?${params.toString()}`;
}
