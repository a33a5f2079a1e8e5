/**
 * The SQL migration 0019 runs, frozen: the id scheme of search documents as it was then
 * (row id × 8 + the kind's slot: article 0, page 1), and the article and page triggers
 * the search code (search/schema-sqlite.ts, search/schema-postgres.ts, from the registry
 * search/kinds.ts) generated when the migration was written, pasted byte for byte. An
 * applied migration must not change when that code changes later;
 * frozen-search-sql.test.ts says when the live code has drifted and a new migration is due.
 * Never edit these strings: write a new migration instead.
 */

/** PostgreSQL: search documents from id × 2 (+ 1 for pages) to id × 8 + slot, through negative ids so no two rows meet. */
export const POSTGRES_REKEY_0019: readonly string[] = [
  `UPDATE search_documents SET id = -(ref_id::bigint * 8 + CASE kind WHEN 'article' THEN 0 WHEN 'page' THEN 1 END)`,
  `UPDATE search_documents SET id = -id`,
];

/** PostgreSQL: the article and page trigger functions and triggers, replacing those of 0002. */
export const POSTGRES_SEARCH_TRIGGERS_0019: readonly string[] = [
  `CREATE OR REPLACE FUNCTION search_sync_articles() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.lead IS NOT DISTINCT FROM OLD.lead AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = NEW.category_id, status = NEW.status, published_at = NEW.published_at
        WHERE id = NEW.id::bigint * 8 + 0;
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE id = OLD.id::bigint * 8 + 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM search_row(NEW.id::bigint * 8 + 0, 'article', NEW.id, NEW.site_id, NEW.category_id, NEW.status, NEW.published_at, NEW.title, NEW.lead, NEW.body_html) d;
    END IF;
    RETURN NULL;
  END
  $fn$`,
  `DROP TRIGGER IF EXISTS search_sync ON articles`,
  `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF title, lead, body_html, status, category_id, site_id, published_at ON articles
      FOR EACH ROW EXECUTE FUNCTION search_sync_articles()`,
  `CREATE OR REPLACE FUNCTION search_sync_pages() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = NULL::integer, status = NEW.status, published_at = NEW.published_at
        WHERE id = NEW.id::bigint * 8 + 1;
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE id = OLD.id::bigint * 8 + 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM search_row(NEW.id::bigint * 8 + 1, 'page', NEW.id, NEW.site_id, NULL::integer, NEW.status, NEW.published_at, NEW.title, '', NEW.body_html) d;
    END IF;
    RETURN NULL;
  END
  $fn$`,
  `DROP TRIGGER IF EXISTS search_sync ON pages`,
  `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF title, body_html, status, site_id, published_at ON pages
      FOR EACH ROW EXECUTE FUNCTION search_sync_pages()`,
];

/**
 * SQLite: the same re-keying of search_documents (its triggers re-key search_near), then
 * search_fts emptied and refilled under the new rowids (a contentless FTS5 row cannot
 * change its rowid) from the documents and the bodies of their content.
 */
export const SQLITE_REKEY_0019: readonly string[] = [
  `UPDATE search_documents SET id = -(ref_id * 8 + CASE kind WHEN 'article' THEN 0 WHEN 'page' THEN 1 END)`,
  `UPDATE search_documents SET id = -id`,
  `INSERT INTO search_fts (search_fts) VALUES ('delete-all')`,
  `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM articles r JOIN search_documents d ON d.id = r.id * 8 + 0`,
  `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM pages r JOIN search_documents d ON d.id = r.id * 8 + 1`,
];

/** SQLite: the article and page triggers, replacing those of 0002. */
export const SQLITE_SEARCH_TRIGGERS_0019: readonly string[] = [
  `DROP TRIGGER IF EXISTS search_articles_insert`,
  `DROP TRIGGER IF EXISTS search_articles_text`,
  `DROP TRIGGER IF EXISTS search_articles_meta`,
  `DROP TRIGGER IF EXISTS search_articles_delete`,
  `CREATE TRIGGER search_articles_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 0, 'article', new.id, new.site_id, new.category_id, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold(new.lead) || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact(new.lead) || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 0;
  END`,
  `CREATE TRIGGER search_articles_text AFTER UPDATE OF title, lead, body_html ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 8 + 0;
    DELETE FROM search_documents WHERE id = old.id * 8 + 0;
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 0, 'article', new.id, new.site_id, new.category_id, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold(new.lead) || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact(new.lead) || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 0;
  END`,
  `CREATE TRIGGER search_articles_meta AFTER UPDATE OF status, category_id, site_id, published_at ON articles WHEN new.title IS old.title AND new.lead IS old.lead AND new.body_html IS old.body_html BEGIN
    UPDATE search_documents SET site_id = new.site_id, category_id = new.category_id, status = new.status, published_at = new.published_at WHERE id = new.id * 8 + 0;
  END`,
  `CREATE TRIGGER search_articles_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 8 + 0;
    DELETE FROM search_documents WHERE id = old.id * 8 + 0;
  END`,
  `DROP TRIGGER IF EXISTS search_pages_insert`,
  `DROP TRIGGER IF EXISTS search_pages_text`,
  `DROP TRIGGER IF EXISTS search_pages_meta`,
  `DROP TRIGGER IF EXISTS search_pages_delete`,
  `CREATE TRIGGER search_pages_insert AFTER INSERT ON pages BEGIN
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 1, 'page', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 1;
  END`,
  `CREATE TRIGGER search_pages_text AFTER UPDATE OF title, body_html ON pages BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 8 + 1;
    DELETE FROM search_documents WHERE id = old.id * 8 + 1;
    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 1, 'page', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');
    INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 1;
  END`,
  `CREATE TRIGGER search_pages_meta AFTER UPDATE OF status, site_id, published_at ON pages WHEN new.title IS old.title AND new.body_html IS old.body_html BEGIN
    UPDATE search_documents SET site_id = new.site_id, category_id = NULL, status = new.status, published_at = new.published_at WHERE id = new.id * 8 + 1;
  END`,
  `CREATE TRIGGER search_pages_delete AFTER DELETE ON pages BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 8 + 1;
    DELETE FROM search_documents WHERE id = old.id * 8 + 1;
  END`,
];
