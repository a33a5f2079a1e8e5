/**
 * The editorial API's shapes as the admin uses them: inferred from the server's own
 * zod schemas in src/contract (type-only imports, so no zod enters the bundle). A field
 * renamed or removed on the server is a type error here, not a blank cell.
 */
import type { z } from 'zod';
import type { AdminUser, AdminUserPage, AuditEntry, AuditPage, CreatedUser, StaffEntry, StaffList, TemporaryPassword } from '../../../src/contract/accounts.js';
import type {
  AdminArticle,
  ArticleInput,
  ArticleConflict,
  ArticlePage,
  ArticleSummary,
  Dashboard,
  RelatedArticle,
  RelatedSuggestion,
  TransitionOffer,
  transitionSchema,
} from '../../../src/contract/articles.js';
import type { EmailAnswer, LoginAnswer, RecoveryCodes, RoleGrant, SessionAnswer, SessionUser, TotpEnrolment } from '../../../src/contract/auth.js';
import type { AdminCategory, CategoryInput } from '../../../src/contract/categories.js';
import type { ArticleStatus, SiteRole, Transition } from '../../../src/contract/domain.js';
import type { Media, MediaPage } from '../../../src/contract/media.js';
import type { EditorialProblem } from '../../../src/contract/problem.js';
import type { ArticleDiff, Revision } from '../../../src/contract/revisions.js';
import type { Royalty, RoyaltyInput, RoyaltyReport } from '../../../src/contract/royalty.js';
import type { AdminPage, PageInput, PageSummary, pageTransitionSchema } from '../../../src/contract/pages.js';
import type { documentInputSchema, documentTransitionSchema } from '../../../src/contract/documents.js';
import type { scheduleTransitionSchema } from '../../../src/contract/schedule.js';
import type { AdminSite as SystemSite, CreatedSite, EditorialSite, SiteSettings, updateSiteSchema } from '../../../src/contract/sites.js';
import type { MenuInput, MenuItemAnswer, MenuTargetAnswer, SiteMenu } from '../../../src/contract/menus.js';
import type { ComplianceItem, ComplianceReport } from '../../../src/contract/disclosure.js';
import type { AdminComment, AdminConsultation, ConsultationInput, ConsultationSummary, consultationTransitionSchema } from '../../../src/contract/consultations.js';
import type { AdminQuestion, QuestionList, QuestionSettings, QuestionStats, QuestionSummary } from '../../../src/contract/questions.js';
export type { AdminQuestion, QuestionList, QuestionSettings, QuestionStats, QuestionSummary };
export type { StatisticsReport } from '../../../src/contract/statistics.js';

export type { ArticleStatus, SiteRole, Transition };
export type { AdminArticle, ArticleDiff, ArticleInput, ArticlePage, ArticleSummary, Dashboard, Revision };
export type { RelatedArticle, RelatedSuggestion };
export type { EmailAnswer, LoginAnswer, RecoveryCodes, RoleGrant, SessionAnswer, TotpEnrolment };
export type { CategoryInput, Media, MediaPage, Royalty, RoyaltyInput, RoyaltyReport, SiteSettings };
export type { CreatedSite, SystemSite };
export type { AdminPage, PageInput, PageSummary };
export type { AdminDocument, DocumentInput, DocumentList, DocumentSummary } from '../../../src/contract/documents.js';
/** A legal document's workflow step as sent (the page's steps). */
export type DocumentTransitionInput = z.input<typeof documentTransitionSchema>;
/** A legal document as the editor sends it. */
export type DocumentInputSent = z.input<typeof documentInputSchema>;
/** A static page's workflow step as sent (pages take no schedule). */
export type PageTransitionInput = z.input<typeof pageTransitionSchema>;
/** A site as the system administrator's form sends it (creating: with its slug). */
export type SiteInput = z.input<typeof updateSiteSchema>;
export type NewSiteInput = SiteInput & { slug: string };
export type { AdminUser, AdminUserPage, AuditEntry, AuditPage, CreatedUser, StaffList, TemporaryPassword };
export type { MenuInput, MenuItemAnswer, MenuTargetAnswer, SiteMenu };
export type { ComplianceItem, ComplianceReport };
export type { AdminComment, AdminConsultation, ConsultationInput, ConsultationSummary };
/** A consultation's workflow step as sent (the page's steps). */
export type ConsultationTransitionInput = z.input<typeof consultationTransitionSchema>;

/** The person signed in (POST /auth/login, GET /auth/me). */
export type User = SessionUser;
/** A site the person may work on (GET /admin/sites). */
export type AdminSite = EditorialSite;
/** A workflow step the server offers this person for this article. */
export type TransitionOption = TransitionOffer;
/** What a transition may carry besides its name (note, time, unpublishAt); the server says which it needs. */
export type TransitionExtra = Omit<z.input<typeof transitionSchema>, 'transition'>;
export type RoyaltyAuthor = RoyaltyInput['authors'][number];
export type Category = AdminCategory;
export type StaffMember = StaffEntry;

/**
 * RFC 9457 problem details as the API sends them; every field may be missing, because
 * the client also makes one of these for a network failure or a body that is not JSON.
 */
export type Problem = Partial<EditorialProblem>;

/** A stale save: the server's current article, what was sent, and their difference. */
export type ConflictProblem = Problem & Pick<ArticleConflict, 'current' | 'yours' | 'diff'>;

// ---- Albums (Thư viện ảnh) ----
import type { AdminAlbum, AlbumItem, AlbumSummary, albumInputSchema } from '../../../src/contract/albums.js';
export type { AdminAlbum, AlbumItem, AlbumSummary };
/** An album as sent: items in order (the server checks the media and links). */
export type AlbumInput = z.input<typeof albumInputSchema>;
// ---- The leaders' schedule and the directory ----
export type { AdminScheduleWeek, ScheduleEntry, ScheduleEntryInput, ScheduleWeekList, ScheduleWeekSummary } from '../../../src/contract/schedule.js';
export type { DirectoryEntry, DirectoryEntryInput, DirectoryList } from '../../../src/contract/directory.js';
/** A week's workflow step as sent (the page's steps). */
export type ScheduleTransitionInput = z.input<typeof scheduleTransitionSchema>;

// ---- Syndication: proposals to the parent site and its decisions ----
export type { AdminSyndication, SyndicationOverview } from '../../../src/contract/syndication.js';
// ---- Topics (chuyên đề) ----
import type { AdminTopic, TopicList, TopicMember, TopicMemberList, topicInputSchema } from '../../../src/contract/topics.js';
export type { AdminTopic, TopicList, TopicMember, TopicMemberList };
export type TopicInputSent = z.input<typeof topicInputSchema>;
