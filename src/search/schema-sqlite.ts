/**
 * The SQLite search index: `search_documents` (one row per article or page, with the
 * filters and the folded/exact title and lead that ranking reads) and the FTS5 table
 * `search_fts` (folded title, lead, body and exact body) that matching reads. Triggers
 * on `articles` and `pages` keep both in step with every insert, update and delete,
 * calling vn_fold, vn_exact and vn_html_text (registered per connection).
 *
 * Document ids: article id × 2, page id × 2 + 1 (one id space, no lookup table).
 *
 * Migration 0002 runs a frozen copy of this SQL (db/migrations/20261129_0002_search.sql.ts),
 * not this code: a change here reaches existing databases only through a new
 * migration, and db/migrations/frozen-search-sql.test.ts fails until there is one.
 */

interface Source {
  table: 'articles' | 'pages';
  kind: 'article' | 'page';
  /** SQL for the document id of row `r`. */
  id: (r: string) => string;
  category: (r: string) => string;
  lead: (r: string) => string;
}

const SOURCES: readonly Source[] = [
  { table: 'articles', kind: 'article', id: (r) => `${r}.id * 2`, category: (r) => `${r}.category_id`, lead: (r) => `${r}.lead` },
  { table: 'pages', kind: 'page', id: (r) => `${r}.id * 2 + 1`, category: () => 'NULL', lead: () => `''` },
];

const padded = (expression: string) => `' ' || ${expression} || ' '`;

/** Column list and values of a search_documents row for content row `r`. */
function documentValues(s: Source, r: string): string {
  return [
    s.id(r),
    `'${s.kind}'`,
    `${r}.id`,
    `${r}.site_id`,
    s.category(r),
    `${r}.status`,
    `${r}.published_at`,
    padded(`vn_fold(${r}.title)`),
    padded(`vn_fold(${s.lead(r)})`),
    padded(`vn_fold(vn_html_text(${r}.body_html))`),
    padded(`vn_exact(${r}.title)`),
    padded(`vn_exact(${s.lead(r)})`),
  ].join(', ');
}

const DOCUMENT_COLUMNS = 'id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x';

/** Inserts the FTS row of document `idSql`, reusing the folded text just stored. */
function ftsInsert(idSql: string, bodyHtml: string): string {
  return `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT id, title_f, lead_f, body_f, vn_exact(vn_html_text(${bodyHtml})) FROM search_documents WHERE id = ${idSql}`;
}

function triggers(s: Source): string[] {
  const put = (r: string) => `INSERT OR REPLACE INTO search_documents (${DOCUMENT_COLUMNS}) VALUES (${documentValues(s, r)});
    ${ftsInsert(s.id(r), `${r}.body_html`)};`;
  const remove = (r: string) => `DELETE FROM search_fts WHERE rowid = ${s.id(r)};
    DELETE FROM search_documents WHERE id = ${s.id(r)};`;
  const text = s.kind === 'article' ? 'title, lead, body_html' : 'title, body_html';
  const sameText = s.kind === 'article' ? 'new.title IS old.title AND new.lead IS old.lead AND new.body_html IS old.body_html' : 'new.title IS old.title AND new.body_html IS old.body_html';
  const meta = s.kind === 'article' ? 'status, category_id, site_id, published_at' : 'status, site_id, published_at';
  const metaSet = `site_id = new.site_id, category_id = ${s.category('new')}, status = new.status, published_at = new.published_at`;
  return [
    `CREATE TRIGGER search_${s.table}_insert AFTER INSERT ON ${s.table} BEGIN
    ${put('new')}
  END`,
    `CREATE TRIGGER search_${s.table}_text AFTER UPDATE OF ${text} ON ${s.table} BEGIN
    ${remove('old')}
    ${put('new')}
  END`,
    `CREATE TRIGGER search_${s.table}_meta AFTER UPDATE OF ${meta} ON ${s.table} WHEN ${sameText} BEGIN
    UPDATE search_documents SET ${metaSet} WHERE id = ${s.id('new')};
  END`,
    `CREATE TRIGGER search_${s.table}_delete AFTER DELETE ON ${s.table} BEGIN
    ${remove('old')}
  END`,
  ];
}

export const SQLITE_SEARCH_SCHEMA: readonly string[] = [
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
    title, lead, body, body_x,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
  )`,
  ...SOURCES.flatMap(triggers),
];

/** Empties and refills the index from the content tables. */
export const SQLITE_REINDEX: readonly string[] = [
  `INSERT INTO search_fts (search_fts) VALUES ('delete-all')`,
  'DELETE FROM search_documents',
  ...SOURCES.flatMap((s) => [
    `INSERT INTO search_documents (${DOCUMENT_COLUMNS}) SELECT ${documentValues(s, 'r')} FROM ${s.table} r`,
    `INSERT INTO search_fts (rowid, title, lead, body, body_x)
      SELECT d.id, d.title_f, d.lead_f, d.body_f, vn_exact(vn_html_text(r.body_html)) FROM ${s.table} r JOIN search_documents d ON d.id = ${s.id('r')}`,
  ]),
];
