/**
 * A site's own settings as its administrator edits them: names, contact footer, the
 * agency and person responsible (shown in the footer, as the law asks), theme colour,
 * public-service link and logo. The colour must keep white text readable: a WCAG
 * contrast of at least 4.5:1 against white, checked here with the reason spelled out.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { Site } from './site.js';

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

export interface SiteSettings {
  name: string;
  shortName: string;
  contact: { address: string; email: string; phone: string; footer: string };
  responsibleAgency: string | null;
  responsiblePerson: string | null;
  themeColor: string;
  publicServiceUrl: string | null;
  logoMediaId: number | null;
}

export function settingsOf(site: Site, logoMediaId: number | null): SiteSettings {
  return {
    name: site.name,
    shortName: site.shortName,
    contact: {
      address: site.contact.address ?? '',
      email: site.contact.email ?? '',
      phone: site.contact.phone ?? '',
      footer: site.contact.footer ?? '',
    },
    responsibleAgency: site.responsibleAgency,
    responsiblePerson: site.responsiblePerson,
    themeColor: site.themeColor,
    publicServiceUrl: site.publicServiceUrl,
    logoMediaId,
  };
}

/** The names of the fields that differ (contact fields as contact.email …). */
export function changedFields(before: SiteSettings, after: SiteSettings): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(before) as (keyof SiteSettings)[]) {
    if (key === 'contact') {
      for (const c of Object.keys(before.contact) as (keyof SiteSettings['contact'])[]) {
        if (before.contact[c] !== after.contact[c]) changed.push(`contact.${c}`);
      }
    } else if (before[key] !== after[key]) {
      changed.push(key);
    }
  }
  return changed;
}

/** Writes the settings to the sites row; `logoPath` undefined leaves the logo as it is. */
export async function saveSiteSettings(db: Kysely<Database>, siteId: number, s: SiteSettings, logoPath: string | null | undefined, now = new Date()): Promise<void> {
  await db
    .updateTable('sites')
    .set({
      name: s.name,
      short_name: s.shortName,
      contact: JSON.stringify(s.contact),
      responsible_agency: s.responsibleAgency,
      responsible_person: s.responsiblePerson,
      theme_color: s.themeColor,
      public_service_url: s.publicServiceUrl,
      ...(logoPath === undefined ? {} : { logo_path: logoPath }),
      updated_at: now.toISOString(),
    })
    .where('id', '=', siteId)
    .execute();
}
