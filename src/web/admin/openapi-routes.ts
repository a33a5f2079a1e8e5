/**
 * The editorial API (/api/v1/auth, /api/v1/admin) as data for the OpenAPI document:
 * each route with the very zod schemas its handler validates with (imported from the
 * route files, never copied), its success answer and the errors it can give.
 * src/web/api/editorial-openapi.test.ts checks this table against the routes Fastify
 * actually registers, both ways, so the two cannot drift apart.
 */
import { z } from 'zod';
import { articleInputSchema, saveInputSchema } from '../../editorial/article-input.js';
import { categoryInputSchema } from '../../editorial/categories-admin.js';
import { royaltyInputSchema } from '../../editorial/royalty.js';
import { MAX_INPUT_PIXELS } from '../../media/index.js';
import { siteSettingsSchema } from '../../sites/site-settings.js';
import { auditQuery, systemAuditQuery } from './accounts/audit-routes.js';
import { emailSchema } from './accounts/email-routes.js';
import { siteParams as accountSiteParams } from './accounts/http.js';
import { changeSchema } from './accounts/password-routes.js';
import { memberParams, roleSchema } from './accounts/staff-routes.js';
import { codeSchema, passwordSchema } from './accounts/totp-routes.js';
import { createSchema, listQuery as usersListQuery, userParams } from './accounts/users-routes.js';
import { transitionSchema } from './articles/article-routes.js';
import { categoryParams } from './articles/category-routes.js';
import { articleParams, siteParams as articleSiteParams } from './articles/context.js';
import { listQuery as articleListQuery } from './articles/overview-routes.js';
import { diffQuery, restoreBody, restoreParams, REVISION_LIST_LIMIT, revisionListQuery } from './articles/revision-routes.js';
import { reportQuery } from './articles/royalty-routes.js';
import { loginSchema } from './auth-routes.js';
import { itemParams as mediaItemParams, listQuery as mediaListQuery, siteParams as mediaSiteParams } from './media/media-routes.js';
import { fieldsSchema as uploadFieldsSchema } from './media/upload-form.js';

type ParamSchema = z.ZodObject<z.ZodRawShape>;

export const EDITORIAL_TAGS = {
  auth: 'Đăng nhập, xác thực hai lớp, mật khẩu, thư điện tử (phiên đăng nhập bằng cookie gp_session, khi chạy production là __Host-gp_session)',
  editorial: 'Biên tập: tin bài, quy trình duyệt, lịch sử phiên bản, nhuận bút, chuyên mục',
  media: 'Thư viện tệp (ảnh, tài liệu) của cổng',
  accounts: 'Tài khoản, nhân sự, cấu hình cổng và nhật ký thao tác',
} as const;

export type EditorialTag = keyof typeof EDITORIAL_TAGS;

/** Error statuses an editorial route can answer (besides 500, which any route may). */
export type EditorialErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

export interface EditorialRouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path template below /api/v1, e.g. /admin/sites/{site}/articles/{id}. */
  path: `/auth/${string}` | `/admin${string}`;
  operationId: string;
  tag: EditorialTag;
  /** In Vietnamese, from docs/editorial-api.md. */
  summary: string;
  description?: string;
  /** The schemas the handler validates its path parameters with (several when it checks them in steps). */
  params?: readonly ParamSchema[];
  query?: ParamSchema;
  /** The JSON body schema the handler validates with. */
  body?: z.ZodTypeAny;
  /** A multipart/form-data upload: one binary part `file` plus the text fields of this schema. */
  multipart?: { fileField: string; fields: ParamSchema };
  /** Whether a session cookie is needed: 'none' (login), 'optional' (logout), 'required'. */
  session: 'none' | 'optional' | 'required';
  success: {
    status: 200 | 201 | 204;
    description: string;
    /** A generic JSON body: an object or an array of objects (no zod schema exists for these answers). */
    body?: 'object' | 'array';
    /** Other media types the route can answer instead of JSON (e.g. the royalty report as CSV). */
    alternatives?: Record<string, { type: 'string'; contentMediaType?: string }>;
  };
  errors: readonly EditorialErrorStatus[];
  /** 409 carries the current and your version (stale baseRevision). */
  staleConflict?: boolean;
}

