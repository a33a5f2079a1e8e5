/**
 * The SQL migration 0002 runs, frozen: the text the search code (search/schema-postgres.ts,
 * search/schema-sqlite.ts, search/pg-functions.ts) generated when the migration was written,
 * pasted byte for byte. An applied migration must not change when that code changes later;
 * frozen-search-sql.test.ts says when the live code has drifted and a new migration is due.
 * Never edit these strings: write a new migration instead.
 */

/** PostgreSQL: the folding functions, search_documents, search_row() and the sync triggers. */
export const POSTGRES_SEARCH_SCHEMA_0002: readonly string[] = [
  `CREATE OR REPLACE FUNCTION vn_words(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
      SELECT btrim(regexp_replace(regexp_replace(normalize(t, NFC), '[\\u00ad\\u200c\\u200d\\u2060]', '', 'g'), '[\\u0001-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00bf\\u00d7\\u00f7\\u1680\\u2000-\\u206f\\u20a0-\\u20cf\\u2100-\\u214f\\u2190-\\u23ff\\u2500-\\u27bf\\u2900-\\u2bff\\u2e00-\\u2e7f\\u3000-\\u303f\\ufe00-\\ufe0f\\ufe10-\\ufe1f\\ufeff\\ufff0-\\uffff\\U0001f000-\\U0001faff\\U000e0000-\\U000e007f]+', ' ', 'g'))
    $fn$`,
  `CREATE OR REPLACE FUNCTION vn_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
      SELECT btrim(regexp_replace(normalize(lower(translate(regexp_replace(normalize(vn_words(t), NFD), '[\\u0300-\\u036f]', '', 'g'), 'đĐ', 'dd')), NFC), ' {2,}', ' ', 'g'))
    $fn$`,
  `CREATE OR REPLACE FUNCTION vn_exact(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
      SELECT btrim(regexp_replace(normalize(regexp_replace(regexp_replace(regexp_replace((' ' || replace(lower(normalize(vn_words(t), NFD)), 'Đ', 'đ') || ' '), ' ([bcdđghklmnprstvx]*)oa([\\u0300\\u0301\\u0309\\u0303\\u0323])(?= )', ' \\1o\\2a', 'g'), ' ([bcdđghklmnprstvx]*)oe([\\u0300\\u0301\\u0309\\u0303\\u0323])(?= )', ' \\1o\\2e', 'g'), ' ([bcdđghklmnprstvx]*)uy([\\u0300\\u0301\\u0309\\u0303\\u0323])(?= )', ' \\1u\\2y', 'g'), NFC), ' {2,}', ' ', 'g'))
    $fn$`,
  `CREATE OR REPLACE FUNCTION vn_html_text(h text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
      SELECT left(regexp_replace(regexp_replace(h, '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g'), 100000)
    $fn$`,
  `CREATE TABLE search_documents (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    ref_id integer NOT NULL,
    site_id integer NOT NULL,
    category_id integer,
    status text NOT NULL,
    published_at timestamptz,
    title_f text NOT NULL,
    lead_f text NOT NULL,
    body_f text NOT NULL,
    title_x text NOT NULL,
    lead_x text NOT NULL,
    fts tsvector NOT NULL,
    fts_x tsvector NOT NULL
  )`,
  `CREATE INDEX search_documents_fts ON search_documents USING gin (fts)`,
  `CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)`,
  `CREATE INDEX search_documents_published ON search_documents (status, published_at)`,
  `CREATE OR REPLACE FUNCTION search_row(
    p_id bigint, p_kind text, p_ref integer, p_site integer, p_category integer, p_status text,
    p_published timestamptz, p_title text, p_lead text, p_body_html text
  ) RETURNS search_documents LANGUAGE sql STABLE AS $fn$
  SELECT p_id, p_kind, p_ref, p_site, p_category, p_status, p_published,
    ' ' || f.title_f || ' ', ' ' || f.lead_f || ' ', ' ' || f.body_f || ' ',
    ' ' || vn_exact(p_title) || ' ', ' ' || vn_exact(p_lead) || ' ',
    setweight(to_tsvector('simple'::regconfig, f.title_f), 'A')
      || setweight(to_tsvector('simple'::regconfig, f.lead_f), 'B')
      || setweight(to_tsvector('simple'::regconfig, f.body_f), 'C'),
    to_tsvector('simple'::regconfig, vn_exact(f.body))
  FROM (SELECT vn_fold(p_title) AS title_f, vn_fold(p_lead) AS lead_f, vn_fold(b.body) AS body_f, b.body
        FROM (SELECT vn_html_text(p_body_html) AS body) b) f
  $fn$`,
  `CREATE OR REPLACE FUNCTION search_sync_articles() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.lead IS NOT DISTINCT FROM OLD.lead AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = NEW.category_id, status = NEW.status, published_at = NEW.published_at
        WHERE id = NEW.id::bigint * 2;
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE id = OLD.id::bigint * 2;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM search_row(NEW.id::bigint * 2, 'article', NEW.id, NEW.site_id, NEW.category_id, NEW.status, NEW.published_at, NEW.title, NEW.lead, NEW.body_html) d;
    END IF;
    RETURN NULL;
  END
  $fn$`,
  `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF title, lead, body_html, status, category_id, site_id, published_at ON articles
      FOR EACH ROW EXECUTE FUNCTION search_sync_articles()`,
  `CREATE OR REPLACE FUNCTION search_sync_pages() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = NULL::integer, status = NEW.status, published_at = NEW.published_at
        WHERE id = NEW.id::bigint * 2 + 1;
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE id = OLD.id::bigint * 2 + 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM search_row(NEW.id::bigint * 2 + 1, 'page', NEW.id, NEW.site_id, NULL::integer, NEW.status, NEW.published_at, NEW.title, '', NEW.body_html) d;
    END IF;
    RETURN NULL;
  END
  $fn$`,
  `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF title, body_html, status, site_id, published_at ON pages
      FOR EACH ROW EXECUTE FUNCTION search_sync_pages()`,
];

