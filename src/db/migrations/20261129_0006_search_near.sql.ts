/**
 * The SQL migration 0006 runs, frozen: the text search/schema-near.ts generated when the
 * migration was written, pasted byte for byte, so that a later change to the search code
 * cannot change what this applied migration does. frozen-search-sql.test.ts says when the
 * live code has drifted and a new migration is due. Never edit these strings.
 */

/** PostgreSQL: the extension the trigram index needs. */
export const POSTGRES_TRIGRAM_EXTENSION_0006 = `CREATE EXTENSION IF NOT EXISTS pg_trgm`;

/** PostgreSQL: the GIN trigram index on the folded titles. */
export const POSTGRES_NEAR_SCHEMA_0006: readonly string[] = [
  `CREATE INDEX search_documents_title_trgm ON search_documents USING gin (title_f gin_trgm_ops)`,
];

/** SQLite: the FTS5 trigram table search_near and its triggers on search_documents. */
export const SQLITE_NEAR_SCHEMA_0006: readonly string[] = [
  `CREATE VIRTUAL TABLE search_near USING fts5(
    title,
    content = '', contentless_delete = 1, detail = 'none',
    tokenize = 'trigram'
  )`,
  `CREATE TRIGGER search_near_insert AFTER INSERT ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = new.id;
    INSERT INTO search_near (rowid, title) VALUES (new.id, vn_near_text(new.title_f));
  END`,
  `CREATE TRIGGER search_near_text AFTER UPDATE OF id, title_f ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = old.id;
    INSERT INTO search_near (rowid, title) VALUES (new.id, vn_near_text(new.title_f));
  END`,
  `CREATE TRIGGER search_near_delete AFTER DELETE ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = old.id;
  END`,
];

/** SQLite: the first fill of search_near. */
export const SQLITE_NEAR_REINDEX_0006: readonly string[] = [
  `INSERT INTO search_near (search_near) VALUES ('delete-all')`,
  `INSERT INTO search_near (rowid, title) SELECT d.id, vn_near_text(d.title_f) FROM search_documents d`,
];
