/**
 * The SQL migration 0021 runs, frozen: the search triggers of citizens' questions and the
 * fill that indexes their rows already there, as the search code generated them when the
 * migration was written. Only a question's public text is indexed (its body_html: the
 * question and the answer once published), never the asker's details. Never edit these
 * strings: write a new migration instead.
 */

/** PostgreSQL: the trigger function and trigger of questions. */
export const POSTGRES_SEARCH_TRIGGERS_0021: readonly string[] = [
  "CREATE OR REPLACE FUNCTION search_sync_questions() RETURNS trigger LANGUAGE plpgsql AS $fn$\n  BEGIN\n    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body_html IS NOT DISTINCT FROM OLD.body_html AND NEW.id = OLD.id THEN\n      UPDATE search_documents SET site_id = NEW.site_id, category_id = NULL::integer, status = NEW.status, published_at = NEW.published_at\n        WHERE id = NEW.id::bigint * 8 + 3;\n      RETURN NULL;\n    END IF;\n    IF TG_OP IN ('UPDATE', 'DELETE') THEN\n      DELETE FROM search_documents WHERE id = OLD.id::bigint * 8 + 3;\n    END IF;\n    IF TG_OP IN ('INSERT', 'UPDATE') THEN\n      INSERT INTO search_documents SELECT d.* FROM search_row(NEW.id::bigint * 8 + 3, 'question', NEW.id, NEW.site_id, NULL::integer, NEW.status, NEW.published_at, NEW.title, '', NEW.body_html) d;\n    END IF;\n    RETURN NULL;\n  END\n  $fn$",
  "DROP TRIGGER IF EXISTS search_sync ON questions",
  "CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF title, body_html, status, site_id, published_at ON questions\n      FOR EACH ROW EXECUTE FUNCTION search_sync_questions()",
];

/** PostgreSQL: indexes the questions already there. */
export const POSTGRES_SEARCH_FILL_0021: readonly string[] = [
  "INSERT INTO search_documents SELECT d.* FROM questions r CROSS JOIN LATERAL search_row(r.id::bigint * 8 + 3, 'question', r.id, r.site_id, NULL::integer, r.status, r.published_at, r.title, '', r.body_html) d",
];

/** SQLite: the triggers of questions. */
export const SQLITE_SEARCH_TRIGGERS_0021: readonly string[] = [
  "DROP TRIGGER IF EXISTS search_questions_insert",
  "DROP TRIGGER IF EXISTS search_questions_text",
  "DROP TRIGGER IF EXISTS search_questions_meta",
  "DROP TRIGGER IF EXISTS search_questions_delete",
  "CREATE TRIGGER search_questions_insert AFTER INSERT ON questions BEGIN\n    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 3, 'question', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');\n    INSERT INTO search_fts (rowid, title, lead, body, body_x)\n      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 3;\n  END",
  "CREATE TRIGGER search_questions_text AFTER UPDATE OF title, body_html ON questions BEGIN\n    DELETE FROM search_fts WHERE rowid = old.id * 8 + 3;\n    DELETE FROM search_documents WHERE id = old.id * 8 + 3;\n    INSERT OR REPLACE INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) VALUES (new.id * 8 + 3, 'question', new.id, new.site_id, NULL, new.status, new.published_at, ' ' || vn_fold(new.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(new.body_html)) || ' ', ' ' || vn_exact(new.title) || ' ', ' ' || vn_exact('') || ' ');\n    INSERT INTO search_fts (rowid, title, lead, body, body_x)\n      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(new.body_html)) FROM search_documents WHERE id = new.id * 8 + 3;\n  END",
  "CREATE TRIGGER search_questions_meta AFTER UPDATE OF status, site_id, published_at ON questions WHEN new.title IS old.title AND new.body_html IS old.body_html BEGIN\n    UPDATE search_documents SET site_id = new.site_id, category_id = NULL, status = new.status, published_at = new.published_at WHERE id = new.id * 8 + 3;\n  END",
  "CREATE TRIGGER search_questions_delete AFTER DELETE ON questions BEGIN\n    DELETE FROM search_fts WHERE rowid = old.id * 8 + 3;\n    DELETE FROM search_documents WHERE id = old.id * 8 + 3;\n  END",
];

/** SQLite: indexes the questions already there (documents, then their FTS rows). */
export const SQLITE_SEARCH_FILL_0021: readonly string[] = [
  "INSERT INTO search_documents (id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x) SELECT r.id * 8 + 3, 'question', r.id, r.site_id, NULL, r.status, r.published_at, ' ' || vn_fold(r.title) || ' ', ' ' || vn_fold('') || ' ', ' ' || vn_fold(vn_html_text(r.body_html)) || ' ', ' ' || vn_exact(r.title) || ' ', ' ' || vn_exact('') || ' ' FROM questions r",
  "INSERT INTO search_fts (rowid, title, lead, body, body_x)\n      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM questions r JOIN search_documents d ON d.id = r.id * 8 + 3",
];
