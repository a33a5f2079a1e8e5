/**
 * Query-string parameters of /tim-kiem, validated at the edge: `q` (at most
 * MAX_QUERY_CHARS characters and MAX_QUERY_WORDS words, else a Vietnamese 400),
 * `trang` (as on category pages), `cong` (a site of the system, on the province) and
 * `loai` (a kind of content, search/kinds.ts: tin-bai, trang, van-ban, …).
 */
import { z } from 'zod';
import { kindOfParam, SEARCH_KINDS, type SearchKind } from '../../../search/kinds.js';
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
  /** The kind of content to search, if one was chosen. */
  kind: SearchKind | undefined;
}

/** The parameters a search URL keeps: what was typed and the filters chosen. */
export interface SearchFilters {
  site: string | undefined;
  /** A kind's `loai` value. */
  kind: string | undefined;
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const bad = (detail: string) => new HttpError(400, vi.errors.badRequestTitle, detail);

const schema = z.object({
  q: z.string().optional(),
  cong: z.string().optional(),
  loai: z.string().optional(),
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
  const loai = parsed.data.loai ?? '';
  const kind = loai === '' ? undefined : kindOfParam(loai);
  if (loai !== '' && kind === undefined) throw bad(vi.search.badType(SEARCH_KINDS.map((k) => k.param)));
  return { q, page: parsePageNumber(query), site: cong === '' ? undefined : cong, kind };
}

/** The URL of a search, for links and pagination. */
export function searchUrl(q: string, filters: SearchFilters): string {
  const params = new URLSearchParams({ q });
  if (filters.site !== undefined) params.set('cong', filters.site);
  if (filters.kind !== undefined) params.set('loai', filters.kind);
  return `/tim-kiem?${params.toString()}`;
}
