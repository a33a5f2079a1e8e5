/**
 * The schema the code expects, as a listing that a database migrated from nothing is
 * compared with (migrations/schema-chain.test.ts). Its type is mapped over the Kysely
 * `Database` interface of schema.ts, so the compiler insists that it names exactly
 * those tables and columns, marks a column nullable ("?") exactly when its type admits
 * null, and gives each a kind its type allows. Then the test checks that the migrations
 * build the same thing on SQLite and PostgreSQL, plus the search objects that schema.ts
 * does not describe (FTS5 and trigram tables, functions, triggers).
 */
import type { Selectable } from 'kysely';
import type { Database } from './schema.js';

/** Broad column kinds. An instant is timestamptz in PostgreSQL and ISO 8601 text in SQLite. */
export type ColumnKind = 'integer' | 'real' | 'text' | 'instant';

type KindsOf<V> = NonNullable<V> extends number ? 'integer' | 'real' : NonNullable<V> extends string ? 'text' | 'instant' : never;

/** A column's kind, followed by "?" when its type admits null. */
export type ColumnSpec<V> = null extends V ? `${KindsOf<V>}?` : KindsOf<V>;

type Row<T extends keyof Database> = Selectable<Database[T]>;

export type ExpectedSchema = {
  [T in keyof Database]: { [C in keyof Database[T]]-?: C extends keyof Row<T> ? ColumnSpec<Row<T>[C]> : never };
};

export const EXPECTED_SCHEMA: ExpectedSchema = {
  sites: {
    id: 'integer',
    slug: 'text',
    kind: 'text',
    parent_id: 'integer?',
    name: 'text',
    short_name: 'text',
    hostnames: 'text',
    contact: 'text',
    responsible_agency: 'text?',
    responsible_person: 'text?',
    logo_path: 'text?',
    theme_color: 'text',
    public_service_url: 'text?',
    status: 'text',
    successor_site_id: 'integer?',
    sort_order: 'integer',
    created_at: 'instant',
    updated_at: 'instant',
    home_blocks: 'text?',
  },
  categories: {
    id: 'integer',
    site_id: 'integer',
    parent_id: 'integer?',
    slug: 'text',
    name: 'text',
    description: 'text?',
    menu_order: 'integer',
    in_menu: 'integer',
    created_at: 'instant',
    updated_at: 'instant',
  },
  articles: {
    id: 'integer',
    site_id: 'integer',
    category_id: 'integer',
    slug: 'text',
    title: 'text',
    lead: 'text',
    body_html: 'text',
    featured_image_id: 'integer?',
    featured_image_caption: 'text?',
    author_name: 'text?',
    source: 'text?',
    status: 'text',
    withdrawn_note: 'text?',
    featured: 'integer',
    featured_order: 'integer?',
    featured_until: 'instant?',
    published_at: 'instant?',
    view_count: 'integer',
    created_at: 'instant',
    updated_at: 'instant',
    created_by: 'integer?',
    revision: 'integer',
    return_note: 'text?',
    scheduled_at: 'instant?',
    unpublish_at: 'instant?',
    genre: 'text?',
    royalty_coefficient: 'real?',
    is_reprint: 'integer',
    approved_by: 'integer?',
  },
  article_categories: { article_id: 'integer', category_id: 'integer' },
  tags: { id: 'integer', site_id: 'integer', slug: 'text', name: 'text' },
  article_tags: { article_id: 'integer', tag_id: 'integer' },
  article_attachments: { article_id: 'integer', media_id: 'integer', position: 'integer' },
  article_relations: { article_id: 'integer', related_article_id: 'integer', position: 'integer' },
  pages: {
    id: 'integer',
    site_id: 'integer',
    slug: 'text',
    title: 'text',
    body_html: 'text',
    status: 'text',
    menu_order: 'integer',
    in_menu: 'integer',
    published_at: 'instant?',
    created_at: 'instant',
    updated_at: 'instant',
  },
  media: {
    id: 'integer',
    site_id: 'integer',
    kind: 'text',
    storage_key: 'text',
    original_name: 'text',
    mime_type: 'text',
    byte_size: 'integer',
    width: 'integer?',
    height: 'integer?',
    alt_text: 'text?',
    caption: 'text?',
    created_at: 'instant',
    uploaded_by: 'integer?',
    variants: 'text',
  },
  redirects: {
    id: 'integer',
    site_id: 'integer',
    from_path: 'text',
    article_id: 'integer?',
    category_id: 'integer?',
    page_id: 'integer?',
    to_path: 'text?',
    created_at: 'instant',
  },
  users: {
    id: 'integer',
    username: 'text',
    display_name: 'text',
    email: 'text?',
    password_hash: 'text',
    is_system_admin: 'integer',
    status: 'text',
    totp_secret: 'text?',
    totp_enabled_at: 'instant?',
    totp_last_step: 'integer?',
    failed_logins: 'integer',
    locked_until: 'instant?',
    password_changed_at: 'instant?',
    must_change_password: 'integer',
    created_at: 'instant',
    updated_at: 'instant',
  },
  site_roles: { user_id: 'integer', site_id: 'integer', role: 'text', granted_by: 'integer?', granted_at: 'instant' },
  sessions: {
    id_hash: 'text',
    user_id: 'integer',
    csrf_token: 'text',
    created_at: 'instant',
    last_seen_at: 'instant',
    expires_at: 'instant',
    revoked_at: 'instant?',
    ip: 'text?',
    user_agent: 'text?',
    second_factor_done: 'integer',
  },
  recovery_codes: { id: 'integer', user_id: 'integer', code_hash: 'text', used_at: 'instant?' },
  article_revisions: {
    id: 'integer',
    article_id: 'integer',
    number: 'integer',
    author_id: 'integer?',
    created_at: 'instant',
    snapshot: 'text',
    note: 'text?',
  },
  article_authors: { article_id: 'integer', position: 'integer', user_id: 'integer?', name: 'text', share: 'real' },
  jobs: {
    id: 'integer',
    kind: 'text',
    article_id: 'integer?',
    run_at: 'instant',
    status: 'text',
    attempts: 'integer',
    locked_by: 'text?',
    locked_at: 'instant?',
    done_at: 'instant?',
    last_error: 'text?',
    created_by: 'integer?',
    created_at: 'instant',
  },
  audit_log: {
    id: 'integer',
    at: 'instant',
    actor_id: 'integer?',
    actor_name: 'text?',
    site_id: 'integer?',
    action: 'text',
    object_type: 'text?',
    object_id: 'text?',
    ip: 'text?',
    details: 'text',
  },
  search_documents: {
    id: 'integer',
    kind: 'text',
    ref_id: 'integer',
    site_id: 'integer',
    category_id: 'integer?',
    status: 'text',
    published_at: 'instant?',
    title_f: 'text',
    lead_f: 'text',
    body_f: 'text',
    title_x: 'text',
    lead_x: 'text',
  },
  site_state: { id: 'integer', version: 'integer' },
};

