/**
 * The SQL migration 0027 runs, frozen: the title index of PostgreSQL as search/schema-title.ts
 * wrote it. Never edit these strings: write a new migration instead.
 */

/** PostgreSQL: a GIN index over the words of the folded title. */
export const POSTGRES_TITLE_INDEX_0027: readonly string[] = [
  "CREATE INDEX IF NOT EXISTS search_documents_title_words ON search_documents USING gin (to_tsvector('simple'::regconfig, title_f))",
];
