/**
 * The near-match index over the folded titles of `search_documents`.
 *
 * PostgreSQL: pg_trgm and a GIN trigram index on each column; the triggers that keep
 * search_documents in step with the content keep these indexes in step too.
 *
 * SQLite: an FTS5 table with the trigram tokenizer, `search_near`, holding each word
 * padded as pg_trgm pads it (vn_near_text, registered per connection), kept in step
 * with search_documents by triggers on that table.
 *
 * Migration 0006 runs a frozen copy of this SQL (db/migrations/20261129_0006_search_near.sql.ts),
 * not this code: a change here reaches existing databases only through a new
 * migration, and db/migrations/frozen-search-sql.test.ts fails until there is one.
 */

export const POSTGRES_TRIGRAM_EXTENSION = 'CREATE EXTENSION IF NOT EXISTS pg_trgm';

export const POSTGRES_NEAR_SCHEMA: readonly string[] = [
  'CREATE INDEX search_documents_title_trgm ON search_documents USING gin (title_f gin_trgm_ops)',
];

/** Nothing to rebuild: the GIN indexes follow search_documents. */
export const POSTGRES_NEAR_REINDEX: readonly string[] = [];

const nearRow = (r: string) => `INSERT INTO search_near (rowid, title) VALUES (${r}.id, vn_near_text(${r}.title_f))`;

export const SQLITE_NEAR_SCHEMA: readonly string[] = [
  `CREATE VIRTUAL TABLE search_near USING fts5(
    title,
    content = '', contentless_delete = 1, detail = 'none',
    tokenize = 'trigram'
  )`,
  `CREATE TRIGGER search_near_insert AFTER INSERT ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = new.id;
    ${nearRow('new')};
  END`,
  `CREATE TRIGGER search_near_text AFTER UPDATE OF id, title_f ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = old.id;
    ${nearRow('new')};
  END`,
  `CREATE TRIGGER search_near_delete AFTER DELETE ON search_documents BEGIN
    DELETE FROM search_near WHERE rowid = old.id;
  END`,
];

/** Empties and refills search_near from search_documents. */
export const SQLITE_NEAR_REINDEX: readonly string[] = [
  `INSERT INTO search_near (search_near) VALUES ('delete-all')`,
  `INSERT INTO search_near (rowid, title) SELECT d.id, vn_near_text(d.title_f) FROM search_documents d`,
];
