/**
 * Which tables a backup holds and in what order they are written back: every table of
 * schema.ts's `Database`, parents before the rows that refer to them. Pure data, no I/O.
 *
 * A new table is added to TABLE_ORDER (after the tables it refers to); table-order.test.ts
 * fails until it is, and checks the order against the foreign keys of a migrated database.
 */
import type { Database } from '../db/schema.js';
import { EXPECTED_SCHEMA, type ColumnKind } from '../db/expected-schema.js';

export type TableName = keyof Database;

export interface TableSpec {
  readonly name: TableName;
  /** The primary key, in the order rows are dumped; `['id']` when not given. */
  readonly primaryKey?: readonly string[];
  /**
   * Columns that refer to the same table (a parent, a successor). A row may name a
   * later row, so they are written empty first and set once every row of the table is in.
   */
  readonly selfReferences?: readonly string[];
  /** A row the migrations create (site_state): the restore replaces it instead of adding one. */
  readonly seededByMigrations?: boolean;
}

/**
 * Derived from other tables and rebuilt by the database itself: search_documents is
 * written by triggers on articles and pages (migrations 0002, 0006), and SQLite's FTS5
 * tables (search_fts, search_fts_x, search_near) are not in schema.ts at all. `reindex` rebuilds them.
 */
export const SKIPPED_TABLES: readonly TableName[] = ['search_documents'];

/** Foreign-key order: every table comes after the tables it refers to. */
export const TABLE_ORDER: readonly TableSpec[] = [
  { name: 'sites', selfReferences: ['parent_id', 'successor_site_id'] },
  { name: 'users' },
  { name: 'categories', selfReferences: ['parent_id'] },
  { name: 'media' },
  { name: 'articles' },
  { name: 'article_categories', primaryKey: ['article_id', 'category_id'] },
  { name: 'tags' },
  { name: 'article_tags', primaryKey: ['article_id', 'tag_id'] },
  { name: 'article_attachments', primaryKey: ['article_id', 'media_id'] },
  { name: 'article_relations', primaryKey: ['article_id', 'related_article_id'] },
  { name: 'pages' },
  { name: 'menu_items', selfReferences: ['parent_id'] },
  { name: 'redirects' },
  { name: 'site_roles', primaryKey: ['user_id', 'site_id'] },
  { name: 'sessions', primaryKey: ['id_hash'] },
  { name: 'recovery_codes' },
  { name: 'article_revisions' },
  { name: 'page_revisions' },
  { name: 'article_authors', primaryKey: ['article_id', 'position'] },
  { name: 'jobs' },
  { name: 'legal_documents' },
  { name: 'legal_document_links', primaryKey: ['document_id', 'target_id'] },
  { name: 'legal_document_attachments', primaryKey: ['document_id', 'media_id'] },
  { name: 'schedule_weeks' },
  { name: 'schedule_entries' },
  { name: 'directory_entries' },
  { name: 'audit_log' },
  { name: 'albums' },
  { name: 'album_items' },
  { name: 'consultations' },
  { name: 'consultation_attachments', primaryKey: ['consultation_id', 'media_id'] },
  { name: 'consultation_comments' },
  { name: 'questions' },
  { name: 'syndications' },
  { name: 'import_sources' },
  { name: 'topics' },
  { name: 'topic_articles' },
  { name: 'view_days', primaryKey: ['site_id', 'day'] },
  { name: 'article_view_days', primaryKey: ['article_id', 'day'] },
  { name: 'site_state', seededByMigrations: true },
];

export function primaryKeyOf(spec: TableSpec): readonly string[] {
  return spec.primaryKey ?? ['id'];
}

export interface TableColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
}

/** The columns of a table as expected-schema.ts lists them (the order of the JSON lines). */
export function columnsOf(table: TableName): TableColumn[] {
  const listing = EXPECTED_SCHEMA[table] as Record<string, string>;
  return Object.entries(listing).map(([name, spec]) => ({
    name,
    kind: spec.replace('?', '') as ColumnKind,
    nullable: spec.endsWith('?'),
  }));
}

/** The spec of a table in the backup, or undefined for a table the backup does not hold. */
export function tableSpec(name: string): TableSpec | undefined {
  return TABLE_ORDER.find((spec) => spec.name === name);
}

/** Every table of schema.ts that is neither in TABLE_ORDER nor skipped (empty when the list is complete). */
export function tablesNotCovered(): string[] {
  const covered = new Set<string>([...TABLE_ORDER.map((t) => t.name), ...SKIPPED_TABLES]);
  return Object.keys(EXPECTED_SCHEMA).filter((name) => !covered.has(name));
}
