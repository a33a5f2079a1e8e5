/**
 * The SQLite search index: `search_documents` (one row per indexed content row, with the
 * filters and the folded/exact title and lead that ranking reads) and two FTS5 tables that
 * matching reads: `search_fts` (the folded title, lead and body, and a token naming the site)
 * and `search_fts_x` (the exact-diacritics body and the site token). Triggers
 * on each indexed kind's table (kinds.ts) keep both in step with every insert, update
 * and delete, calling vn_fold, vn_exact and vn_html_text (registered per connection).
 *
 * Document ids: row id × 8 + the kind's slot (kinds.ts; one id space, no lookup table).
 * In both FTS tables a document's rowid is minus its id (ftsRowid): see there why.
 *
 * Migrations run frozen copies of this SQL, not this code: search_documents as migration
 * 0002 created it (db/migrations/20261129_0002_search.sql.ts), the FTS tables and every
 * kind's triggers as migration 0033 recreated them (20261213_0033_search_newest_first.sql.ts). A change here
 * reaches existing databases only through a new migration, and
 * db/migrations/frozen-search-sql.test.ts fails until there is one.
 */
import { indexedKinds, KIND_SLOTS, type IndexedSearchKind } from './kinds.js';

const padded = (expression: string) => `' ' || ${expression} || ' '`;

/**
 * A document's rowid in the FTS tables: minus its id, so that FTS5's order (ascending rowid,
 * the only order it reads cheaply) is search's, the newest first. FTS5 reads its lists
 * backwards at a cost that grows with the entries it passes: at a million articles a
 * department's 100 newest matches cost about 5 ms each pass read backwards from the
 * highest id, 0.5 ms on the last site written, while reading forwards costs the same on every
 * site (candidate-passes.ts).
 *
 * FTS5 writes out the rows a transaction gave it whenever a rowid lower than the last comes:
 * many rows in one transaction must come newest first (fills below sort so; `generate` writes
 * each batch with ids highest first, generate/generate.repo.ts) or they leave one segment each.
 */
export const ftsRowid = (idSql: string) => `-(${idSql})`;

/** SQL of one kind's values for content row `r`. */
function expressions(k: IndexedSearchKind) {
  const s = k.source;
  return {
    id: (r: string) => `${r}.id * ${KIND_SLOTS} + ${k.slot}`,
    category: (r: string) => (s.category === null ? 'NULL' : `${r}.${s.category}`),
    lead: (r: string) => (s.lead === null ? `''` : `${r}.${s.lead}`),
    title: (r: string) => `${r}.${s.title}`,
    body: (r: string) => `${r}.${s.body}`,
    text: [s.title, ...(s.lead === null ? [] : [s.lead]), s.body],
    meta: ['status', ...(s.category === null ? [] : [s.category]), 'site_id', 'published_at'],
  };
}

/** Column list and values of a search_documents row for content row `r`. */
function documentValues(k: IndexedSearchKind, r: string): string {
  const e = expressions(k);
  return [
    e.id(r),
    `'${k.kind}'`,
    `${r}.id`,
    `${r}.site_id`,
    e.category(r),
    `${r}.status`,
    `${r}.published_at`,
    padded(`vn_fold(${e.title(r)})`),
    padded(`vn_fold(${e.lead(r)})`),
    padded(`vn_fold(vn_html_text(${e.body(r)}))`),
    padded(`vn_exact(${e.title(r)})`),
    padded(`vn_exact(${e.lead(r)})`),
  ].join(', ');
}

const DOCUMENT_COLUMNS = 'id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x';

/**
 * The FTS `scope` column holds one token naming the document's site (`site12`): a site's
 * search intersects the words' lists with its site's list inside FTS5 (candidate-passes.ts),
 * instead of walking every site's matches and dropping the others'.
 */
export const SCOPE_TOKEN_PREFIX = 'site';
const scopeToken = (siteId: string) => `'${SCOPE_TOKEN_PREFIX}' || ${siteId}`;

/**
 * The exact-diacritics body has a table of its own, without prefix indexes: it is only ever
 * asked whether a candidate holds a whole word (candidates.ts), and in the folded table its
 * words and their prefixes of 3 to 6 letters made up about half of the index's size and of the
 * time of each FTS insert (`generate`: about a fifth of its time at 15,000 articles a run).
 */
export const EXACT_FTS_TABLE = 'search_fts_x';

/** Inserts the FTS rows of document `idSql`, reusing the folded text just stored. */
function ftsInsert(idSql: string, bodyHtml: string, siteId: string): string {
  return `INSERT INTO search_fts (rowid, title, lead, body, scope)
      SELECT ${ftsRowid('id')}, title_f, lead_f, body_f, ${scopeToken('site_id')} FROM search_documents WHERE id = ${idSql};
    INSERT INTO ${EXACT_FTS_TABLE} (rowid, body_x, scope) VALUES (${ftsRowid(idSql)}, vn_exact(vn_html_text(${bodyHtml})), ${scopeToken(siteId)})`;
}

const TRIGGER_SUFFIXES = ['insert', 'text', 'meta', 'delete'] as const;