/** A CSRF header is needed on every state-changing request except login. */
export function needsCsrf(route: Pick<EditorialRouteDoc, 'method' | 'path'>): boolean {
  return route.method !== 'get' && route.path !== '/auth/login';
}

const SITE = '/admin/sites/{site}';
const ARTICLE = `${SITE}/articles/{id}`;
/** Every site route: bad path → 400, no session → 401, no role → 403, unknown site → 404. */
const onSite = [400, 401, 403, 404] as const;

export const editorialRoutes: readonly EditorialRouteDoc[] = [
  // Sessions, two-factor, passwords
  {
    method: 'post', path: '/auth/login', operationId: 'login', tag: 'auth', session: 'none',
    summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
    description: 'Đặt cookie gp_session (khi chạy production: __Host-gp_session, Secure). Phiên hết hạn sau 8 giờ, hoặc sau 30 phút không có yêu cầu nào. Khi tài khoản bật xác thực hai lớp, needsTotp là true và phiên chỉ dùng được cho POST /auth/totp, trong 5 phút. 429 khi tài khoản bị tạm khóa hoặc địa chỉ đăng nhập quá nhiều lần (kèm Retry-After).',
    body: loginSchema,
    success: { status: 200, description: '{ user, csrfToken, needsTotp }', body: 'object' },
    errors: [400, 401, 429],
  },
  {
    method: 'post', path: '/auth/totp', operationId: 'completeTotpSignIn', tag: 'auth', session: 'required',
    summary: 'Hoàn tất đăng nhập bằng mã TOTP hoặc mã khôi phục',
    description: 'Với phiên đang chờ xác thực hai lớp. Mã sai: 401 kèm số lần thử còn lại; lần sai thứ năm hủy phiên và khóa tài khoản (429). 409 khi phiên đã xác thực xong.',
    body: codeSchema,
    success: { status: 200, description: '{ user, csrfToken }', body: 'object' },
    errors: [400, 401, 403, 409, 429],
  },
  {
    method: 'post', path: '/auth/logout', operationId: 'logout', tag: 'auth', session: 'optional',
    summary: 'Đăng xuất (hủy phiên, xóa cookie)',
    success: { status: 204, description: 'Đã đăng xuất' },
    errors: [403],
  },
  {
    method: 'get', path: '/auth/me', operationId: 'getCurrentUser', tag: 'auth', session: 'required',
    summary: 'Người đang đăng nhập và mã chống giả mạo (CSRF) của phiên',
    success: { status: 200, description: '{ user, csrfToken }', body: 'object' },
    errors: [401],
  },
  {
    method: 'post', path: '/auth/password', operationId: 'changePassword', tag: 'auth', session: 'required',
    summary: 'Đổi mật khẩu của chính mình',
    description: 'Mật khẩu mới ít nhất 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Các phiên khác của người này kết thúc. Mật khẩu hiện tại sai được tính vào lần khóa tài khoản.',
    body: changeSchema,
    success: { status: 204, description: 'Đã đổi mật khẩu' },
    errors: [400, 401, 403, 429],
  },
  {
    method: 'put', path: '/auth/email', operationId: 'changeEmail', tag: 'auth', session: 'required',
    summary: 'Đổi địa chỉ thư điện tử của chính mình (cần mật khẩu hiện tại)',
    description: 'Mật khẩu hiện tại sai: 400 (trường currentPassword), được tính vào lần khóa tài khoản.',
    body: emailSchema,
    success: { status: 200, description: '{ email }', body: 'object' },
    errors: [400, 401, 403, 429],
  },
  {
    method: 'post', path: '/auth/totp/enroll', operationId: 'startTotpEnrolment', tag: 'auth', session: 'required',
    summary: 'Bắt đầu bật xác thực hai lớp (cần mật khẩu): tạo khóa bí mật mới (chưa có hiệu lực)',
    description: 'Mật khẩu sai: 400 (trường password), được tính vào lần khóa tài khoản.',
    body: passwordSchema,
    success: { status: 200, description: '{ secret, otpauthUrl, qrSvg }', body: 'object' },
    errors: [400, 401, 403, 409, 429],
  },
  {
    method: 'post', path: '/auth/totp/confirm', operationId: 'confirmTotpEnrolment', tag: 'auth', session: 'required',
    summary: 'Xác nhận bật xác thực hai lớp bằng mã đầu tiên; nhận mười mã khôi phục',
    body: codeSchema,
    success: { status: 200, description: '{ recoveryCodes: string[] } (chỉ hiện một lần)', body: 'object' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'post', path: '/auth/totp/recovery-codes', operationId: 'regenerateRecoveryCodes', tag: 'auth', session: 'required',
    summary: 'Tạo mười mã khôi phục mới thay cho các mã cũ (cần mật khẩu)',
    body: passwordSchema,
    success: { status: 200, description: '{ recoveryCodes: string[] } (chỉ hiện một lần)', body: 'object' },
    errors: [400, 401, 403, 409, 429],
  },
  {
    method: 'post', path: '/auth/totp/disable', operationId: 'disableTotp', tag: 'auth', session: 'required',
    summary: 'Tắt xác thực hai lớp (xóa cả các mã khôi phục)',
    body: passwordSchema,
    success: { status: 204, description: 'Đã tắt xác thực hai lớp' },
    errors: [400, 401, 403, 409, 429],
  },

  // Sites, dashboard, articles, workflow, history, royalty
  {
    method: 'get', path: '/admin/sites', operationId: 'listEditorialSites', tag: 'editorial', session: 'required',
    summary: 'Các cổng mà người dùng được làm việc',
    success: { status: 200, description: '[{ id, slug, name, shortName, kind, parentId, status, role, roleLabel, actions }]', body: 'array' },
    errors: [401, 403],
  },
  {
    method: 'get', path: `${SITE}/dashboard`, operationId: 'getDashboard', tag: 'editorial', session: 'required',
    summary: 'Bảng điều khiển: bản nháp của tôi, việc chờ tôi, tin hẹn giờ, việc quá hạn',
    params: [articleSiteParams],
    success: { status: 200, description: '{ myDrafts, waitingForMe, scheduled, overdue }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'get', path: `${SITE}/articles`, operationId: 'listEditorialArticles', tag: 'editorial', session: 'required',
    summary: 'Danh sách tin bài của cổng, có lọc và tìm kiếm (kể cả bản nháp)',
    params: [articleSiteParams], query: articleListQuery,
    success: { status: 200, description: '{ items: ArticleSummary[], total, page, pageSize }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'post', path: `${SITE}/articles`, operationId: 'createArticle', tag: 'editorial', session: 'required',
    summary: 'Tạo bản nháp tin bài mới',
    params: [articleSiteParams], body: articleInputSchema,
    success: { status: 201, description: 'AdminArticle vừa tạo', body: 'object' },
    errors: [...onSite, 409],
  },
  {
    method: 'get', path: ARTICLE, operationId: 'getEditorialArticle', tag: 'editorial', session: 'required',
    summary: 'Một tin bài với đầy đủ nội dung, trạng thái và các thao tác được phép',
    params: [articleSiteParams, articleParams],
    success: { status: 200, description: 'AdminArticle', body: 'object' },
    errors: onSite,
  },
  {
    method: 'put', path: ARTICLE, operationId: 'saveArticle', tag: 'editorial', session: 'required',
    summary: 'Lưu tin bài dựa trên một phiên bản (baseRevision)',
    description: '409 kèm current, yours và diff khi baseRevision không còn là phiên bản mới nhất; nội dung gửi lên chưa được lưu.',
    params: [articleSiteParams, articleParams], body: saveInputSchema,
    success: { status: 200, description: 'AdminArticle đã lưu', body: 'object' },
    errors: [...onSite, 409], staleConflict: true,
  },
  {
    method: 'delete', path: ARTICLE, operationId: 'deleteArticle', tag: 'editorial', session: 'required',
    summary: 'Xóa bản nháp tin bài',
    params: [articleSiteParams, articleParams],
    success: { status: 204, description: 'Đã xóa' },
    errors: [...onSite, 409],
  },
  {
    method: 'post', path: `${ARTICLE}/transitions`, operationId: 'transitionArticle', tag: 'editorial', session: 'required',
    summary: 'Chuyển trạng thái tin bài theo quy trình (gửi duyệt, trả lại, duyệt, đăng, hẹn giờ, gỡ, thu hồi…)',
    params: [articleSiteParams, articleParams], body: transitionSchema,
    success: { status: 200, description: 'AdminArticle sau khi chuyển trạng thái', body: 'object' },
    errors: [...onSite, 409],
  },
  {
    method: 'get', path: `${ARTICLE}/revisions`, operationId: 'listRevisions', tag: 'editorial', session: 'required',
    summary: `Các phiên bản của tin bài, mới nhất trước, tối đa ${REVISION_LIST_LIMIT} phiên bản mỗi lần (before: các phiên bản cũ hơn)`,
    params: [articleSiteParams, articleParams], query: revisionListQuery,
    success: { status: 200, description: '[{ number, authorId, authorName, createdAt, note }]', body: 'array' },
    errors: onSite,
  },
  {
    method: 'get', path: `${ARTICLE}/diff`, operationId: 'diffRevisions', tag: 'editorial', session: 'required',
    summary: 'Khác biệt từng từ giữa hai phiên bản của tin bài',
    params: [articleSiteParams, articleParams], query: diffQuery,
    success: { status: 200, description: '{ from, to, fields: [{ field, label, parts }] }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'post', path: `${ARTICLE}/revisions/{number}/restore`, operationId: 'restoreRevision', tag: 'editorial', session: 'required',
    summary: 'Khôi phục một phiên bản cũ (lưu thành phiên bản mới)',
    description: '409 kèm current, yours và diff khi baseRevision không còn là phiên bản mới nhất.',
    params: [articleSiteParams, articleParams, restoreParams], body: restoreBody,
    success: { status: 200, description: 'AdminArticle sau khi khôi phục', body: 'object' },
    errors: [...onSite, 409], staleConflict: true,
  },
  {
    method: 'put', path: `${ARTICLE}/royalty`, operationId: 'setArticleRoyalty', tag: 'editorial', session: 'required',
    summary: 'Đặt thể loại, hệ số, tin đăng lại và các tác giả hưởng nhuận bút của tin bài',
    params: [articleSiteParams, articleParams], body: royaltyInputSchema,
    success: { status: 200, description: '{ genre, coefficient, isReprint, authors }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'get', path: `${SITE}/royalty-report`, operationId: 'getRoyaltyReport', tag: 'editorial', session: 'required',
    summary: 'Báo cáo nhuận bút theo tháng, theo tác giả và tin bài (JSON, CSV hoặc XLSX)',
    params: [articleSiteParams], query: reportQuery,
    success: {
      status: 200,
      description: 'format=json: { site, month, from, to, lines, authors }; csv: UTF-8 có BOM; xlsx: bảng tính',
      body: 'object',
      alternatives: {
        'text/csv': { type: 'string' },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      },
    },
    errors: onSite,
  },

  // Categories
  {
    method: 'get', path: `${SITE}/categories`, operationId: 'listEditorialCategories', tag: 'editorial', session: 'required',
    summary: 'Chuyên mục của cổng',
    params: [articleSiteParams],
    success: { status: 200, description: '[{ id, name, slug, parentId, menuOrder, inMenu, description }]', body: 'array' },
    errors: onSite,
  },
  {
    method: 'get', path: `${SITE}/categories/{id}`, operationId: 'getEditorialCategory', tag: 'editorial', session: 'required',
    summary: 'Một chuyên mục của cổng',
    params: [articleSiteParams, categoryParams],
    success: { status: 200, description: '{ id, name, slug, parentId, menuOrder, inMenu, description }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'post', path: `${SITE}/categories`, operationId: 'createCategory', tag: 'editorial', session: 'required',
    summary: 'Tạo chuyên mục (409 khi slug đã dùng)',
    params: [articleSiteParams], body: categoryInputSchema,
    success: { status: 201, description: 'Chuyên mục vừa tạo', body: 'object' },
    errors: [...onSite, 409],
  },
  {
    method: 'put', path: `${SITE}/categories/{id}`, operationId: 'updateCategory', tag: 'editorial', session: 'required',
    summary: 'Sửa chuyên mục (slug mới để lại chuyển hướng 301)',
    params: [articleSiteParams, categoryParams], body: categoryInputSchema,
    success: { status: 200, description: 'Chuyên mục đã lưu', body: 'object' },
    errors: [...onSite, 409],
  },
  {
    method: 'delete', path: `${SITE}/categories/{id}`, operationId: 'deleteCategory', tag: 'editorial', session: 'required',
    summary: 'Xóa chuyên mục trống (409 khi còn tin bài hoặc chuyên mục con)',
    params: [articleSiteParams, categoryParams],
    success: { status: 204, description: 'Đã xóa' },
    errors: [...onSite, 409],
  },

  // Media library
  {
    method: 'get', path: `${SITE}/media`, operationId: 'listMedia', tag: 'media', session: 'required',
    summary: 'Thư viện tệp của cổng, mới nhất trước, 24 tệp mỗi trang',
    params: [mediaSiteParams], query: mediaListQuery,
    success: { status: 200, description: '{ items: Media[], total, page, pageSize }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'post', path: `${SITE}/media`, operationId: 'uploadMedia', tag: 'media', session: 'required',
    summary: 'Tải lên một tệp (ảnh JPEG, PNG, WebP, GIF; tài liệu PDF, DOCX, XLSX)',
    description: `Loại tệp đọc từ nội dung tệp. 413 khi tệp quá lớn (MEDIA_MAX_BYTES) hoặc ảnh quá ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh (đọc từ phần đầu tệp, trước khi giải nén), 415 khi không phải multipart hoặc loại tệp không được hỗ trợ, 400 khi thiếu tệp, ảnh hỏng hoặc ảnh thiếu mô tả (altText).`,
    params: [mediaSiteParams], multipart: { fileField: 'file', fields: uploadFieldsSchema },
    success: { status: 201, description: 'Media vừa tải lên', body: 'object' },
    errors: [...onSite, 413, 415],
  },
  {
    method: 'delete', path: `${SITE}/media/{id}`, operationId: 'deleteMedia', tag: 'media', session: 'required',
    summary: 'Xóa tệp và mọi biến thể (409 khi đang được sử dụng)',
    params: [mediaItemParams],
    success: { status: 204, description: 'Đã xóa' },
    errors: [...onSite, 409],
  },

  // Site settings, staff, audit
  {
    method: 'get', path: `${SITE}/settings`, operationId: 'getSiteSettings', tag: 'accounts', session: 'required',
    summary: 'Cấu hình cổng: tên, liên hệ, cơ quan chịu trách nhiệm, màu chủ đạo, biểu trưng',
    params: [accountSiteParams],
    success: { status: 200, description: 'SiteSettings', body: 'object' },
    errors: onSite,
  },
  {
    method: 'put', path: `${SITE}/settings`, operationId: 'saveSiteSettings', tag: 'accounts', session: 'required',
    summary: 'Lưu cấu hình cổng (trang công khai đổi ngay từ yêu cầu sau)',
    params: [accountSiteParams], body: siteSettingsSchema,
    success: { status: 200, description: 'SiteSettings đã lưu', body: 'object' },
    errors: onSite,
  },
  {
    method: 'get', path: `${SITE}/staff`, operationId: 'listStaff', tag: 'accounts', session: 'required',
    summary: 'Những người có vai trò trên cổng',
    params: [accountSiteParams],
    success: { status: 200, description: '{ items: StaffEntry[] }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'put', path: `${SITE}/staff/{userId}`, operationId: 'setStaffRole', tag: 'accounts', session: 'required',
    summary: 'Cấp hoặc đổi vai trò của một người trên cổng',
    params: [memberParams], body: roleSchema,
    success: { status: 200, description: 'StaffEntry', body: 'object' },
    errors: [...onSite, 409],
  },
  {
    method: 'delete', path: `${SITE}/staff/{userId}`, operationId: 'removeStaffRole', tag: 'accounts', session: 'required',
    summary: 'Thu hồi vai trò của một người trên cổng (404 khi người đó không có vai trò)',
    params: [memberParams],
    success: { status: 204, description: 'Đã thu hồi' },
    errors: [...onSite, 409],
  },
  {
    method: 'get', path: `${SITE}/audit`, operationId: 'listSiteAudit', tag: 'accounts', session: 'required',
    summary: 'Nhật ký thao tác của cổng, mới nhất trước, 50 mục mỗi trang',
    params: [accountSiteParams], query: auditQuery,
    success: { status: 200, description: '{ items: AuditEntry[], total, page, pageSize }', body: 'object' },
    errors: onSite,
  },
  {
    method: 'get', path: '/admin/users', operationId: 'listUsers', tag: 'accounts', session: 'required',
    summary: 'Danh sách tài khoản (chỉ quản trị hệ thống)',
    query: usersListQuery,
    success: { status: 200, description: '{ items: AdminUser[], total, page, pageSize }', body: 'object' },
    errors: [400, 401, 403],
  },
  {
    method: 'post', path: '/admin/users', operationId: 'createUser', tag: 'accounts', session: 'required',
    summary: 'Tạo tài khoản với mật khẩu tạm thời (chỉ quản trị hệ thống; 409 khi tên đã dùng)',
    body: createSchema,
    success: { status: 201, description: '{ user: AdminUser, temporaryPassword } (mật khẩu chỉ hiện một lần)', body: 'object' },
    errors: [400, 401, 403, 409],
  },
  {
    method: 'post', path: '/admin/users/{id}/reset-password', operationId: 'resetUserPassword', tag: 'accounts', session: 'required',
    summary: 'Đặt lại mật khẩu tạm thời cho một tài khoản; mọi phiên của người đó kết thúc',
    params: [userParams],
    success: { status: 200, description: '{ temporaryPassword } (chỉ hiện một lần)', body: 'object' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get', path: '/admin/audit', operationId: 'listAudit', tag: 'accounts', session: 'required',
    summary: 'Toàn bộ nhật ký thao tác, kể cả đăng nhập (chỉ quản trị hệ thống)',
    query: systemAuditQuery,
    success: { status: 200, description: '{ items: AuditEntry[], total, page, pageSize }', body: 'object' },
    errors: [400, 401, 403, 404],
  },
];

/**
 * The error body every editorial route sends (web/error-handling.tsx, for HttpError and
 * ValidationError alike): problem details with `errors` naming each bad field on a 400.
 */
export const editorialProblemSchema = z
  .object({
    type: z.literal('about:blank'),
    title: z.string().describe('Tiêu đề ngắn bằng tiếng Việt'),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe('Giải thích bằng tiếng Việt'),
    instance: z.string().describe('Đường dẫn của yêu cầu, không có query'),
    errors: z
      .array(z.object({ field: z.string().describe('Tên trường (đường dẫn nối bằng dấu chấm), có thể rỗng'), message: z.string() }))
      .optional()
      .describe('Chỉ với lỗi dữ liệu (400): mỗi trường sai một mục'),
  })
  .describe('Lỗi của API biên tập (RFC 9457)');

/** The 409 of a save against a stale baseRevision (articles/article-routes.ts sendStale). */
export const articleConflictSchema = editorialProblemSchema
  .omit({ errors: true })
  .extend({
    current: z.record(z.unknown()).describe('AdminArticle như đang lưu'),
    yours: z.record(z.unknown()).describe('ArticleInput & { baseRevision } đã gửi (bodyHtml đã làm sạch); chưa được lưu'),
    diff: z.object({ fields: z.array(z.record(z.unknown())) }).describe('Khác biệt từ current đến yours'),
  })
  .describe('Tin bài đã thay đổi trong lúc sửa');
