/**
 * The one way the admin talks to the server: fetch with the session cookie, the CSRF
 * token on every state-changing request, and problem+json errors turned into an
 * ApiError whose message is the API's Vietnamese `detail`.
 */
import { t } from '../messages.js';
import type {
  AdminArticle,
  AdminSite,
  AdminUserPage,
  ArticleDiff,
  ArticleInput,
  ArticlePage,
  AuditPage,
  Category,
  CategoryInput,
  ConflictProblem,
  CreatedSite,
  CreatedUser,
  Dashboard,
  EmailAnswer,
  LoginAnswer,
  Media,
  MenuInput,
  MediaPage,
  Problem,
  RecoveryCodes,
  RelatedSuggestion,
  Revision,
  Royalty,
  RoyaltyInput,
  RoyaltyReport,
  StatisticsReport,
  NewSiteInput,
  AdminPage,
  AdminDocument,
  DocumentInputSent,
  DocumentList,
  DocumentTransitionInput,
  AdminComment,
  AdminConsultation,
  ConsultationInput,
  ConsultationSummary,
  ConsultationTransitionInput,
  PageInput,
  PageSummary,
  PageTransitionInput,
  AdminAlbum,
  AlbumInput,
  AlbumSummary,
  SessionAnswer,
  SiteInput,
  SiteRole,
  SiteSettings,
  SiteMenu,
  ComplianceReport,
  StaffList,
  StaffMember,
  SystemSite,
  TemporaryPassword,
  TotpEnrolment,
  Transition,
  TransitionExtra,
  AdminScheduleWeek,
  DirectoryEntry,
  DirectoryEntryInput,
  DirectoryList,
  ScheduleEntryInput,
  ScheduleTransitionInput,
  ScheduleWeekList,
} from './types.js';
import type { AdminQuestion, QuestionList, QuestionSettings, QuestionStats, QuestionSummary } from './types.js';
import type { AdminSyndication, SyndicationOverview } from './types.js';
import type { AdminTopic, TopicInputSent, TopicList, TopicMemberList } from './types.js';
import type { ArchivedSite, ArchiveSiteInput } from '../../../src/contract/site-archive.js';

export type { TransitionExtra };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? t.errors.generic);
    this.name = 'ApiError';
  }

  /** Field name → message, from a validation problem's `errors`. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field] ??= e.message;
    return out;
  }
}

export function isConflict(error: unknown): error is ApiError & { problem: ConflictProblem } {
  return error instanceof ApiError && error.status === 409 && 'current' in error.problem && 'yours' in error.problem;
}

/** A message for any failure, for a live region or an error summary. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t.errors.network;
}

/**
 * A failure as an error summary's entries: the API's field errors, each tied to its
 * control by `ids` (field name → control id), or one message for the whole form.
 */
export function summaryErrors(error: unknown, ids: Readonly<Record<string, string>>): { fieldId?: string | undefined; message: string }[] {
  if (error instanceof ApiError && error.problem.errors?.length) return error.problem.errors.map((e) => ({ fieldId: ids[e.field], message: e.message }));
  return [{ message: messageOf(error) }];
}

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401), so the app can show the login. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (UNSAFE.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload ?? null, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: t.errors.networkTitle, detail: t.errors.network });
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  const data: unknown = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const problem: Problem = data !== null && typeof data === 'object' ? data : { title: t.errors.generic, detail: `${t.errors.generic} (${response.status})` };
    if (response.status === 401 && !path.startsWith('/api/v1/auth/')) onUnauthorized();
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const AUTH = '/api/v1/auth';
const ADMIN = '/api/v1/admin';
const site = (slug: string) => `${ADMIN}/sites/${encodeURIComponent(slug)}`;

export interface ArticleQuery {
  status?: string;
  author?: string;
  category?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
}

/** The system-wide log takes the same filters, and a site's slug to narrow it to one site. */
export interface SystemAuditQuery extends AuditQuery {
  site?: string;
}

