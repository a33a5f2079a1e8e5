/**
 * Sites in the editorial API: the sites a person may work on, and a site's own
 * settings as its administrator edits them (names, contact footer, the agency and
 * person responsible, theme colour, public-service link, logo). The colour must keep
 * white text readable: a WCAG contrast of at least 4.5:1 against white, checked here
 * with the reason spelled out.
 */
import { z } from 'zod';
import { idNumber } from './common.js';
import { SITE_KIND_LABELS, SITE_ROLES } from './domain.js';

export { SITE_KIND_LABELS };

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

/** The contact lines of a site's footer. */
export const siteContactInputSchema = z
  .object({
    address: text(300).default(''),
    email: text(200)
      .refine((v) => v === '' || z.string().email().safeParse(v).success, 'Địa chỉ thư điện tử không hợp lệ')
      .default(''),
    phone: text(50).regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -').default(''),
    footer: text(500).default(''),
  })
  .default({});

/** The theme colour: #rrggbb, dark enough for white text (WCAG contrast of at least 4.5:1). */
export const themeColorSchema = z
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
  .transform((v) => v.toLowerCase());

export const MAX_HOME_BLOCKS = 20;

/**
 * The categories whose blocks the home page shows, in order: any categories of the site,
 * each once (a repeat is dropped). Null or empty: the top-level categories in menu order.
 */
export const homeBlocksSchema = z
  .array(idNumber, { invalid_type_error: 'Khối chuyên mục trên trang chủ phải là danh sách mã chuyên mục' })
  .max(MAX_HOME_BLOCKS, `Trang chủ hiện tối đa ${MAX_HOME_BLOCKS} khối chuyên mục`)
  .nullable()
  .transform((list) => (list === null || list.length === 0 ? null : [...new Set(list)]))
  .describe('Mã các chuyên mục có khối trên trang chủ, theo thứ tự hiện; null hoặc rỗng: các chuyên mục cấp một theo thứ tự trong menu');

