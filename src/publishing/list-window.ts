/**
 * One page of a newest-first public list (a category, a tag) by keyset: the rows, and
 * whether rows lie beyond it on either side. Two queries a page whatever its depth: the
 * page (one row more than shown, to know whether older ones follow) and a look the other
 * way (one page and one row: enough to know whether the newer page is the top, so that
 * its link is the list's plain address). Each reads at most two pages of rows.
 *
 * An old `?trang=N` address keeps working: the first few pages are found by a bounded
 * OFFSET over (published_at, id) only; deeper ones answer with the keyset address of the
 * same rows (a permanent redirect), so that a bookmark lands where it pointed.
 */
import type { ArticleSummary, KeysetPosition, KeysetWindow } from '../articles/articles.repo.js';
import type { ListCursor } from './list-cursor.js';

export type ListPosition = { kind: 'page'; page: number } | { kind: 'older' | 'newer'; from: ListCursor };

/** `?trang=N` up to this is answered in place; deeper, by a redirect to its keyset address. */
export const OFFSET_PAGES = 5;

export interface ListWindow {
  articles: ArticleSummary[];
  /** Where the "Tin mới hơn" link goes: the list's top, the page before the first row shown, or nowhere. */
  newer: { kind: 'top' } | { kind: 'before'; from: ListCursor } | undefined;
  /** The position "Tin cũ hơn" continues from (the last row shown), when older rows exist. */
  older: ListCursor | undefined;
  /** The page's own address when it is not the top: canonical, and the page title says the dates. */
  at: ListPosition | undefined;
}

export type WindowOutcome = { kind: 'window'; window: ListWindow } | { kind: 'redirect'; from: ListCursor } | { kind: 'missing' };

export interface ListSource {
  page(window: KeysetWindow): Promise<ArticleSummary[]>;
  /** The row at `offset` in newest-first order (old page numbers). */
  positionAt(offset: number): Promise<KeysetPosition | undefined>;
}

const positionOf = (a: ArticleSummary): ListCursor => ({ publishedAt: a.publishedAt, id: a.id });

export async function listWindow(source: ListSource, position: ListPosition, size: number): Promise<WindowOutcome> {
  if (position.kind === 'page' && position.page > 1) {
    // The last row of the page before: page N starts just after it.
    const before = await source.positionAt((position.page - 1) * size - 1);
    if (before === undefined) return { kind: 'missing' };
    if (position.page > OFFSET_PAGES) return { kind: 'redirect', from: before };
    const rows = await olderFrom(source, before, size, position);
    return rows.articles.length === 0 ? { kind: 'missing' } : { kind: 'window', window: rows };
  }
  if (position.kind === 'newer') {
    // This page and the one above it: enough to know whether the one above is the top.
    const rows = await source.page({ limit: 2 * size + 1, from: position.from, direction: 'newer' });
    // No more than a page above the position: this reaches the top, shown as the top is.
    if (rows.length <= size) return { kind: 'window', window: await topWindow(source, size) };
    const articles = rows.slice(rows.length - size);
    const first = articles[0];
    const last = articles[articles.length - 1];
    if (first === undefined || last === undefined) return { kind: 'window', window: await topWindow(source, size) };
    const older = await source.page({ limit: 1, from: positionOf(last), direction: 'older' });
    return { kind: 'window', window: { articles, newer: newerLink(rows.length - size, first, size), older: older.length > 0 ? positionOf(last) : undefined, at: position } };
  }
  if (position.kind === 'older') return { kind: 'window', window: await olderFrom(source, position.from, size, position) };
  return { kind: 'window', window: await topWindow(source, size) };
}

async function topWindow(source: ListSource, size: number): Promise<ListWindow> {
  const rows = await source.page({ limit: size + 1, direction: 'older' });
  const articles = rows.slice(0, size);
  const last = articles[articles.length - 1];
  return { articles, newer: undefined, older: rows.length > size && last !== undefined ? positionOf(last) : undefined, at: undefined };
}

async function olderFrom(source: ListSource, from: ListCursor, size: number, at: ListPosition): Promise<ListWindow> {
  const rows = await source.page({ limit: size + 1, from, direction: 'older' });
  const articles = rows.slice(0, size);
  const first = articles[0];
  const last = articles[articles.length - 1];
  // What lies above: rows newer than the first shown (or than the position, when nothing is left below it).
  const above = await source.page({ limit: size + 1, from: first === undefined ? from : positionOf(first), direction: 'newer' });
  return { articles, newer: newerLink(above.length, first, size), older: rows.length > size && last !== undefined ? positionOf(last) : undefined, at };
}

/**
 * Where a page's "newer" link goes, given how many rows lie above it (counted up to a page
 * and one) and its first row: nowhere, the top when they fit on it, else the page of rows
 * just above the first one shown.
 */
function newerLink(above: number, first: ArticleSummary | undefined, size: number): ListWindow['newer'] {
  if (above === 0) return undefined;
  if (above <= size || first === undefined) return { kind: 'top' };
  return { kind: 'before', from: positionOf(first) };
}