export const api = {
  login: (username: string, password: string) => request<LoginAnswer>('POST', `${AUTH}/login`, { username, password }),
  totp: (code: string) => request<SessionAnswer>('POST', `${AUTH}/totp`, { code }),
  logout: () => request<void>('POST', `${AUTH}/logout`),
  me: () => request<SessionAnswer>('GET', `${AUTH}/me`),
  changePassword: (currentPassword: string, newPassword: string) => request<void>('POST', `${AUTH}/password`, { currentPassword, newPassword }),
  changeEmail: (currentPassword: string, email: string) => request<EmailAnswer>('PUT', `${AUTH}/email`, { currentPassword, email }),
  totpEnroll: (password: string) => request<TotpEnrolment>('POST', `${AUTH}/totp/enroll`, { password }),
  totpConfirm: (code: string) => request<RecoveryCodes>('POST', `${AUTH}/totp/confirm`, { code }),
  totpRecoveryCodes: (password: string) => request<RecoveryCodes>('POST', `${AUTH}/totp/recovery-codes`, { password }),
  totpDisable: (password: string) => request<void>('POST', `${AUTH}/totp/disable`, { password }),

  sites: () => request<AdminSite[]>('GET', `${ADMIN}/sites`),
  dashboard: (slug: string) => request<Dashboard>('GET', `${site(slug)}/dashboard`),

  articles: (slug: string, q: ArticleQuery) => request<ArticlePage>('GET', `${site(slug)}/articles${query({ ...q })}`),
  article: (slug: string, id: number) => request<AdminArticle>('GET', `${site(slug)}/articles/${id}`),
  createArticle: (slug: string, input: ArticleInput) => request<AdminArticle>('POST', `${site(slug)}/articles`, input),
  saveArticle: (slug: string, id: number, input: ArticleInput, baseRevision: number) =>
    request<AdminArticle>('PUT', `${site(slug)}/articles/${id}`, { ...input, baseRevision }),
  deleteArticle: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/articles/${id}`),
  transition: (slug: string, id: number, transition: Transition, extra: TransitionExtra = {}) =>
    request<AdminArticle>('POST', `${site(slug)}/articles/${id}/transitions`, { transition, ...extra }),
  revisions: (slug: string, id: number) => request<Revision[]>('GET', `${site(slug)}/articles/${id}/revisions`),
  diff: (slug: string, id: number, from: number, to: number) => request<ArticleDiff>('GET', `${site(slug)}/articles/${id}/diff${query({ from, to })}`),
  restore: (slug: string, id: number, number: number, baseRevision: number) =>
    request<AdminArticle>('POST', `${site(slug)}/articles/${id}/revisions/${number}/restore`, { baseRevision }),
  relatedSuggestions: (slug: string, id: number, q: string) =>
    request<RelatedSuggestion[]>('GET', `${site(slug)}/articles/${id}/related-suggestions${query({ q: q.trim() })}`),
  setRoyalty: (slug: string, id: number, input: RoyaltyInput) => request<Royalty>('PUT', `${site(slug)}/articles/${id}/royalty`, input),

  documents: (slug: string, q: { status?: string; type?: string; q?: string; page?: number }) => request<DocumentList>('GET', `${site(slug)}/documents${query({ ...q })}`),
  document: (slug: string, id: number) => request<AdminDocument>('GET', `${site(slug)}/documents/${id}`),
  createDocument: (slug: string, input: DocumentInputSent) => request<AdminDocument>('POST', `${site(slug)}/documents`, input),
  saveDocument: (slug: string, id: number, input: DocumentInputSent, baseRevision: number) => request<AdminDocument>('PUT', `${site(slug)}/documents/${id}`, { ...input, baseRevision }),
  deleteDocument: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/documents/${id}`),
  transitionDocument: (slug: string, id: number, input: DocumentTransitionInput) => request<AdminDocument>('POST', `${site(slug)}/documents/${id}/transitions`, input),
  pages: (slug: string) => request<PageSummary[]>('GET', `${site(slug)}/pages`),
  page: (slug: string, id: number) => request<AdminPage>('GET', `${site(slug)}/pages/${id}`),
  createPage: (slug: string, input: PageInput) => request<AdminPage>('POST', `${site(slug)}/pages`, input),
  savePage: (slug: string, id: number, input: PageInput, baseRevision: number) => request<AdminPage>('PUT', `${site(slug)}/pages/${id}`, { ...input, baseRevision }),
  deletePage: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/pages/${id}`),
  transitionPage: (slug: string, id: number, input: PageTransitionInput) => request<AdminPage>('POST', `${site(slug)}/pages/${id}/transitions`, input),
  pageRevisions: (slug: string, id: number) => request<Revision[]>('GET', `${site(slug)}/pages/${id}/revisions`),
  albums: (slug: string) => request<AlbumSummary[]>('GET', `${site(slug)}/albums`),
  album: (slug: string, id: number) => request<AdminAlbum>('GET', `${site(slug)}/albums/${id}`),
  createAlbum: (slug: string, input: AlbumInput) => request<AdminAlbum>('POST', `${site(slug)}/albums`, input),
  saveAlbum: (slug: string, id: number, input: AlbumInput, baseRevision: number) => request<AdminAlbum>('PUT', `${site(slug)}/albums/${id}`, { ...input, baseRevision }),
  deleteAlbum: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/albums/${id}`),
  transitionAlbum: (slug: string, id: number, input: PageTransitionInput) => request<AdminAlbum>('POST', `${site(slug)}/albums/${id}/transitions`, input),
  questions: (slug: string, q: { status?: string; field?: string; overdue?: string; page?: number }) => request<QuestionList>('GET', `${site(slug)}/questions${query(q)}`),
  question: (slug: string, id: number) => request<AdminQuestion>('GET', `${site(slug)}/questions/${id}`),
  questionStep: (slug: string, id: number, step: 'assign' | 'answer' | 'publish' | 'reject', body: Record<string, unknown>) => request<AdminQuestion>('POST', `${site(slug)}/questions/${id}/${step}`, body),
  overdueQuestions: (slug: string) => request<QuestionSummary[]>('GET', `${site(slug)}/questions/overdue`),
  questionStats: (slug: string) => request<QuestionStats>('GET', `${site(slug)}/questions/stats`),
  questionSettings: (slug: string) => request<QuestionSettings>('GET', `${site(slug)}/questions/settings`),
  saveQuestionSettings: (slug: string, settings: QuestionSettings) => request<QuestionSettings>('PUT', `${site(slug)}/questions/settings`, settings),
  restorePage: (slug: string, id: number, number: number, baseRevision: number) =>
    request<AdminPage>('POST', `${site(slug)}/pages/${id}/revisions/${number}/restore`, { baseRevision }),

  media: (slug: string, q: { kind?: Media['kind']; page?: number } = {}) => request<MediaPage>('GET', `${site(slug)}/media${query({ ...q })}`),
  consultations: (slug: string) => request<ConsultationSummary[]>('GET', `${site(slug)}/consultations`),
  consultation: (slug: string, id: number) => request<AdminConsultation>('GET', `${site(slug)}/consultations/${id}`),
  createConsultation: (slug: string, input: ConsultationInput) => request<AdminConsultation>('POST', `${site(slug)}/consultations`, input),
  saveConsultation: (slug: string, id: number, input: ConsultationInput, baseRevision: number) =>
    request<AdminConsultation>('PUT', `${site(slug)}/consultations/${id}`, { ...input, baseRevision }),
  deleteConsultation: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/consultations/${id}`),
  transitionConsultation: (slug: string, id: number, input: ConsultationTransitionInput) => request<AdminConsultation>('POST', `${site(slug)}/consultations/${id}/transitions`, input),
  consultationComments: (slug: string, id: number, state?: AdminComment['state']) => request<AdminComment[]>('GET', `${site(slug)}/consultations/${id}/comments${query({ state })}`),
  moderateComment: (slug: string, id: number, commentId: number, decision: 'approve' | 'reject') =>
    request<AdminComment>('POST', `${site(slug)}/consultations/${id}/comments/${commentId}/moderation`, { decision }),
  saveConsultationReport: (slug: string, id: number, reportHtml: string, publish: boolean) => request<AdminConsultation>('PUT', `${site(slug)}/consultations/${id}/report`, { reportHtml, publish }),

  upload: (slug: string, form: FormData) => request<Media>('POST', `${site(slug)}/media`, form),
  deleteMedia: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/media/${id}`),

  categories: (slug: string) => request<Category[]>('GET', `${site(slug)}/categories`),
  createCategory: (slug: string, input: CategoryInput) => request<Category>('POST', `${site(slug)}/categories`, input),
  saveCategory: (slug: string, id: number, input: CategoryInput) => request<Category>('PUT', `${site(slug)}/categories/${id}`, input),
  deleteCategory: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/categories/${id}`),

  settings: (slug: string) => request<SiteSettings>('GET', `${site(slug)}/settings`),
  saveSettings: (slug: string, input: SiteSettings) => request<SiteSettings>('PUT', `${site(slug)}/settings`, input),
  systemSites: () => request<SystemSite[]>('GET', `${ADMIN}/system/sites`),
  createSite: (input: NewSiteInput) => request<CreatedSite>('POST', `${ADMIN}/sites`, input),
  updateSite: (slug: string, input: SiteInput) => request<SystemSite>('PUT', site(slug), input),
  archiveSite: (slug: string, input: ArchiveSiteInput) => request<ArchivedSite>('POST', `${site(slug)}/archive`, input),
  mergeSite: (slug: string, into: string) => request<ArchivedSite>('POST', `${site(slug)}/merge`, { into }),

  staff: async (slug: string) => (await request<StaffList>('GET', `${site(slug)}/staff`)).items,
  grantRole: (slug: string, userId: number, role: SiteRole) => request<StaffMember>('PUT', `${site(slug)}/staff/${userId}`, { role }),
  revokeRole: (slug: string, userId: number) => request<void>('DELETE', `${site(slug)}/staff/${userId}`),
  users: async (q = '') => (await request<AdminUserPage>('GET', `${ADMIN}/users${query({ q })}`)).items,
  createUser: (username: string, displayName: string) => request<CreatedUser>('POST', `${ADMIN}/users`, { username, displayName }),
  usersPage: (q: { q?: string; page?: number }) => request<AdminUserPage>('GET', `${ADMIN}/users${query({ ...q })}`),
  resetPassword: (userId: number) => request<TemporaryPassword>('POST', `${ADMIN}/users/${userId}/reset-password`),

  audit: (slug: string, q: AuditQuery) => request<AuditPage>('GET', `${site(slug)}/audit${query({ ...q })}`),
  systemAudit: (q: SystemAuditQuery) => request<AuditPage>('GET', `${ADMIN}/audit${query({ ...q })}`),
  royalty: (slug: string, month: string) => request<RoyaltyReport>('GET', `${site(slug)}/royalty-report${query({ month, format: 'json' })}`),
  royaltyDownloadUrl: (slug: string, month: string, format: 'csv' | 'xlsx') => `${site(slug)}/royalty-report${query({ month, format })}`,
  statistics: (slug: string, year: number) => request<StatisticsReport>('GET', `${site(slug)}/statistics${query({ year: String(year), format: 'json' })}`),
  statisticsDownloadUrl: (slug: string, year: number, format: 'csv' | 'xlsx') => `${site(slug)}/statistics${query({ year: String(year), format })}`,

  menu: (slug: string) => request<SiteMenu>('GET', `${site(slug)}/menu`),
  compliance: (slug: string) => request<ComplianceReport>('GET', `${site(slug)}/compliance`),
  saveMenu: (slug: string, input: MenuInput) => request<SiteMenu>('PUT', `${site(slug)}/menu`, input),

  // The leaders' schedule (a week at a time) and the directory.
  scheduleWeeks: (slug: string) => request<ScheduleWeekList>('GET', `${site(slug)}/schedule`),
  scheduleWeek: (slug: string, week: string) => request<AdminScheduleWeek>('GET', `${site(slug)}/schedule/${encodeURIComponent(week)}`),
  saveScheduleWeek: (slug: string, week: string, entries: ScheduleEntryInput[], baseRevision: number) =>
    request<AdminScheduleWeek>('PUT', `${site(slug)}/schedule/${encodeURIComponent(week)}`, { entries, baseRevision }),
  transitionScheduleWeek: (slug: string, week: string, input: ScheduleTransitionInput) =>
    request<AdminScheduleWeek>('POST', `${site(slug)}/schedule/${encodeURIComponent(week)}/transitions`, input),
  directory: (slug: string) => request<DirectoryList>('GET', `${site(slug)}/directory`),
  createDirectoryEntry: (slug: string, input: DirectoryEntryInput) => request<DirectoryEntry>('POST', `${site(slug)}/directory`, input),
  saveDirectoryEntry: (slug: string, id: number, input: DirectoryEntryInput) => request<DirectoryEntry>('PUT', `${site(slug)}/directory/${id}`, input),
  deleteDirectoryEntry: (slug: string, id: number) => request<void>('DELETE', `${site(slug)}/directory/${id}`),
  syndication: (slug: string) => request<SyndicationOverview>('GET', `${site(slug)}/syndication`),
  proposeSyndication: (slug: string, articleId: number) => request<AdminSyndication>('POST', `${site(slug)}/articles/${articleId}/syndication`),
  retractSyndication: (slug: string, articleId: number) => request<AdminSyndication>('DELETE', `${site(slug)}/articles/${articleId}/syndication`),
  decideSyndication: (slug: string, id: number, action: 'accept' | 'decline', note: string) =>
    request<AdminSyndication>('POST', `${site(slug)}/syndication/${id}/${action}`, note.trim() === '' ? {} : { note }),
};

// ---- Topics (chuyên đề): the system's (`site` null) and a site's ----
const topicsPath = (slug: string | null) => (slug === null ? `${ADMIN}/topics` : `${site(slug)}/topics`);

export const topicApi = {
  list: (slug: string | null) => request<TopicList>('GET', topicsPath(slug)),
  get: (slug: string | null, id: number) => request<TopicMemberList>('GET', `${topicsPath(slug)}/${id}`),
  create: (slug: string | null, input: TopicInputSent) => request<AdminTopic>('POST', topicsPath(slug), input),
  save: (slug: string | null, id: number, input: TopicInputSent) => request<AdminTopic>('PUT', `${topicsPath(slug)}/${id}`, input),
  add: (slug: string | null, id: number, articleId: number, note?: string) => request<TopicMemberList>('POST', `${topicsPath(slug)}/${id}/articles`, { articleId, ...(note ? { note } : {}) }),
  decide: (slug: string | null, id: number, articleId: number, decision: 'accept' | 'decline', note?: string) =>
    request<TopicMemberList>('POST', `${topicsPath(slug)}/${id}/articles/${articleId}/decision`, { decision, ...(note ? { note } : {}) }),
  remove: (slug: string | null, id: number, articleId: number) => request<void>('DELETE', `${topicsPath(slug)}/${id}/articles/${articleId}`),
};