/** PostgreSQL: the first fill of search_documents from the content already there. */
export const POSTGRES_REINDEX_0002: readonly string[] = [
  `DELETE FROM search_documents`,
  `INSERT INTO search_documents SELECT d.* FROM articles r CROSS JOIN LATERAL search_row(r.id::bigint * 2, 'article', r.id, r.site_id, r.category_id, r.status, r.published_at, r.title, r.lead, r.body_html) d`,
  `INSERT INTO search_documents SELECT d.* FROM pages r CROSS JOIN LATERAL search_row(r.id::bigint * 2 + 1, 'page', r.id, r.site_id, NULL::integer, r.status, r.published_at, r.title, '', r.body_html) d`,
];

/** SQLite: search_documents, the FTS5 table search_fts and the sync triggers. */
export const SQLITE_SEARCH_SCHEMA_0002: readonly string[] = [
  `CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    site_id INTEGER NOT NULL,
    category_id INTEGER,
    status TEXT NOT NULL,
    published_at TEXT,
    title_f TEXT NOT NULL,
    lead_f TEXT NOT NULL,
    body_f TEXT NOT NULL,
    title_x TEXT NOT NULL,
    lead_x TEXT NOT NULL
  )`,
  `CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)`,
  `CREATE INDEX search_documents_published ON search_documents (status, published_at)`,
  `CREATE VIRTUAL TABLE search_fts USING fts5(
    title, lead, body, body_x,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
  )`,
  `CREATE TRIGGER search_articles_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 2, 'article', new.id, new.site_id, new.category_id, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold(new.lead) || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact(new.lead) || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 2;
  END`,
  `CREATE TRIGGER search_articles_text AFTER UPDATE OF title, lead, body_html ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2;
    DELETE FROM search_documents WHERE id = old.id * 2;
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 2, 'article', new.id, new.site_id, new.category_id, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold(new.lead) || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact(new.lead) || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 2;
  END`,
  `CREATE TRIGGER search_articles_meta AFTER UPDATE OF status, category_id, site_id, published_at ON articles WHEN new.title IS old.title AND new.lead IS old.lead AND new.body_html IS old.body_html BEGIN
    UPDATE search_documents SET site_id = new.site_id, category_id = new.category_id, status = new.status, published_at = new.published_at WHERE id = new.id * 2;
  END`,
  `CREATE TRIGGER search_articles_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2;
    DELETE FROM search_documents WHERE id = old.id * 2;
  END`,
  `CREATE TRIGGER search_pages_insert AFTER INSERT ON pages BEGIN
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 2 + 1, 'page', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 2 + 1;
  END`,
  `CREATE TRIGGER search_pages_text AFTER UPDATE OF title, body_html ON pages BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
    DELETE FROM search_documents WHERE id = old.id * 2 + 1;
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 2 + 1, 'page', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 2 + 1;
  END`,
  `CREATE TRIGGER search_pages_meta AFTER UPDATE OF status, site_id, published_at ON pages WHEN new.title IS old.title AND new.body_html IS old.body_html BEGIN
    UPDATE search_documents SET site_id = new.site_id, category_id = NULL, status = new.status, published_at = new.published_at WHERE id = new.id * 2 + 1;
  END`,
  `CREATE TRIGGER search_pages_delete AFTER DELETE ON pages BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
    DELETE FROM search_documents WHERE id = old.id * 2 + 1;
  END`,
];

/** SQLite: the first fill of search_documents and search_fts. */
export const SQLITE_REINDEX_0002: readonly string[] = [
  `INSERT INTO search_fts (search_fts) VALUES ('delete-all')`,
  `DELETE FROM search_documents`,
  `INSERT INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) SELECT r.id * 2, 'article', r.id, r.site_id, r.category_id, r.status, r.published_at, ' ' || vn_fold(r.title) || ' ', ' ' || vn_fold(r.lead) || ' ', ' ' || vn_fold(vn_html_text(r.body_html)) || ' ', ' ' || vn_exact(r.title) || ' ', ' ' || vn_exact(r.lead) || ' ' FROM articles r`,
  `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM articles r JOIN search_documents d ON d.id = r.id * 2`,
  `INSERT INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) SELECT r.id * 2 + 1, 'page', r.id, r.site_id, NULL, r.status, r.published_at, ' ' || vn_fold(r.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(r.body_html)) || ' ', ' ' || vn_exact(r.title) || ' ', ' ' || vn_exact('') || ' ' FROM pages r`,
  `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM pages r JOIN search_documents d ON d.id = r.id * 2 + 1`,
];
