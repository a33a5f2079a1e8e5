/**
 * The registry of search kinds: every kind of content the search index can hold, in one
 * list. Each kind has a fixed slot in the document-id space (document id = row id × 8 +
 * slot, room for eight kinds), the public label a result shows, the `?loai=` value of
 * /tim-kiem, and the public URL of a hit. A kind whose content table exists carries a
 * `source`: its table and the columns the index reads, from which schema-sqlite.ts and
 * schema-postgres.ts generate its triggers and its fill (kind-sql.ts).
 *
 * Adding a kind to the index (docs/content-types.md, "Adding a kind to search"): give its
 * entry a `source`, and add a migration that runs a frozen copy of searchKindSql(kind, …).
 *
 * Pure: the contract, the web layer and the SQL generators read it.
 */
import { albumPath, articlePath, consultationPath, documentPath, pagePath, questionPath } from '../urls/paths.js';

export const SEARCH_KIND_NAMES = ['article', 'page', 'document', 'question', 'consultation', 'album'] as const;
export type SearchContentType = (typeof SEARCH_KIND_NAMES)[number];

/** Document ids are row id × KIND_SLOTS + the kind's slot. */
export const KIND_SLOTS = 8;

/** The content table of a kind and the columns the index reads (plain column names of that table). */
export interface SearchKindSource {
  table: string;
  title: string;
  /** The short summary ranked above the body (an article's sapo), null when the type has none. */
  lead: string | null;
  body: string;
  /** The category filter's column, null when the type has no category. */
  category: string | null;
  slug: string;
}

/** What a hit's URL is built from. */
export interface HitAddress {
  slug: string;
  /** The slug of the article's category (articles only). */
  categorySlug: string | null;
}

export interface SearchKind {
  kind: SearchContentType;
  /** Slot in the document-id space, 0 … KIND_SLOTS - 1; never reused. */
  slot: number;
  /** What a result says it is. */
  label: string;
  /** Value of /tim-kiem?loai=. */
  param: string;
  /** Public path of a hit on its site. */
  path: (hit: HitAddress) => string;
  /** Present once the kind's table exists and its triggers are installed by a migration. */
  source?: SearchKindSource;
}

export type IndexedSearchKind = SearchKind & { source: SearchKindSource };

const contentColumns = (table: string, extra: Partial<SearchKindSource> = {}): SearchKindSource => ({
  table,
  title: 'title',
  lead: null,
  body: 'body_html',
  category: null,
  slug: 'slug',
  ...extra,
});

export const SEARCH_KINDS: readonly SearchKind[] = [
  {
    kind: 'article',
    slot: 0,
    label: 'Tin bài',
    param: 'tin-bai',
    path: (hit) => articlePath(hit.categorySlug ?? '', hit.slug),
    source: contentColumns('articles', { lead: 'lead', category: 'category_id' }),
  },
  { kind: 'page', slot: 1, label: 'Trang', param: 'trang', path: (hit) => pagePath(hit.slug), source: contentColumns('pages') },
  {
    kind: 'document',
    slot: 2,
    label: 'Văn bản',
    param: 'van-ban',
    path: (hit) => documentPath(hit.slug),
    source: contentColumns('legal_documents', { lead: 'summary' }),
  },
  // body_html holds only the public question and answer, never the asker's details (questions.repo.ts).
  { kind: 'question', slot: 3, label: 'Hỏi đáp', param: 'hoi-dap', path: (hit) => questionPath(hit.slug), source: contentColumns('questions') },
  {
    kind: 'consultation',
    slot: 4,
    label: 'Lấy ý kiến',
    param: 'lay-y-kien',
    path: (hit) => consultationPath(hit.slug),
    source: contentColumns('consultations', { lead: 'summary' }),
  },
  { kind: 'album', slot: 5, label: 'Thư viện ảnh', param: 'thu-vien-anh', path: (hit) => albumPath(hit.slug), source: contentColumns('albums') },
];

const BY_KIND = new Map(SEARCH_KINDS.map((k) => [k.kind, k]));
const BY_PARAM = new Map(SEARCH_KINDS.map((k) => [k.param, k]));

export function searchKind(kind: SearchContentType): SearchKind {
  const found = BY_KIND.get(kind);
  if (found === undefined) throw new Error(`Unknown search kind ${kind}`);
  return found;
}

export function isSearchKind(value: unknown): value is SearchContentType {
  return typeof value === 'string' && BY_KIND.has(value as SearchContentType);
}

/** The kind of a /tim-kiem?loai= value, undefined for any other value. */
export function kindOfParam(param: string): SearchKind | undefined {
  return BY_PARAM.get(param);
}

/** The kinds the index holds today: those whose content table and triggers exist. */
export function indexedKinds(kinds: readonly SearchKind[] = SEARCH_KINDS): IndexedSearchKind[] {
  return kinds.filter((k): k is IndexedSearchKind => k.source !== undefined);
}

/** The document id of row `id` of a kind. */
export function documentId(kind: SearchContentType, id: number): number {
  return id * KIND_SLOTS + searchKind(kind).slot;
}

/** The kind of a stored `search_documents.kind` value (the registry's names); anything else is not a kind. */
export function storedKind(value: unknown): SearchContentType {
  if (!isSearchKind(value)) throw new Error(`search_documents holds an unknown kind ${String(value)}`);
  return value;
}
