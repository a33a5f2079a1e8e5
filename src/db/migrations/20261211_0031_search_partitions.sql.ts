/**
 * The SQL migration 0031 runs, frozen: search_documents partitioned by site as
 * search/schema-postgres.ts wrote it. Never edit these strings: write a new migration instead.
 */

/** PostgreSQL: search_documents partitioned by a hash of site_id, its rows copied, its indexes and search_row() made again. */
export const POSTGRES_SEARCH_PARTITIONS_0031: readonly string[] = [
  "DROP INDEX search_documents_fts, search_documents_site, search_documents_published, search_documents_site_id, search_documents_title_trgm, search_documents_title_words",
  "ALTER TABLE search_documents RENAME TO search_documents_unpartitioned",
  "ALTER TABLE search_documents_unpartitioned RENAME CONSTRAINT search_documents_pkey TO search_documents_unpartitioned_pkey",
  "CREATE TABLE search_documents (LIKE search_documents_unpartitioned) PARTITION BY HASH (site_id)",
  "DO $do$ BEGIN\n    FOR i IN 0..63 LOOP\n      EXECUTE format('CREATE TABLE search_documents_p%s PARTITION OF search_documents FOR VALUES WITH (MODULUS 64, REMAINDER %s)', i, i);\n    END LOOP;\n  END $do$",
  "INSERT INTO search_documents SELECT * FROM search_documents_unpartitioned",
  "DROP FUNCTION search_row(bigint, text, integer, integer, integer, text, timestamptz, text, text, text)",
  "DROP TABLE search_documents_unpartitioned",
  "CREATE OR REPLACE FUNCTION search_row(\n    p_id bigint, p_kind text, p_ref integer, p_site integer, p_category integer, p_status text,\n    p_published timestamptz, p_title text, p_lead text, p_body_html text\n  ) RETURNS search_documents LANGUAGE sql STABLE AS $fn$\n  SELECT p_id, p_kind, p_ref, p_site, p_category, p_status, p_published,\n    ' ' || f.title_f || ' ', ' ' || f.lead_f || ' ', ' ' || f.body_f || ' ',\n    ' ' || vn_exact(p_title) || ' ', ' ' || vn_exact(p_lead) || ' ',\n    setweight(to_tsvector('simple'::regconfig, f.title_f), 'A')\n      || setweight(to_tsvector('simple'::regconfig, f.lead_f), 'B')\n      || setweight(to_tsvector('simple'::regconfig, f.body_f), 'C'),\n    to_tsvector('simple'::regconfig, vn_exact(f.body))\n  FROM (SELECT vn_fold(p_title) AS title_f, vn_fold(p_lead) AS lead_f, vn_fold(b.body) AS body_f, b.body\n        FROM (SELECT vn_html_text(p_body_html) AS body) b) f\n  $fn$",
  "ALTER TABLE search_documents ADD PRIMARY KEY (site_id, id)",
  "CREATE INDEX search_documents_id ON search_documents (id)",
  "CREATE INDEX search_documents_fts ON search_documents USING gin (fts)",
  "CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)",
  "CREATE INDEX search_documents_published ON search_documents (status, published_at)",
  "CREATE INDEX search_documents_title_trgm ON search_documents USING gin (title_f gin_trgm_ops)",
  "CREATE INDEX IF NOT EXISTS search_documents_title_words ON search_documents USING gin (to_tsvector('simple'::regconfig, title_f))",
  "ANALYZE search_documents",
];
