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
  published_at: Instant | null;
  view_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Instant;
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

export type PageStatus = 'draft' | 'published' | 'unpublished';

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
  created_at: CreatedAt;
  updated_at: Instant;
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
}

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type NewCategory = Insertable<CategoriesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type PageRow = Selectable<PagesTable>;
export type NewPage = Insertable<PagesTable>;
export type MediaRow = Selectable<MediaTable>;
export type RedirectRow = Selectable<RedirectsTable>;
export type UserRow = Selectable<UsersTable>;
