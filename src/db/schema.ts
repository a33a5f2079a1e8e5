/**
 * The tables as Kysely sees them. Instants are ISO 8601 UTC strings on both
 * databases (timestamptz in PostgreSQL, parsed back to the same string form), flags
 * are 0/1 integers, and JSON values are stored as text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An ISO 8601 UTC instant such as "2022-11-16T09:21:00.000Z". */
export type Instant = string;
type CreatedAt = ColumnType<Instant, Instant | undefined, never>;

export type SiteKind = 'province' | 'district' | 'department' | 'commune' | 'other';
export type SiteStatus = 'active' | 'archived';

export interface SitesTable {
  id: Generated<number>;
  slug: string;
  kind: SiteKind;
  parent_id: number | null;
  name: string;
  short_name: string;
  /** JSON array of public hostnames. */
  hostnames: string;
  /** JSON object: address, email, phone, footer. */
  contact: string;
  responsible_agency: string | null;
  responsible_person: string | null;
  logo_path: string | null;
  theme_color: string;
  public_service_url: string | null;
  status: SiteStatus;
  successor_site_id: number | null;
  sort_order: number;
  created_at: CreatedAt;
  updated_at: Instant;
  /** JSON array of category ids whose blocks the home page shows, in order; null: the top-level categories in menu order. */
  home_blocks: string | null;
  /** Working days a citizen's question is to be answered in (migration 0015). */
  question_deadline_days: Generated<number>;
}

export interface CategoriesTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  slug: string;
  name: string;
  description: string | null;
  menu_order: number;
  in_menu: number;
  created_at: CreatedAt;
  updated_at: Instant;
}

export type ArticleStatus =
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'unpublished'
  | 'withdrawn';

export interface ArticlesTable {
  id: Generated<number>;
  site_id: number;
  category_id: number;
  slug: string;
  title: string;
  lead: string;
  /** Sanitised HTML: the only HTML the public pages insert unescaped. */
  body_html: string;
  featured_image_id: number | null;
  featured_image_caption: string | null;
  author_name: string | null;
  source: string | null;
  status: ArticleStatus;
  withdrawn_note: string | null;
  featured: number;
  /** Place on the home page among the featured (lower first); null sorts after the ordered ones. */
  featured_order: number | null;
  /** When the home page stops featuring it; null: until unfeatured. */
  featured_until: Instant | null;
  published_at: Instant | null;
  view_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Instant;
  created_by: number | null;
  /** Number of the latest revision; a save must name it (optimistic concurrency). */
  revision: Generated<number>;
  return_note: string | null;
  scheduled_at: Instant | null;
  unpublish_at: Instant | null;
  /** Royalty (nhuận bút): genre, the approver's coefficient, reprint flag. */
  genre: string | null;
  royalty_coefficient: number | null;
  is_reprint: Generated<number>;
  approved_by: number | null;
}

export interface ArticleCategoriesTable {
  article_id: number;
  category_id: number;
}

export interface TagsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  name: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface ArticleAttachmentsTable {
  article_id: number;
  media_id: number;
  position: number;
}

export interface ArticleRelationsTable {
  article_id: number;
  related_article_id: number;
  position: number;
}

/** Pages go through the article workflow (migration 0011); rows written before it are 'draft', 'published' or 'unpublished'. */
export type PageStatus = ArticleStatus;

export interface PagesTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  title: string;
  body_html: string;
  status: PageStatus;
  menu_order: number;
  in_menu: number;
  published_at: Instant | null;
  created_at: CreatedAt;
  updated_at: Instant;
  /** The meta description; empty when none was written. */
  description: Generated<string>;
  /** Optimistic concurrency, as articles.revision: 0 until the first save through the workflow. */
  revision: Generated<number>;
  created_by: number | null;
  return_note: string | null;
}

export type MediaKind = 'image' | 'document';

export interface MediaTable {
  id: Generated<number>;
  site_id: number;
  kind: MediaKind;
  /** Path under DATA_DIR/media. */
  storage_key: string;
  original_name: string;
  mime_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  alt_text: string | null;
  caption: string | null;
  created_at: CreatedAt;
  uploaded_by: number | null;
  /** JSON array of responsive variants: { width, format, storage_key, byte_size }. */
  variants: Generated<string>;
}

/** An old URL that must keep working: it points at whatever now lives elsewhere. */
export interface RedirectsTable {
  id: Generated<number>;
  site_id: number;
  from_path: string;
  article_id: number | null;
  category_id: number | null;
  page_id: number | null;
  to_path: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  is_system_admin: number;
  status: 'active' | 'disabled';
  /** Base32 TOTP secret, encrypted with a key derived from SESSION_SECRET. */
  totp_secret: string | null;
  totp_enabled_at: Instant | null;
  /** The last TOTP time step accepted (Unix time / 30 s): a code is good once. */
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: Instant | null;
  password_changed_at: Instant | null;
  must_change_password: Generated<number>;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface SiteRolesTable {
  user_id: number;
  site_id: number;
  role: 'contributor' | 'editor' | 'approver' | 'site_admin';
  granted_by: number | null;
  granted_at: Instant;
}

/** Server-side sessions: the cookie holds a random token, the table its SHA-256. */
export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Instant;
  expires_at: Instant;
  revoked_at: Instant | null;
  ip: string | null;
  user_agent: string | null;
  /** 1 once the TOTP code (or a recovery code) was given, or when the user has no TOTP. */
  second_factor_done: number;
}

