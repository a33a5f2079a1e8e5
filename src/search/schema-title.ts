/**
 * The title index of PostgreSQL: a GIN index over the folded title's words, so that the
 * title pass (candidate-passes.ts) reads only the documents with every word in the
 * title, not every document with the word anywhere. SQLite needs none: FTS5 restricts a
 * match to the title column by itself.
 *
 * Migration 0027 runs a frozen copy (db/migrations/20261208_0027_search_title.sql.ts).
 */
export const POSTGRES_TITLE_INDEX: readonly string[] = [
  `CREATE INDEX IF NOT EXISTS search_documents_title_words ON search_documents USING gin (to_tsvector('simple'::regconfig, title_f))`,
];