export const siteSettingsSchema = z.object({
  name: text(200).min(1, 'Hãy nhập tên cổng thông tin'),
  shortName: text(100).min(1, 'Hãy nhập tên ngắn'),
  contact: siteContactInputSchema,
  responsibleAgency: optionalText(300),
  responsiblePerson: optionalText(200),
  themeColor: themeColorSchema,
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
  /** Absent keeps the blocks as they are. */
  homeBlocks: homeBlocksSchema.optional(),
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
    homeBlocks: z
      .array(z.number().int())
      .nullable()
      .describe('Mã các chuyên mục có khối trên trang chủ, theo thứ tự; null: các chuyên mục cấp một theo thứ tự trong menu'),
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

/*
 * Creating and changing sites (system administrators only). The slug names the site in
 * `{slug}.localhost` and in the admin's paths, so it is a DNS label and never changes.
 */


export const SITE_SLUG_RULE = 'Mã cổng gồm 2–50 ký tự: chữ thường a–z, chữ số và dấu gạch ngang (không ở đầu hay cuối), ví dụ camlo hoặc so-tu-phap.';
export const MAX_HOSTNAMES = 10;

const SLUG_CHARS = /^[a-z0-9-]{2,50}$/;
const LABEL_CHARS = /^[a-z0-9-]{1,63}$/;
const DIGITS = /^[0-9]+$/;

/** Why a slug is refused, or undefined when it is good. */
export function siteSlugProblem(slug: string): string | undefined {
  return SLUG_CHARS.test(slug) && !slug.startsWith('-') && !slug.endsWith('-') ? undefined : SITE_SLUG_RULE;
}

/**
 * Why a public hostname is refused, or undefined when it is a good one: a lower-case DNS
 * name of two labels or more, without scheme, port or path; not an IP address, and not
 * `localhost` (every site already answers at `{slug}.localhost`).
 */
export function hostnameProblem(host: string): string | undefined {
  if (host.includes('://') || host.includes('/') || host.includes(':')) {
    return `Tên miền "${host}" chỉ gồm tên máy, không kèm giao thức (https://), cổng (:8080) hay đường dẫn; ví dụ camlo.quangtri.gov.vn.`;
  }
  const labels = host.split('.');
  const wellFormed =
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => LABEL_CHARS.test(l) && !l.startsWith('-') && !l.endsWith('-')) &&
    !DIGITS.test(labels[labels.length - 1] ?? '');
  if (!wellFormed) return `Tên miền "${host}" không hợp lệ: cần dạng camlo.quangtri.gov.vn (chữ thường a–z, chữ số, dấu gạch ngang, các phần cách nhau bằng dấu chấm).`;
  if (labels[labels.length - 1] === 'localhost') return `Tên miền "${host}" không dùng được: mọi cổng đã có sẵn địa chỉ {mã cổng}.localhost.`;
  return undefined;
}

const siteSlugSchema = z
  .string({ required_error: 'Hãy nhập mã cổng', invalid_type_error: SITE_SLUG_RULE })
  .max(100, SITE_SLUG_RULE)
  .trim()
  .superRefine((value, ctx) => {
    const problem = siteSlugProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

const hostnameSchema = z
  .string({ invalid_type_error: 'Tên miền phải là chuỗi ký tự' })
  .max(300, 'Tên miền quá dài')
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = hostnameProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** What a system administrator gives for a site, on creation and on change alike. */
const siteFields = {
  name: text(200).min(1, 'Hãy nhập tên cổng thông tin'),
  /** Absent or empty: the name. */
  shortName: text(100).default(''),
  kind: z.enum(SITE_KINDS, { errorMap: () => ({ message: 'Loại cổng phải là một trong: province, district, department, commune, other' }) }),
  /** The slug of the parent site; null (or absent) only for the one root site, the province. */
  parent: z
    .string({ invalid_type_error: 'Cổng cấp trên phải là mã cổng' })
    .max(100, 'Không có cổng cấp trên này')
    .trim()
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  hostnames: z
    .array(hostnameSchema, { invalid_type_error: 'Tên miền phải là một danh sách' })
    .max(MAX_HOSTNAMES, `Tối đa ${MAX_HOSTNAMES} tên miền cho một cổng`)
    .default([])
    .transform((list) => [...new Set(list)]),
  contact: siteContactInputSchema,
  responsibleAgency: optionalText(300),
  responsiblePerson: optionalText(200),
  themeColor: themeColorSchema.default('#0b4f8a'),
};

export const createSiteSchema = z.object({ slug: siteSlugSchema, ...siteFields }).describe('Cổng mới');
export type CreateSiteInput = z.infer<typeof createSiteSchema>;

export const updateSiteSchema = z.object(siteFields).describe('Thông tin cổng (mã cổng không đổi)');
export type UpdateSiteInput = z.infer<typeof updateSiteSchema>;

/** A site as the system administrator's list and forms show it. */
export const adminSiteSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(SITE_KINDS),
    parent: z.string().nullable().describe('Mã cổng cấp trên; null với cổng gốc'),
    hostnames: z.array(z.string()),
    contact: z.object({ address: z.string(), email: z.string(), phone: z.string(), footer: z.string() }),
    responsibleAgency: z.string().nullable(),
    responsiblePerson: z.string().nullable(),
    themeColor: z.string(),
    status: z.enum(SITE_STATUSES),
  })
  .describe('Cổng thông tin (quản trị hệ thống)');
export type AdminSite = z.infer<typeof adminSiteSchema>;

export const adminSiteListSchema = z.array(adminSiteSchema).describe('Mọi cổng của hệ thống');

/** The answer to creating a site: the site and the categories its template gave it. */
export const createdSiteSchema = z
  .object({ site: adminSiteSchema, categories: z.array(z.string()).describe('Tên các chuyên mục tạo theo mẫu của loại cổng') })
  .describe('Cổng vừa tạo');
export type CreatedSite = z.infer<typeof createdSiteSchema>;
