/**
 * The PostgreSQL search index: `search_documents` (one row per article or page) with a
 * weighted tsvector over the folded title (A), lead (B) and body (C) under a GIN index,
 * a tsvector of the exact-diacritics body, and the folded/exact title and lead that
 * ranking reads. `search_row()` computes a row from content; triggers on `articles`
 * and `pages` call it on every insert, update and delete, and reindex uses it too.
 *
 * Document ids: article id × 2, page id × 2 + 1.
 *
 * Migration 0002 runs a frozen copy of this SQL (db/migrations/20261129_0002_search.sql.ts),
 * not this code: a change here reaches existing databases only through a new
 * migration, and db/migrations/frozen-search-sql.test.ts fails until there is one.
 */
import { postgresSearchFunctions } from './pg-functions.js';

interface Source {
  table: 'articles' | 'pages';
  kind: 'article' | 'page';
  id: (r: string) => string;
  category: (r: string) => string;
  lead: (r: string) => string;
  textColumns: string;
  metaColumns: string;
}

const SOURCES: readonly Source[] = [
  {
    table: 'articles',
    kind: 'article',
    id: (r) => `${r}.id::bigint * 2`,
    category: (r) => `${r}.category_id`,
    lead: (r) => `${r}.lead`,
    textColumns: 'title, lead, body_html',
    metaColumns: 'status, category_id, site_id, published_at',
  },
  {
    table: 'pages',
    kind: 'page',
    id: (r) => `${r}.id::bigint * 2 + 1`,
    category: () => 'NULL::integer',
    lead: () => `''`,
    textColumns: 'title, body_html',
    metaColumns: 'status, site_id, published_at',
  },
];

function rowCall(s: Source, r: string): string {
  return `search_row(${s.id(r)}, '${s.kind}', ${r}.id, ${r}.site_id, ${s.category(r)}, ${r}.status, ${r}.published_at, ${r}.title, ${s.lead(r)}, ${r}.body_html)`;
}

function syncFunction(s: Source): string {
  const unchanged = s.textColumns
    .split(', ')
    .map((c) => `NEW.${c} IS NOT DISTINCT FROM OLD.${c}`)
    .join(' AND ');
  return `CREATE OR REPLACE FUNCTION search_sync_${s.table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND ${unchanged} AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = ${s.category('NEW')}, status = NEW.status, published_at = NEW.published_at
        WHERE id = ${s.id('NEW')};
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE id = ${s.id('OLD')};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM ${rowCall(s, 'NEW')} d;
    END IF;
    RETURN NULL;
  END
  $fn$`;
}

const SEARCH_ROW = `CREATE OR REPLACE FUNCTION search_row(
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
  $fn$`;

export const POSTGRES_SEARCH_SCHEMA: readonly string[] = [
  ...postgresSearchFunctions(),
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
  'CREATE INDEX search_documents_fts ON search_documents USING gin (fts)',
  'CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)',
  'CREATE INDEX search_documents_published ON search_documents (status, published_at)',
  SEARCH_ROW,
  ...SOURCES.flatMap((s) => [
    syncFunction(s),
    `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF ${s.textColumns}, ${s.metaColumns} ON ${s.table}
      FOR EACH ROW EXECUTE FUNCTION search_sync_${s.table}()`,
  ]),
];

/** Empties and refills the index from the content tables. */
export const POSTGRES_REINDEX: readonly string[] = [
  'DELETE FROM search_documents',
  ...SOURCES.map((s) => `INSERT INTO search_documents SELECT d.* FROM ${s.table} r CROSS JOIN LATERAL ${rowCall(s, 'r')} d`),
];