/** The triggers that keep a kind's documents in step with its table, replacing any of the same name. */
export function sqliteKindTriggers(k: IndexedSearchKind): string[] {
  const e = expressions(k);
  const table = k.source.table;
  const put = (r: string) => `INSERT OR REPLACE INTO search_documents (${DOCUMENT_COLUMNS}) VALUES (${documentValues(k, r)});
    ${ftsInsert(e.id(r), e.body(r), `${r}.site_id`)};`;
  const remove = (r: string) => `DELETE FROM search_fts WHERE rowid = ${ftsRowid(e.id(r))};
    DELETE FROM ${EXACT_FTS_TABLE} WHERE rowid = ${ftsRowid(e.id(r))};
    DELETE FROM search_documents WHERE id = ${e.id(r)};`;
  // A move to another site rewrites the FTS row too: its scope token names the site.
  const ftsColumns = [...e.text, 'site_id'];
  const sameText = ftsColumns.map((c) => `new.${c} IS old.${c}`).join(' AND ');
  const metaSet = `site_id = new.site_id, category_id = ${e.category('new')}, status = new.status, published_at = new.published_at`;
  return [
    ...TRIGGER_SUFFIXES.map((suffix) => `DROP TRIGGER IF EXISTS search_${table}_${suffix}`),
    `CREATE TRIGGER search_${table}_insert AFTER INSERT ON ${table} BEGIN
    ${put('new')}
  END`,
    `CREATE TRIGGER search_${table}_text AFTER UPDATE OF ${ftsColumns.join(', ')} ON ${table} BEGIN
    ${remove('old')}
    ${put('new')}
  END`,
    `CREATE TRIGGER search_${table}_meta AFTER UPDATE OF ${e.meta.join(', ')} ON ${table} WHEN ${sameText} BEGIN
    UPDATE search_documents SET ${metaSet} WHERE id = ${e.id('new')};
  END`,
    `CREATE TRIGGER search_${table}_delete AFTER DELETE ON ${table} BEGIN
    ${remove('old')}
  END`,
  ];
}

/** Fills the FTS tables with a kind's documents already in search_documents, newest first (ftsRowid). */
export function sqliteKindFtsFill(k: IndexedSearchKind): string[] {
  const e = expressions(k);
  return [
    `INSERT INTO search_fts (rowid, title, lead, body, scope)
      SELECT ${ftsRowid('d.id')}, d.title_f, d.lead_f, d.body_f, ${scopeToken('d.site_id')} FROM ${k.source.table} r JOIN search_documents d ON d.id = ${e.id('r')}
      ORDER BY r.id DESC`,
    `INSERT INTO ${EXACT_FTS_TABLE} (rowid, body_x, scope)
      SELECT ${ftsRowid(e.id('r'))}, vn_exact(vn_html_text(${e.body('r')})), ${scopeToken('r.site_id')} FROM ${k.source.table} r
      ORDER BY r.id DESC`,
  ];
}

/** Indexes every row of a kind's table (after its documents were removed). */
export function sqliteKindFill(k: IndexedSearchKind): string[] {
  return [`INSERT INTO search_documents (${DOCUMENT_COLUMNS}) SELECT ${documentValues(k, 'r')} FROM ${k.source.table} r`, ...sqliteKindFtsFill(k)];
}

/** The index tables: search_documents as migration 0002 created it, the FTS tables as migration 0033 made them. */
export const SQLITE_SEARCH_TABLES: readonly string[] = [
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
  'CREATE INDEX search_documents_site ON search_documents (site_id, status, published_at)',
  'CREATE INDEX search_documents_published ON search_documents (status, published_at)',
  `CREATE VIRTUAL TABLE search_fts USING fts5(
    title, lead, body, scope,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3 4 5 6'
  )`,
  `CREATE VIRTUAL TABLE ${EXACT_FTS_TABLE} USING fts5(
    body_x, scope,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  )`,
];

/** The triggers of every indexed kind. */
export const SQLITE_SEARCH_TRIGGERS: readonly string[] = indexedKinds().flatMap(sqliteKindTriggers);

/**
 * Merges the exact words' table into one segment, after a bulk load. FTS5 writes an index as
 * segments and merges four of a level at a time, so a million articles written row by row
 * leave some 25; the candidates that search looks up one by one (candidates.ts, past the walk)
 * are sought in every segment. Measured at a million articles: 27 segments, the lookups of a
 * common search 3.1 ms; one segment, 0.3 ms; the merge itself 22 s. The folded table's passes
 * walk their lists in order and gained nothing measurable from the same merge (83 s), so it
 * is left as FTS5 keeps it.
 */
export const SQLITE_COMPACT: readonly string[] = [`INSERT INTO ${EXACT_FTS_TABLE} (${EXACT_FTS_TABLE}) VALUES ('optimize')`];

/** Empties and refills the index from the content tables. */
export const SQLITE_REINDEX: readonly string[] = [
  `INSERT INTO search_fts (search_fts) VALUES ('delete-all')`,
  `INSERT INTO ${EXACT_FTS_TABLE} (${EXACT_FTS_TABLE}) VALUES ('delete-all')`,
  'DELETE FROM search_documents',
  ...indexedKinds().flatMap(sqliteKindFill),
];
