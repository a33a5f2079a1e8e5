/**
 * The tables as Kysely sees them. Instants are ISO 8601 UTC strings on both
 * databases (timestamptz in PostgreSQL, parsed back to the same string form), flags
 * are 0/1 integers, and JSON values are stored as text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { SearchContentType } from '../search/kinds.js';

/** An ISO 8601 UTC instant such as "2022-11-16T09:21:00.000Z". */
export type Instant = string;
type CreatedAt = ColumnType<Instant, Instant | undefined, never>;

export type SiteKind = 'province' | 'district' | 'department' | 'commune' | 'other';
export type SiteStatus = 'active' | 'archived';
export type SiteArchiveMode = 'serve' | 'redirect';

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
  /** How an archived site answers (migration 0024): 'serve' its own pages, or 'redirect' each URL to its successor. */
  archive_mode: Generated<SiteArchiveMode>;
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
  /** 'vi' (at /trang/{slug}) or 'en' (at /en/{slug}); migration 0017. */
  language: Generated<PageLanguage>;
}

export type MediaKind = 'image' | 'document' | 'video';

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
  /** Row id × 8 + the kind's slot (search/kinds.ts). */
  id: number;
  kind: SearchContentType;
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

/** A legal document of a site (migration 0014); its status is the article workflow's. */
export interface LegalDocumentsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  number: string;
  /** documents/document-number.ts: " 42 2022 nd cp ". */
  number_key: string;
  /** A slug of documents/document-kinds.ts DOCUMENT_TYPES. */
  doc_type: string;
  issuer: string;
  issuer_slug: string;
  signer: string;
  /** YYYY-MM-DD. */
  issued_on: string;
  effective_on: string | null;
  field: string;
  summary: string;
  /** "type number: summary". */
  title: string;
  /** Sanitised HTML, may be empty. */
  body_html: string;
  validity: string;
  /** Folded words of type, number, summary and issuer, space-padded. */
  search_text: string;
  status: ArticleStatus;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  created_by: number | null;
  return_note: string | null;
}

/** `document_id` replaces or amends `target_id`. */
export interface LegalDocumentLinksTable {
  document_id: number;
  target_id: number;
  relation: string;
}

export interface LegalDocumentAttachmentsTable {
  document_id: number;
  media_id: number;
  position: number;
}

/** A draft put out for comment (lấy ý kiến dự thảo), migration 0016; statuses of the article workflow. */
export interface ConsultationsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  title: string;
  summary: Generated<string>;
  body_html: string;
  /** The drafting body (cơ quan chủ trì soạn thảo). */
  drafting_body: Generated<string>;
  /** Calendar days in Vietnam, "YYYY-MM-DD"; closes_on ≥ opens_on. */
  opens_on: string;
  closes_on: string;
  status: ArticleStatus;
  published_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
  /** Optimistic concurrency: a save names the revision it started from. */
  revision: Generated<number>;
  created_by: number | null;
  return_note: string | null;
  /** The summary of the comments received, sanitised HTML; public after closing once report_published_at is set. */
  report_html: Generated<string>;
  report_published_at: Instant | null;
}

export interface ConsultationAttachmentsTable {
  consultation_id: number;
  media_id: number;
  position: number;
}

export type CommentState = 'pending' | 'approved' | 'rejected';