/**
 * What search needs beyond the tables of schema.ts: on PostgreSQL the tsvector columns,
 * the folding functions, the sync triggers, pg_trgm and the GIN indexes; on SQLite the
 * FTS5 tables (their shadow tables are FTS5's business) and the sync triggers. The
 * append-only guard of audit_log is listed here too.
 */
export const EXPECTED_EXTRAS = {
  postgres: {
    columns: { search_documents: { fts: 'tsvector', fts_x: 'tsvector' } },
    functions: [
      'audit_log_append_only',
      'search_row',
      'search_sync_articles',
      'search_sync_pages',
      'vn_exact',
      'vn_fold',
      'vn_html_text',
      'vn_words',
    ],
    triggers: ['articles.search_sync', 'audit_log.audit_log_no_truncate', 'audit_log.audit_log_no_update', 'pages.search_sync'],
    extensions: ['pg_trgm'],
    searchIndexes: [
      'search_documents_fts USING gin (fts)',
      'search_documents_published USING btree (status, published_at)',
      'search_documents_site USING btree (site_id, status, published_at)',
      'search_documents_title_trgm USING gin (title_f gin_trgm_ops)',
    ],
  },
  sqlite: {
    virtualTables: { search_fts: ['title', 'lead', 'body', 'body_x'], search_near: ['title'] },
    triggers: [
      'articles.search_articles_delete',
      'articles.search_articles_insert',
      'articles.search_articles_meta',
      'articles.search_articles_text',
      'audit_log.audit_log_no_delete',
      'audit_log.audit_log_no_update',
      'pages.search_pages_delete',
      'pages.search_pages_insert',
      'pages.search_pages_meta',
      'pages.search_pages_text',
      'search_documents.search_near_delete',
      'search_documents.search_near_insert',
      'search_documents.search_near_text',
    ],
  },
} as const;
