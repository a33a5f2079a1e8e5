/**
 * The query string of /van-ban, validated at the edge: `loai` (type), `co-quan`
 * (issuing body), `linh-vuc` (field), `nam` (year of issue), `hieu-luc` (validity),
 * `q` (a number in any spelling or words of the summary) and `trang`. Anything not in
 * its list is a Vietnamese 400, never a query.
 */
import { z } from 'zod';
import { DOCUMENT_VALIDITY, isDocumentField, isDocumentType, validityOfSlug, type DocumentField, type DocumentType, type DocumentValidity } from '../../../documents/document-kinds.js';
import { countQueryWords, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../../search/query.js';
import { isSlug } from '../../../text/index.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { parsePageNumber } from '../query.js';
import { documentsVi } from './messages.js';

export interface DocumentParams {
  type: DocumentType | undefined;
  issuer: string | undefined;
  field: DocumentField | undefined;
  year: number | undefined;
  validity: DocumentValidity | undefined;
  /** As typed (NFC, trimmed); '' when absent. */
  q: string;
  page: number;
}

const bad = (detail: string) => new HttpError(400, vi.errors.badRequestTitle, detail);
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** One value each, or none: a parameter given twice is refused as a whole. */
const schema = z.object({
  loai: z.string().optional(),
  'co-quan': z.string().optional(),
  'linh-vuc': z.string().optional(),
  nam: z.string().optional(),
  'hieu-luc': z.string().optional(),
  q: z.string().optional(),
});

const given = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

export function parseDocumentParams(query: unknown): DocumentParams {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? 'q');
    const detail = { loai: documentsVi.bad.type, 'co-quan': documentsVi.bad.issuer, 'linh-vuc': documentsVi.bad.field, nam: documentsVi.bad.year, 'hieu-luc': documentsVi.bad.validity }[name];
    throw bad(detail ?? documentsVi.bad.query);
  }
  const p = parsed.data;
  const type = given(p.loai);
  if (type !== undefined && !isDocumentType(type)) throw bad(documentsVi.bad.type);
  const issuer = given(p['co-quan']);
  if (issuer !== undefined && !isSlug(issuer)) throw bad(documentsVi.bad.issuer);
  const field = given(p['linh-vuc']);
  if (field !== undefined && !isDocumentField(field)) throw bad(documentsVi.bad.field);
  const yearText = given(p.nam);
  if (yearText !== undefined && !/^(19|2[0-9])[0-9]{2}$/.test(yearText)) throw bad(documentsVi.bad.year);
  const validitySlug = given(p['hieu-luc']);
  const validity = validitySlug === undefined ? undefined : validityOfSlug(validitySlug);
  if (validitySlug !== undefined && validity === undefined) throw bad(documentsVi.bad.validity);
  const raw = p.q ?? '';
  if (raw.length > 4 * MAX_QUERY_CHARS) throw bad(documentsVi.bad.queryTooLong(MAX_QUERY_CHARS, MAX_QUERY_WORDS));
  const q = raw.normalize('NFC').replace(CONTROL_CHARS, ' ').trim();
  if (Array.from(q).length > MAX_QUERY_CHARS || countQueryWords(q) > MAX_QUERY_WORDS) throw bad(documentsVi.bad.queryTooLong(MAX_QUERY_CHARS, MAX_QUERY_WORDS));
  return {
    type,
    issuer,
    field,
    year: yearText === undefined ? undefined : Number(yearText),
    validity,
    q,
    page: parsePageNumber(query),
  };
}

/** The query string of a filtered list (page 1), for links, pagination and the form's reset. */
export function documentListQuery(p: Omit<DocumentParams, 'page'>): string {
  const params = new URLSearchParams();
  if (p.type !== undefined) params.set('loai', p.type);
  if (p.issuer !== undefined) params.set('co-quan', p.issuer);
  if (p.field !== undefined) params.set('linh-vuc', p.field);
  if (p.year !== undefined) params.set('nam', String(p.year));
  if (p.validity !== undefined) params.set('hieu-luc', DOCUMENT_VALIDITY[p.validity].slug);
  if (p.q !== '') params.set('q', p.q);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
