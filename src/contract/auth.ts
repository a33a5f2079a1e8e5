/**
 * Signing in and a person's own account in the editorial API: log in, two-factor
 * steps, password and e-mail change, and the user object every sign-in answers with.
 */
import { z } from 'zod';
import { SITE_ROLES } from './domain.js';

/** The longest e-mail address accepted (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'Hãy nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Hãy nhập mật khẩu').max(1000),
});

export const codeSchema = z.object({ code: z.string().trim().min(1, 'Hãy nhập mã xác thực').max(64, 'Mã quá dài') });
export const passwordSchema = z.object({ password: z.string({ required_error: 'Hãy nhập mật khẩu' }).min(1, 'Hãy nhập mật khẩu').max(1000) });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại').max(1000),
  newPassword: z.string().min(1, 'Hãy nhập mật khẩu mới').max(1000),
});

export const changeEmailSchema = z.object({
  currentPassword: z.string({ required_error: 'Hãy nhập mật khẩu hiện tại' }).min(1, 'Hãy nhập mật khẩu hiện tại').max(1000),
  email: z.string({ required_error: 'Hãy nhập địa chỉ thư điện tử' }).trim().min(1, 'Hãy nhập địa chỉ thư điện tử').max(EMAIL_MAX_LENGTH, `Tối đa ${EMAIL_MAX_LENGTH} ký tự`),
});

export const roleGrantSchema = z.object({ siteId: z.number().int(), siteSlug: z.string(), siteName: z.string(), role: z.enum(SITE_ROLES) });
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const sessionUserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    isSystemAdmin: z.boolean(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean().describe('Sau khi quản trị đặt lại mật khẩu: mọi đường dẫn /admin trả 403 cho đến khi đổi mật khẩu'),
    roles: z.array(roleGrantSchema),
  })
  .describe('Người đang đăng nhập');
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionAnswerSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() }).describe('Người đăng nhập và mã chống giả mạo của phiên');
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

export const loginAnswerSchema = sessionAnswerSchema.extend({ needsTotp: z.boolean() }).describe('Kết quả đăng nhập');
export type LoginAnswer = z.infer<typeof loginAnswerSchema>;

export const totpEnrolmentSchema = z
  .object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string().describe('Một tài liệu SVG độc lập (hiển thị như ảnh)') })
  .describe('Khóa bí mật mới, chưa có hiệu lực');
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) }).describe('Mã khôi phục, chỉ hiện một lần');
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const emailAnswerSchema = z.object({ email: z.string() }).describe('Địa chỉ thư điện tử đã lưu');
export type EmailAnswer = z.infer<typeof emailAnswerSchema>;
