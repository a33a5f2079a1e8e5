/**
 * Accounts, site staff and the audit log in the editorial API (system and site
 * administrators): what they send and the rows they read.
 */
import { z } from 'zod';
import { USERNAME_PATTERN, USERNAME_RULE } from '../accounts/policy.js';
import { isVietnamDay } from '../time/vietnam-time.js';
import { MAX_ID, pageOf, sentInstant, siteParams } from './common.js';
import { roleGrantSchema } from './auth.js';
import { SITE_ROLES } from './domain.js';

export const accountIdSchema = z.coerce.number({ invalid_type_error: 'Mã tài khoản phải là số' }).int().positive('Mã tài khoản phải là số dương').max(MAX_ID);
export const pageNumberSchema = z.coerce.number({ invalid_type_error: 'Số trang phải là số' }).int().min(1, 'Số trang bắt đầu từ 1').max(100_000).default(1);

// ---- Users (system administrators) ----

export const USERS_PAGE_SIZE = 50;

export const usersListQuery = z.object({ q: z.string().trim().max(100).optional(), page: pageNumberSchema });
export const userParams = z.object({ id: accountIdSchema });
export const createUserSchema = z.object({
  username: z.string().max(100, USERNAME_RULE).trim().toLowerCase().regex(USERNAME_PATTERN, USERNAME_RULE),
  displayName: z.string().trim().min(1, 'Hãy nhập họ và tên').max(200, 'Tối đa 200 ký tự'),
  isSystemAdmin: z.boolean().default(false),
});

export const adminUserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    isSystemAdmin: z.boolean(),
    status: z.enum(['active', 'disabled']),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: sentInstant.nullable().describe('Khi đăng nhập đang bị tạm khóa sau nhiều lần sai'),
    createdAt: sentInstant,
    roles: z.array(roleGrantSchema),
  })
  .describe('Một tài khoản, như quản trị hệ thống thấy');
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserPageSchema = pageOf(adminUserSchema).describe('Một trang danh sách tài khoản');
export type AdminUserPage = z.infer<typeof adminUserPageSchema>;

export const createdUserSchema = z
  .object({ user: adminUserSchema, temporaryPassword: z.string().describe('Chỉ hiện một lần') })
  .describe('Tài khoản vừa tạo và mật khẩu tạm thời');
export type CreatedUser = z.infer<typeof createdUserSchema>;

export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string().describe('Chỉ hiện một lần') }).describe('Mật khẩu tạm thời mới');
export type TemporaryPassword = z.infer<typeof temporaryPasswordSchema>;

// ---- Staff of a site ----

export const memberParams = siteParams.extend({ userId: accountIdSchema });
export const roleInputSchema = z.object({
  role: z.enum(SITE_ROLES, { errorMap: () => ({ message: `Vai trò phải là một trong: ${SITE_ROLES.join(', ')}` }) }),
});

export const staffEntrySchema = z
  .object({
    userId: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(SITE_ROLES),
    roleLabel: z.string(),
    grantedAt: sentInstant.nullable(),
  })
  .describe('Một người có vai trò trên cổng');
export type StaffEntry = z.infer<typeof staffEntrySchema>;

export const staffListSchema = z.object({ items: z.array(staffEntrySchema) }).describe('Những người có vai trò trên cổng');
export type StaffList = z.infer<typeof staffListSchema>;

// ---- The audit log ----

export const AUDIT_PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day that exists ("2026-02-30" does not), in Vietnam time; or an instant. */
const moment = z
  .string()
  .max(40, 'Ngày phải có dạng YYYY-MM-DD')
  .trim()
  .refine((v) => (DATE.test(v) ? isVietnamDay(v) : !Number.isNaN(Date.parse(v))), 'Ngày phải có dạng YYYY-MM-DD')
  .optional();

export const auditQuery = z.object({
  action: z.string().trim().min(1).max(100).regex(/^[a-z_]+$/, 'Tên thao tác chỉ gồm chữ thường và dấu gạch dưới').optional(),
  actor: z.string().trim().min(1).max(100).optional(),
  from: moment,
  to: moment,
  page: pageNumberSchema,
});
/** The system-wide log can be narrowed to one site. */
export const systemAuditQuery = auditQuery.extend({ site: z.string().trim().min(1).max(100).optional() });

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: sentInstant,
    action: z.string(),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    siteId: z.number().int().nullable(),
    siteSlug: z.string().nullable(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.unknown().describe('Chi tiết của thao tác (JSON)'),
  })
  .describe('Một mục của nhật ký thao tác');
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageOf(auditEntrySchema).describe('Một trang nhật ký thao tác');
export type AuditPage = z.infer<typeof auditPageSchema>;
