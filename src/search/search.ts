/**
 * The search interface: one contract, two implementations (SQLite FTS5 and
 * PostgreSQL full-text, with trigram near matches), one shared test suite. Queries and documents are folded by
 * the same domain function (text/fold.ts) on both sides.
 */

import type { SearchContentType } from './kinds.js';

export type { SearchContentType } from './kinds.js';

export interface SearchQuery {
  /** What the reader typed, unmodified (any normalisation, spaces, case, NFD). */
  text: string;
  /** Restrict to these sites; undefined means every site of the system. */
  siteIds?: readonly number[];
  categoryId?: number;
  type?: SearchContentType;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Admin search also covers drafts and other unpublished states. */
  includeUnpublished?: boolean;
}

export interface SearchHit {
  type: SearchContentType;
  id: number;
  siteId: number;
  /** Public path on its site, e.g. /tin-tuc-su-kien/slug. */
  path: string;
  title: string;
  /** Title with matched words in <mark>, HTML-escaped otherwise. */
  titleHtml: string;
  /** Excerpt of the original (unfolded) text with matched words in <mark>, HTML-escaped otherwise. */
  snippetHtml: string;
  publishedAt: string | null;
  categoryName: string | null;
  status: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every match when totalCapped is false; otherwise the counting bound, and more match. */
  total: number;
  /**
   * True when more than `total` documents match: counting stops at a bound (service.ts
   * RESULT_BOUND) so that a common word costs no more than a rare one. Pages reach
   * `total` results; the page says "Hơn 1.000 kết quả".
   */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  /** The query as folded for matching ("Bình đẳng" → "binh dang"), to suggest it when nothing is found. */
  foldedQuery: string;
}

/** A near-match search: the filters of a search, and how many hits at most. */
export interface NearMatchQuery extends Omit<SearchQuery, 'page' | 'pageSize'> {
  limit: number;
}

/** Ranked matches without hits, for a list that shows its own rows: the best `limit` at most. */
export interface RankedQuery extends Omit<SearchQuery, 'page' | 'pageSize'> {
  limit: number;
}

export interface SearchService {
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * The ids of the best matches, in rank order (at most `limit`, itself at most the
   * number ranking reads): the same order as search(), without excerpts to build.
   */
  rankedIds(query: RankedQuery): Promise<{ type: SearchContentType; id: number }[]>;
  /**
   * Documents whose title looks like the query although search() may find
   * nothing ("binh dang gioj", "Dong Haa"): trigram similarity of the folded words,
   * best first, the same filters as search(). For when search() finds nothing.
   */
  nearMatches(query: NearMatchQuery): Promise<SearchHit[]>;
  /** Rebuilds the whole index from the content tables; returns the number of documents indexed. */
  reindex(): Promise<number>;
  /** Merges what a bulk load left in many pieces (schema-sqlite.ts SQLITE_COMPACT); nothing to do on PostgreSQL. */
  compact(): Promise<void>;
}
