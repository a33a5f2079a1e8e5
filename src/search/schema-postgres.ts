/**
 * The PostgreSQL search index: `search_documents` (one row per indexed content row) with a
 * weighted tsvector over the folded title (A), lead (B) and body (C) under a GIN index,
 * a tsvector of the exact-diacritics body, and the folded/exact title and lead that
 * ranking reads. `search_row()` computes a row from content; triggers on each indexed
 * kind's table (kinds.ts) call it on every insert, update and delete, and reindex uses it too.
 *
 * Document ids: row id × 8 + the kind's slot (kinds.ts).
 *
 * Migrations run frozen copies of this SQL, not this code: the functions and tables as
 * migration 0002 created them (db/migrations/20261129_0002_search.sql.ts), the article and
 * page triggers as migration 0019 recreated them (20261206_0019_search_kinds.sql.ts), the
 * table split by site as migration 0031 made it again (20261211_0031_search_partitions.sql.ts). A
 * change here reaches existing databases only through a new migration, and
 * db/migrations/frozen-search-sql.test.ts fails until there is one.
 */
import { indexedKinds, KIND_SLOTS, type IndexedSearchKind } from './kinds.js';
import { postgresSearchFunctions } from './pg-functions.js';
import { POSTGRES_NEAR_SCHEMA } from './schema-near.js';
import { POSTGRES_TITLE_INDEX } from './schema-title.js';

/** SQL of one kind's values for content row `r`. */
function expressions(k: IndexedSearchKind) {
  const s = k.source;
  return {
    id: (r: string) => `${r}.id::bigint * ${KIND_SLOTS} + ${k.slot}`,
    category: (r: string) => (s.category === null ? 'NULL::integer' : `${r}.${s.category}`),
    lead: (r: string) => (s.lead === null ? `''` : `${r}.${s.lead}`),
    text: [s.title, ...(s.lead === null ? [] : [s.lead]), s.body],
    meta: ['status', ...(s.category === null ? [] : [s.category]), 'site_id', 'published_at'],
  };
}

function rowCall(k: IndexedSearchKind, r: string): string {
  const e = expressions(k);
  return `search_row(${e.id(r)}, '${k.kind}', ${r}.id, ${r}.site_id, ${e.category(r)}, ${r}.status, ${r}.published_at, ${r}.${k.source.title}, ${e.lead(r)}, ${r}.${k.source.body})`;
}

/**
 * A kind's trigger function. Its row is looked up by site and id, the site as the row was:
 * search_documents is partitioned by site (migration 0031), and by id alone each write would
 * look in all 64 partitions. Its statements are planned for their values each time: a plan
 * kept for any value (PL/pgSQL's choice after five runs) locks every partition and its
 * indexes on each run, and two processes publishing at once then queue on the lock table.
 */
function syncFunction(k: IndexedSearchKind): string {
  const e = expressions(k);
  const unchanged = e.text.map((c) => `NEW.${c} IS NOT DISTINCT FROM OLD.${c}`).join(' AND ');
  return `CREATE OR REPLACE FUNCTION search_sync_${k.source.table}() RETURNS trigger LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' AND ${unchanged} AND NEW.id = OLD.id THEN
      UPDATE search_documents SET site_id = NEW.site_id, category_id = ${e.category('NEW')}, status = NEW.status, published_at = NEW.published_at
        WHERE site_id = OLD.site_id AND id = ${e.id('NEW')};
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_documents WHERE site_id = OLD.site_id AND id = ${e.id('OLD')};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_documents SELECT d.* FROM ${rowCall(k, 'NEW')} d;
    END IF;
    RETURN NULL;
  END
  $fn$`;
}

/** The trigger function and trigger that keep a kind's documents in step with its table, replacing any of the same name. */
export function postgresKindTriggers(k: IndexedSearchKind): string[] {
  const e = expressions(k);
  const table = k.source.table;
  return [
    syncFunction(k),
    `DROP TRIGGER IF EXISTS search_sync ON ${table}`,
    `CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF ${[...e.text, ...e.meta].join(', ')} ON ${table}
      FOR EACH ROW EXECUTE FUNCTION search_sync_${table}()`,
  ];
}

