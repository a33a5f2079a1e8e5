/**
 * The editorial API's shapes as the admin uses them (docs/editorial-api.md).
 * Fields the contract leaves open are optional, so a missing one degrades to a blank cell.
 */

// The workflow's vocabulary is the server's own (pure domain modules, types only).
import type { ArticleStatus } from '../../../src/db/schema.js';
import type { SiteRole } from '../../../src/editorial/roles.js';
import type { Transition } from '../../../src/editorial/workflow.js';

export type { ArticleStatus, SiteRole, Transition };

export interface RoleGrant {
  siteId: number;
  siteSlug: string;
  siteName: string;
  role: SiteRole;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  /** The person's own address, changed with their password (PUT /api/v1/auth/email). */
  email?: string | null;
  isSystemAdmin: boolean;
  totpEnabled: boolean;
  /** After an administrator's reset: every admin route answers 403 until a new password is set. */
  mustChangePassword?: boolean;
  roles: RoleGrant[];
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  /** A self-contained SVG document (shown as an image). */
  qrSvg: string;
}

export interface LoginAnswer {
  user: User;
  csrfToken: string;
  needsTotp: boolean;
}

export interface SessionAnswer {
  user: User;
  csrfToken: string;
}

export interface AdminSite {
  id: number;
  slug: string;
  name: string;
  shortName?: string;
  kind?: string;
  status?: string;
  role?: SiteRole | null;
  roleLabel?: string | null;
}

/** One line of a list: the dashboard's and the article list's rows. */
export interface ArticleSummary {
  id: number;
  title: string;
  status: ArticleStatus;
  statusLabel?: string;
  slug?: string;
  categoryId?: number;
  categoryName?: string;
  authorName?: string | null;
  createdByName?: string | null;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string | null;
  scheduledAt?: string | null;
  returnNote?: string | null;
}

export interface Dashboard {
  myDrafts: ArticleSummary[];
  waitingForMe: ArticleSummary[];
  scheduled: ArticleSummary[];
  overdue: ArticleSummary[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ArticleInput {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: number;
  featuredImageId?: number | null;
  featuredImageCaption?: string | null;
  authorName?: string | null;
  source?: string | null;
  tags?: string[];
  attachmentIds?: number[];
  publishedAt?: string | null;
}

export interface TransitionOption {
  transition: Transition;
  label: string;
  needsNote: boolean;
  needsTime: boolean;
}

export interface AdminArticle extends ArticleInput {
  id: number;
  siteId: number;
  slug: string;
  status: ArticleStatus;
  statusLabel: string;
  revision: number;
  returnNote: string | null;
  withdrawnNote: string | null;
  scheduledAt: string | null;
  /** When a job will take the published article down again (set when publishing or scheduling). */
  unpublishAt?: string | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  publicUrl: string | null;
  allowedTransitions: TransitionOption[];
  canEdit: boolean;
  canDelete: boolean;
  royalty?: Royalty;
}

/** Nhuận bút data of one article (PUT …/articles/{id}/royalty). */
export interface RoyaltyAuthor {
  name: string;
  /** Set when the author is an account of the system; kept as it came. */
  userId?: number | null;
  share: number;
}

export interface Royalty {
  genre: string | null;
  coefficient: number | null;
  isReprint: boolean;
  authors: RoyaltyAuthor[];
}

/** What is sent; `coefficient` is left out by those who may not grade, which keeps the stored one. */
export interface RoyaltyInput {
  genre: string | null;
  coefficient?: number | null;
  isReprint: boolean;
  authors: RoyaltyAuthor[];
}

export interface Revision {
  number: number;
  authorName: string | null;
  createdAt: string;
  note: string | null;
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ArticleDiff {
  fields: { field: string; label?: string; parts: DiffPart[] }[];
}

export interface MediaVariant {
  width: number;
  format: string;
  url: string;
}

export interface Media {
  id: number;
  kind: 'image' | 'document';
  url: string;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string | null;
  caption: string | null;
  variants: MediaVariant[];
  createdAt?: string;
}

export interface Category {
  id: number;
  name: string;
  slug: string;
  parentId: number | null;
  menuOrder: number;
  inMenu: boolean;
  description: string | null;
}

export type CategoryInput = Omit<Category, 'id' | 'slug'> & { slug?: string };

/** GET/PUT …/settings answer exactly what the server's settingsOf() builds. */
export type { SiteSettings } from '../../../src/sites/site-settings.js';

export interface StaffMember {
  userId: number;
  username: string;
  displayName: string;
  role: SiteRole;
  roleLabel?: string;
}

export interface AccountSummary {
  id: number;
  username: string;
  displayName: string;
}

/** An account as GET /api/v1/admin/users lists it for system administrators. */
export interface AdminUser extends AccountSummary {
  email?: string | null;
  isSystemAdmin?: boolean;
  status?: string;
  totpEnabled?: boolean;
  mustChangePassword?: boolean;
  /** Set while sign-in is locked after repeated failures. */
  lockedUntil?: string | null;
  createdAt?: string;
  roles?: RoleGrant[];
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  siteSlug?: string | null;
  objectType: string | null;
  objectId: number | string | null;
  ip: string | null;
  details?: unknown;
}

export interface RoyaltyLine {
  authorName: string;
  userId: number | null;
  share: number;
  articleId: number;
  title: string;
  categoryName: string;
  publishedAt: string;
  status: ArticleStatus;
  genre: string | null;
  coefficient: number | null;
  isReprint: boolean;
  points: number | null;
}

export interface RoyaltyReport {
  month: string;
  lines: RoyaltyLine[];
  authors: { authorName: string; userId: number | null; articles: number; points: number }[];
}

/** RFC 9457 problem details, as the API sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A stale save: the server's current article and what was sent. */
export interface ConflictProblem extends Problem {
  current: AdminArticle;
  yours: ArticleInput;
}
