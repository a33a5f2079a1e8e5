/**
 * Sites in the editorial API: the sites a person may work on, and a site's own
 * settings as its administrator edits them (names, contact footer, the agency and
 * person responsible, theme colour, public-service link, logo). The colour must keep
 * white text readable: a WCAG contrast of at least 4.5:1 against white, checked here
 * with the reason spelled out.
 */
import { z } from 'zod';
import { SITE_ROLES } from './domain.js';

export const SITE_KINDS = ['province', 'district', 'department', 'commune', 'other'] as const;
export const SITE_STATUSES = ['active', 'archived'] as const;

export const MIN_CONTRAST = 4.5;

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((shift) => {
    const c = ((n >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of white text on this colour (1 to 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const text = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự`);
const optionalText = (max: number) => text(max).nullable().default(null).transform((v) => (v === null || v === '' ? null : v));

export const siteSettingsSchema = z.object({
  name: text(200).min(1, 'Hãy nhập tên cổng thông tin'),
  shortName: text(100).min(1, 'Hãy nhập tên ngắn'),
  contact: z
    .object({
      address: text(300).default(''),
      email: text(200)
        .refine((v) => v === '' || z.string().email().safeParse(v).success, 'Địa chỉ thư điện tử không hợp lệ')
        .default(''),
      phone: text(50).regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -').default(''),
      footer: text(500).default(''),
    })
    .default({}),
  responsibleAgency: optionalText(300),
  responsiblePerson: optionalText(200),
  themeColor: z
    .string()
    .max(50, 'Màu chủ đạo phải có dạng #rrggbb, ví dụ #9b1c1c')
    .trim()
    .regex(HEX_COLOR, 'Màu chủ đạo phải có dạng #rrggbb, ví dụ #9b1c1c')
    .superRefine((value, ctx) => {
      const ratio = contrastWithWhite(value);
      if (ratio < MIN_CONTRAST) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Màu ${value} chỉ đạt độ tương phản ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 với chữ trắng; cần ít nhất ${MIN_CONTRAST}:1 để người đọc nhìn rõ. Hãy chọn màu đậm hơn.`,
        });
      }
    })
    .transform((v) => v.toLowerCase()),
  /** Empty or absent: the system's default link. */
  publicServiceUrl: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z
      .string()
      .trim()
      .max(500, 'Tối đa 500 ký tự')
      .superRefine((value, ctx) => {
        const url = URL.canParse(value) ? new URL(value) : undefined;
        if (url === undefined || url.hostname === '') {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Địa chỉ dịch vụ công phải là một URL đầy đủ, ví dụ https://dichvucong.quangtri.gov.vn' });
        } else if (url.protocol !== 'https:') {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Địa chỉ dịch vụ công phải dùng https://' });
        }
      })
      .nullable(),
  ),
  /** A picture of the site's media library; null removes the logo; absent keeps it. */
  logoMediaId: z.number({ invalid_type_error: 'Mã ảnh phải là số' }).int().positive().nullable().optional(),
});

export type SiteSettingsInput = z.infer<typeof siteSettingsSchema>;

/** The settings as the server answers them (GET and PUT …/settings). */
export const siteSettingsAnswerSchema = z
  .object({
    name: z.string(),
    shortName: z.string(),
    contact: z.object({ address: z.string(), email: z.string(), phone: z.string(), footer: z.string() }),
    responsibleAgency: z.string().nullable(),
    responsiblePerson: z.string().nullable(),
    themeColor: z.string(),
    publicServiceUrl: z.string().nullable(),
    logoMediaId: z.number().int().nullable(),
  })
  .describe('Cấu hình cổng');
export type SiteSettings = z.infer<typeof siteSettingsAnswerSchema>;

/** One site a person may work on, with their role there and what it lets them do. */
export const editorialSiteSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(SITE_KINDS),
  parentId: z.number().int().nullable(),
  status: z.enum(SITE_STATUSES),
  role: z.enum(SITE_ROLES).nullable().describe('Vai trò trên cổng; null với quản trị hệ thống không có vai trò riêng'),
  roleLabel: z.string().nullable(),
  actions: z.array(z.string()).describe('Các thao tác vai trò này được làm'),
});
export type EditorialSite = z.infer<typeof editorialSiteSchema>;

export const editorialSiteListSchema = z.array(editorialSiteSchema).describe('Các cổng mà người dùng được làm việc');