/** Indexes every row of a kind's table (after its documents were removed). */
export function postgresKindFill(k: IndexedSearchKind): string[] {
  return [`INSERT INTO search_documents SELECT d.* FROM ${k.source.table} r CROSS JOIN LATERAL ${rowCall(k, 'r')} d`];
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

/** The words (A title, B lead, C body), and the site's and the system's lists by date: made by 0002, and again by 0031. */
const WORD_AND_DATE_INDEXES: readonly string[] = [
  'CREATE INDEX search_documents_fts ON search_documents USING gin (fts)',
  'CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)',
  'CREATE INDEX search_documents_published ON search_documents (status, published_at)',
];

/** The folding functions, the index table and search_row(), as migration 0002 created them. */
export const POSTGRES_SEARCH_TABLES: readonly string[] = [
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
  ...WORD_AND_DATE_INDEXES,
  SEARCH_ROW,
];

/**
 * search_documents split by site into this many partitions (a hash of site_id). A prefix
 * such as `thon:*` makes GIN merge the lists of every word it begins (thông is in nearly
 * every article) before any other condition applies: over the whole table that was every
 * site's matches, 28–33 ms at 100,000 articles. A site's search now reads the index of its
 * own partition, about one site in 64 of the system's (two or three sites at 150).
 */
export const SEARCH_PARTITIONS = 64;

/** The partitioned table's key and indexes: 0002's, and ids alone (a search of every site walks them newest first). */
const SEARCH_INDEXES: readonly string[] = [
  'ALTER TABLE search_documents ADD PRIMARY KEY (site_id, id)',
  'CREATE INDEX search_documents_id ON search_documents (id)',
  ...WORD_AND_DATE_INDEXES,
];

/**
 * Migration 0031: search_documents becomes a table partitioned by site, its rows copied
 * over. search_row() returns the table's row type, so it is made again for the new table.
 * The primary key holds site_id, as a partitioned table's keys must; ids stay unique
 * since each is made from its content row's own (kinds.ts).
 */
export const POSTGRES_SEARCH_PARTITIONING: readonly string[] = [
  'DROP INDEX search_documents_fts, search_documents_site, search_documents_published, search_documents_site_id, search_documents_title_trgm, search_documents_title_words',
  'ALTER TABLE search_documents RENAME TO search_documents_unpartitioned',
  'ALTER TABLE search_documents_unpartitioned RENAME CONSTRAINT search_documents_pkey TO search_documents_unpartitioned_pkey',
  'CREATE TABLE search_documents (LIKE search_documents_unpartitioned) PARTITION BY HASH (site_id)',
  `DO $do$ BEGIN
    FOR i IN 0..${SEARCH_PARTITIONS - 1} LOOP
      EXECUTE format('CREATE TABLE search_documents_p%s PARTITION OF search_documents FOR VALUES WITH (MODULUS ${SEARCH_PARTITIONS}, REMAINDER %s)', i, i);
    END LOOP;
  END $do$`,
  'INSERT INTO search_documents SELECT * FROM search_documents_unpartitioned',
  'DROP FUNCTION search_row(bigint, text, integer, integer, integer, text, timestamptz, text, text, text)',
  'DROP TABLE search_documents_unpartitioned',
  SEARCH_ROW,
  ...SEARCH_INDEXES,
  ...POSTGRES_NEAR_SCHEMA,
  ...POSTGRES_TITLE_INDEX,
  // The planner's figures for the parent table (autovacuum analyses only the partitions).
  'ANALYZE search_documents',
];

/** The triggers of every indexed kind. */
export const POSTGRES_SEARCH_TRIGGERS: readonly string[] = indexedKinds().flatMap(postgresKindTriggers);

/** Empties and refills the index from the content tables. */
export const POSTGRES_REINDEX: readonly string[] = ['DELETE FROM search_documents', ...indexedKinds().flatMap(postgresKindFill)];
