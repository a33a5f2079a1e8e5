/**
 * The royalty (nhuận bút) form's state: numbers are kept as typed ("1,5" with a
 * Vietnamese decimal comma) and turned into the API's input only on saving. Which
 * fields the API refused comes back as paths ("authors.1.share"); each maps to an id.
 */
import type { Royalty, RoyaltyAuthor, RoyaltyInput } from '../api/types.js';
import { t } from '../messages.js';

export interface AuthorRow {
  name: string;
  share: string;
  /** An account the author is linked to; this form does not change it. */
  userId: number | null;
}

export interface RoyaltyDraft {
  genre: string;
  coefficient: string;
  isReprint: boolean;
  authors: AuthorRow[];
}

/** 1.5 → "1,5", as Vietnamese writes decimals. */
export function formatNumber(n: number | null): string {
  return n === null ? '' : String(n).replace('.', ',');
}

/** "1,5" or "1.5" → 1.5; anything else (letters, two commas, "") → null. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  return /^\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : null;
}

export function royaltyDraftOf(r: Royalty | undefined): RoyaltyDraft {
  return {
    genre: r?.genre ?? '',
    coefficient: formatNumber(r?.coefficient ?? null),
    isReprint: r?.isReprint ?? false,
    authors: (r?.authors ?? []).map((a) => ({ name: a.name, share: formatNumber(a.share), userId: a.userId ?? null })),
  };
}

/** A new author row takes what is left of 100 %, so the shares keep adding up. */
export function newAuthorRow(authors: AuthorRow[]): AuthorRow {
  const used = authors.reduce((sum, a) => sum + (parseNumber(a.share) ?? 0), 0);
  const rest = Math.round((100 - used) * 1000) / 1000;
  return { name: '', share: rest > 0 ? formatNumber(rest) : '', userId: null };
}

/** Error messages by the API's field path ("genre", "authors", "authors.0.share"). */
export type RoyaltyErrors = Record<string, string>;

/** The element an error path points at, for the error summary's links. */
export function royaltyFieldId(path: string): string {
  const author = /^authors\.(\d+)\.(name|share|userId)$/.exec(path);
  if (author !== null) return `royalty-author-${author[1]}-${author[2] === 'share' ? 'share' : 'name'}`;
  if (path === 'coefficient' || path === 'genre') return `royalty-${path}`;
  if (path === 'isReprint') return 'royalty-reprint';
  return 'royalty-authors';
}

/** What the summary says of a path, so "Phải > 0" reads as which field it is about. */
export function royaltyFieldLabel(path: string): string {
  const author = /^authors\.(\d+)\.(name|share|userId)$/.exec(path);
  if (author !== null) return `${t.royaltyPanel.author(Number(author[1]) + 1)}, ${author[2] === 'share' ? t.royaltyPanel.share : t.royaltyPanel.name}`;
  if (path === 'genre') return t.royaltyPanel.genre;
  if (path === 'coefficient') return t.royaltyPanel.coefficient;
  if (path === 'isReprint') return t.royaltyPanel.reprint;
  return t.royaltyPanel.authors;
}

/**
 * The API's input, or what must be fixed first. Only whether numbers are numbers is
 * checked here; ranges and the 100 % total are the server's rules, shown as it words them.
 * Who may not grade sends no coefficient, which keeps the approver's.
 */
export function royaltyInputOf(d: RoyaltyDraft, mayGrade: boolean): { input: RoyaltyInput } | { errors: RoyaltyErrors } {
  const errors: RoyaltyErrors = {};
  const coefficient = d.coefficient.trim() === '' ? null : parseNumber(d.coefficient);
  if (mayGrade && coefficient === null && d.coefficient.trim() !== '') errors['coefficient'] = t.royaltyPanel.coefficientInvalid;
  const authors: RoyaltyAuthor[] = d.authors.map((a, i) => {
    const share = parseNumber(a.share);
    if (share === null) errors[`authors.${i}.share`] = t.royaltyPanel.shareInvalid;
    return { name: a.name.trim(), userId: a.userId, share: share ?? 0 };
  });
  if (Object.keys(errors).length > 0) return { errors };
  const genre = d.genre.trim() === '' ? null : d.genre.trim();
  return { input: { genre, isReprint: d.isReprint, authors, ...(mayGrade ? { coefficient } : {}) } };
}