/** A citizen's comment on a draft; email, phone and address are private (staff only). */
export interface ConsultationCommentsTable {
  id: Generated<number>;
  consultation_id: number;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  body: string;
  received_at: Instant;
  state: Generated<CommentState>;
  moderated_by: number | null;
  moderated_at: Instant | null;
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
  legal_documents: LegalDocumentsTable;
  legal_document_links: LegalDocumentLinksTable;
  legal_document_attachments: LegalDocumentAttachmentsTable;
  albums: AlbumsTable;
  album_items: AlbumItemsTable;
  schedule_weeks: ScheduleWeeksTable;
  schedule_entries: ScheduleEntriesTable;
  directory_entries: DirectoryEntriesTable;
  consultations: ConsultationsTable;
  consultation_attachments: ConsultationAttachmentsTable;
  consultation_comments: ConsultationCommentsTable;
  questions: QuestionsTable;
  syndications: SyndicationsTable;
  view_days: ViewDaysTable;
  article_view_days: ArticleViewDaysTable;
  import_sources: ImportSourcesTable;
  topics: TopicsTable;
  topic_articles: TopicArticlesTable;
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
export type LegalDocumentRow = Selectable<LegalDocumentsTable>;
export type NewLegalDocument = Insertable<LegalDocumentsTable>;
export type LegalDocumentUpdate = Updateable<LegalDocumentsTable>;

// ---- Albums (Thư viện ảnh, migration 0018) ----

/** A photo and video album: the article workflow's statuses, like static pages. */
export interface AlbumsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  title: string;
  /** Plain text, as the editor wrote it (paragraphs separated by blank lines). */
  description: string;
  /** The description as sanitised HTML (for the public page and the search index); may be empty. */
  body_html: string;
  status: ArticleStatus;
  published_at: Instant | null;
  /** The cover photo; null: the album's first photo. */
  cover_media_id: number | null;
  revision: number;
  created_by: number | null;
  return_note: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export type AlbumItemKind = 'photo' | 'video_file' | 'video_link';

export interface AlbumItemsTable {
  id: Generated<number>;
  album_id: number;
  position: number;
  kind: AlbumItemKind;
  /** The photo or uploaded video (media library); null for a link. */
  media_id: number | null;
  /** A link to a video on an allowed host (albums/video-hosts.ts); null for media. */
  url: string | null;
  caption: string;
  credit: string;
}

export type AlbumRow = Selectable<AlbumsTable>;
export type NewAlbum = Insertable<AlbumsTable>;
export type AlbumUpdate = Updateable<AlbumsTable>;
export type AlbumItemRow = Selectable<AlbumItemsTable>;
export type NewAlbumItem = Insertable<AlbumItemsTable>;

// ---- The leaders' schedule, the directory, page languages (migration 0017) ----

export type PageLanguage = 'vi' | 'en';

/** One week of a site's leaders' schedule: a workflow item with the article's statuses. */
export interface ScheduleWeeksTable {
  id: Generated<number>;
  site_id: number;
  /** "2022-W46" */
  iso_week: string;
  status: ArticleStatus;
  published_at: Instant | null;
  /** Optimistic concurrency: each save names the revision it started from. */
  revision: number;
  created_by: number | null;
  return_note: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface ScheduleEntriesTable {
  id: Generated<number>;
  week_id: number;
  /** "2022-11-16" */
  day: string;
  /** "07:30" */
  start_time: string;
  end_time: string | null;
  leaders: string;
  content: string;
  place: string;
  chair: string;
  attendees: string;
  notes: string;
  position: number;
}

/** A work contact of a site's directory, public while visible (1). */
export interface DirectoryEntriesTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  position: string;
  unit: string;
  phone: string;
  email: string;
  sort_order: number;
  visible: number;
  created_at: CreatedAt;
  updated_at: Instant;
}

export type ScheduleWeekRow = Selectable<ScheduleWeeksTable>;
export type ScheduleEntryRow = Selectable<ScheduleEntriesTable>;
export type NewScheduleEntry = Insertable<ScheduleEntriesTable>;
export type DirectoryEntryRow = Selectable<DirectoryEntriesTable>;
export type NewDirectoryEntry = Insertable<DirectoryEntriesTable>;
export type ConsultationRow = Selectable<ConsultationsTable>;
export type NewConsultation = Insertable<ConsultationsTable>;
export type ConsultationUpdate = Updateable<ConsultationsTable>;
export type ConsultationCommentRow = Selectable<ConsultationCommentsTable>;

// ---- Syndication of a district's articles to its parent site (migration 0023) ----

export type SyndicationState = 'proposed' | 'accepted' | 'declined' | 'retracted';

/** A proposal of one article to the parent site; the article's text stays on its own row. */
export interface SyndicationsTable {
  id: Generated<number>;
  article_id: number;
  from_site_id: number;
  to_site_id: number;
  state: SyndicationState;
  /** The parent's note on accepting or declining (required to decline). */
  note: string | null;
  proposed_by: number | null;
  decided_by: number | null;
  proposed_at: Instant;
  decided_at: Instant | null;
}

export type SyndicationRow = Selectable<SyndicationsTable>;
export type NewSyndication = Insertable<SyndicationsTable>;
/** Views of every public page of a site on one Vietnam calendar day ('YYYY-MM-DD'); no personal data. */
export interface ViewDaysTable {
  site_id: number;
  day: string;
  views: number;
}

/** Views of one article on one Vietnam calendar day, with the category it was in when read. */
export interface ArticleViewDaysTable {
  article_id: number;
  day: string;
  site_id: number;
  category_id: number;
  views: number;
}

/** What came in from an old platform (migration 0025): a post or an image address, and what it became. */
export interface ImportSourcesTable {
  id: Generated<number>;
  site_id: number;
  source_kind: 'wxr' | 'rss' | 'image';
  source_key: string;
  article_id: number | null;
  media_id: number | null;
  created_at: CreatedAt;
}

// ---- Topics (chuyên đề), migration 0022 ----

export type TopicStatus = 'active' | 'hidden';
export type TopicArticleState = 'proposed' | 'accepted' | 'declined';

/** A campaign gathering articles of any site; site_id null: the system's own, owned by system administrators. */
export interface TopicsTable {
  id: Generated<number>;
  site_id: number | null;
  slug: string;
  title: string;
  description: string;
  image_media_id: number | null;
  /** "2022-11-15" */
  starts_on: string | null;
  ends_on: string | null;
  status: TopicStatus;
  created_by: number | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An article's membership of a topic: proposed by the article's side, accepted or declined by the topic's owner. */
export interface TopicArticlesTable {
  id: Generated<number>;
  topic_id: number;
  article_id: number;
  state: TopicArticleState;
  /** Why it was declined (required then); otherwise an optional word from the proposer. */
  note: string | null;
  proposed_by: number | null;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: Instant | null;
}

export type TopicRow = Selectable<TopicsTable>;
export type NewTopic = Insertable<TopicsTable>;
export type TopicUpdate = Updateable<TopicsTable>;
export type TopicArticleRow = Selectable<TopicArticlesTable>;