export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: Instant | null;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  author_id: number | null;
  created_at: CreatedAt;
  /** JSON of every editable field as saved. */
  snapshot: string;
  note: string | null;
}

export interface PageRevisionsTable {
  id: Generated<number>;
  page_id: number;
  number: number;
  author_id: number | null;
  created_at: CreatedAt;
  /** JSON of every editable field of the page as saved. */
  snapshot: string;
  note: string | null;
}

export interface ArticleAuthorsTable {
  article_id: number;
  position: number;
  user_id: number | null;
  name: string;
  share: number;
}

export type JobKind = 'publish' | 'unpublish';
/**
 * A job is claimed, run and marked in one transaction, so it goes from 'pending'
 * straight to 'done', 'cancelled' or 'failed'; 'running' is only ever left by earlier
 * versions, which committed a claim apart from its run (jobs/claim.ts gives those back).
 */
export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobsTable {
  id: Generated<number>;
  kind: JobKind;
  article_id: number | null;
  run_at: Instant;
  status: JobStatus;
  attempts: Generated<number>;
  /** The process (host:pid) that ran the job, and when it claimed it. */
  locked_by: string | null;
  locked_at: Instant | null;
  done_at: Instant | null;
  last_error: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

/** Append-only: the database refuses UPDATE and DELETE (see migration 0003). */
export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  actor_name: string | null;
  site_id: number | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  ip: string | null;
  details: Generated<string>;
}

/**
 * The search index (migration 0002): written only by database triggers on articles
 * and pages, read by search/. Text columns hold words joined by single spaces and
 * padded with a space at each end; PostgreSQL adds tsvector columns not listed here.
 */
export interface SearchDocumentsTable {
  /** Article id × 2, or page id × 2 + 1. */
  id: number;
  kind: 'article' | 'page';
  ref_id: number;
  site_id: number;
  category_id: number | null;
  status: string;
  published_at: Instant | null;
  title_f: string;
  lead_f: string;
  body_f: string;
  title_x: string;
  lead_x: string;
}

/**
 * One row (id 1): a counter raised with every change to what processes hold in memory
 * about the sites, so that each can tell cheaply that it must reload (sites/site-state.ts).
 */
export interface SiteStateTable {
  id: number;
  version: number;
}

export type MenuTargetKind = 'page' | 'category' | 'link';

/**
 * One item of a site's public menu (migration 0012): top-level (parent_id null) or a
 * sub-item of a top-level item of the same site. The target is one of page_id,
 * category_id or url by target_kind; a page or category deleted elsewhere leaves null.
 */
export interface MenuItemsTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  position: number;
  label: string;
  target_kind: MenuTargetKind;
  page_id: number | null;
  category_id: number | null;
  url: string | null;
}

export interface Database {
  sites: SitesTable;
  categories: CategoriesTable;
  articles: ArticlesTable;
  article_categories: ArticleCategoriesTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  article_attachments: ArticleAttachmentsTable;
  article_relations: ArticleRelationsTable;
  pages: PagesTable;
  media: MediaTable;
  redirects: RedirectsTable;
  users: UsersTable;
  site_roles: SiteRolesTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  article_revisions: ArticleRevisionsTable;
  article_authors: ArticleAuthorsTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
  search_documents: SearchDocumentsTable;
  site_state: SiteStateTable;
  menu_items: MenuItemsTable;
  page_revisions: PageRevisionsTable;
  questions: QuestionsTable;
}

export type QuestionKind = 'question' | 'feedback';
export type QuestionStatus = 'received' | 'assigned' | 'answered' | 'published' | 'rejected' | 'spam';

/** A citizen's question or feedback. The asker_* columns are personal: never on a public surface. */
export interface QuestionsTable {
  id: Generated<number>;
  site_id: number;
  kind: QuestionKind;
  /** A field's slug (questions/fields.ts). */
  field: string;
  title: string;
  /** Plain text as the citizen wrote it. */
  question_text: string;
  asker_name: string;
  asker_email: string | null;
  asker_phone: string | null;
  asker_address: string | null;
  tracking_code: string;
  received_at: Instant;
  /** Vietnam calendar day, YYYY-MM-DD. */
  deadline: string;
  assigned_unit: string | null;
  assignee: string | null;
  /** Sanitised HTML. */
  answer_html: string | null;
  answered_at: Instant | null;
  answered_by: number | null;
  status: QuestionStatus;
  /** Why it was rejected or marked as spam. */
  status_note: string | null;
  published_at: Instant | null;
  slug: string | null;
  /** The public question and answer only, for search; empty until published. */
  body_html: Generated<string>;
  revision: Generated<number>;
  created_at: CreatedAt;
  updated_at: Instant;
}

export type QuestionRow = Selectable<QuestionsTable>;
export type NewQuestion = Insertable<QuestionsTable>;
export type QuestionUpdate = Updateable<QuestionsTable>;

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type NewCategory = Insertable<CategoriesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type PageRow = Selectable<PagesTable>;
export type NewPage = Insertable<PagesTable>;
export type PageUpdate = Updateable<PagesTable>;
export type MediaRow = Selectable<MediaTable>;
export type RedirectRow = Selectable<RedirectsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type RevisionRow = Selectable<ArticleRevisionsTable>;
export type JobRow = Selectable<JobsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type MenuItemRow = Selectable<MenuItemsTable>;
export type NewMenuItem = Insertable<MenuItemsTable>;
