/**
 * Albums (Thư viện ảnh) in the editorial API: what an editor sends (an album with its
 * ordered items, a save against a base revision, a workflow transition) and what the
 * server answers (AdminAlbum, the list of a site's albums); and the public API's album.
 */
import { z } from 'zod';
import { ALBUM_TRANSITIONS } from '../albums/album-workflow.js';
import { checkVideoLink, MAX_VIDEO_URL, videoLinkRefused } from '../albums/video-hosts.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../text/slug.js';
import { transitionOfferSchema } from './articles.js';
import { idNumber, idString, MAX_ID, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

export const albumParams = z.object({ site: siteSlugString, id: idString });

export const MAX_ALBUM_TITLE = 200;
export const MAX_ALBUM_DESCRIPTION = 2000;
export const MAX_ALBUM_ITEMS = 200;
export const MAX_ITEM_CAPTION = 500;
export const MAX_ITEM_CREDIT = 200;

const SLUG_RULE = `Địa chỉ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: le-hoi-thong-nhat), tối đa ${MAX_SLUG_LENGTH} ký tự`;

export const albumSlugSchema = z
  .string({ invalid_type_error: SLUG_RULE })
  .trim()
  .min(1, SLUG_RULE)
  .max(MAX_SLUG_LENGTH, SLUG_RULE)
  .regex(SLUG_PATTERN, SLUG_RULE)
  .describe(`Phần cuối của địa chỉ /thu-vien-anh/{slug}. ${SLUG_RULE}`);

const caption = z.string().trim().max(MAX_ITEM_CAPTION, `Chú thích tối đa ${MAX_ITEM_CAPTION} ký tự`).default('');
const credit = z.string().trim().max(MAX_ITEM_CREDIT, `Tác giả/nguồn tối đa ${MAX_ITEM_CREDIT} ký tự`).default('');

export const ALBUM_ITEM_KINDS = ['photo', 'video_file', 'video_link'] as const;

/** One item as sent: a photo or an uploaded video of the site's library, or a link to an allowed host. */
export const albumItemInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('photo'), mediaId: idNumber, caption, credit }),
    z.object({ kind: z.literal('video_file'), mediaId: idNumber, caption, credit }),
    z.object({
      kind: z.literal('video_link'),
      url: z
        .string()
        .max(MAX_VIDEO_URL, videoLinkRefused)
        .transform((raw, ctx) => {
          const checked = checkVideoLink(raw);
          if (checked.ok) return checked.url;
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: checked.message });
          return z.NEVER;
        })
        .describe('Liên kết video https tới trang được phép (YouTube, truyền hình tỉnh, VTV…)'),
      caption,
      credit,
    }),
  ],
  { errorMap: () => ({ message: 'Mỗi mục là ảnh (photo), video tải lên (video_file) hoặc liên kết video (video_link)' }) },
);
export type AlbumItemInput = z.infer<typeof albumItemInputSchema>;

export const albumInputSchema = z.object({
  title: z.string().trim().min(1, 'Album cần có tiêu đề').max(MAX_ALBUM_TITLE, `Tiêu đề tối đa ${MAX_ALBUM_TITLE} ký tự`),
  description: z
    .string()
    .trim()
    .max(MAX_ALBUM_DESCRIPTION, `Mô tả tối đa ${MAX_ALBUM_DESCRIPTION} ký tự`)
    .default('')
    .describe('Giới thiệu album, văn bản thường; các đoạn cách nhau bằng một dòng trống'),
  slug: albumSlugSchema.optional(),
  coverMediaId: idNumber.nullable().default(null).describe('Ảnh bìa (một ảnh của album); để trống thì dùng ảnh đầu tiên'),
  items: z.array(albumItemInputSchema).max(MAX_ALBUM_ITEMS, `Một album có tối đa ${MAX_ALBUM_ITEMS} mục`).default([]),
});
export type AlbumInput = z.infer<typeof albumInputSchema>;

export const saveAlbumSchema = albumInputSchema.extend({
  baseRevision: z.number({ invalid_type_error: 'Thiếu phiên bản gốc' }).int().min(0).max(MAX_ID),
});
export type SaveAlbumInput = z.infer<typeof saveAlbumSchema>;

export const albumTransitionSchema = z.object({
  transition: z.enum(ALBUM_TRANSITIONS, { errorMap: () => ({ message: `Bước quy trình của album là một trong: ${ALBUM_TRANSITIONS.join(', ')}` }) }),
  note: z.string().max(2000, 'Ghi chú tối đa 2000 ký tự').optional(),
});
export type AlbumTransitionInput = z.infer<typeof albumTransitionSchema>;

// ---- Answers ----

/** One item as the server answers it: its media (the URL to show) or its link. */
export const albumItemSchema = z.object({
  kind: z.enum(ALBUM_ITEM_KINDS),
  mediaId: z.number().int().nullable(),
  url: z.string().describe('Địa chỉ của ảnh, tệp video hoặc liên kết video'),
  caption: z.string(),
  credit: z.string(),
  altText: z.string().nullable().describe('Mô tả ảnh trong thư viện (ảnh)'),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  mimeType: z.string().nullable(),
});
export type AlbumItem = z.infer<typeof albumItemSchema>;

export const adminAlbumSchema = z
  .object({
    id: z.number().int(),
    siteId: z.number().int(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    coverMediaId: z.number().int().nullable(),
    items: z.array(albumItemSchema),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    returnNote: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: sentInstant,
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
    path: z.string().describe('Đường dẫn công khai của album (/thu-vien-anh/{slug})'),
    publicUrl: z.string().nullable().describe('Địa chỉ công khai khi album đang được đăng'),
    allowedTransitions: z.array(transitionOfferSchema).describe('Các bước quy trình người này được làm tiếp'),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canChangeSlug: z.boolean(),
  })
  .describe('Một album ảnh, video với các mục, trạng thái và các thao tác được phép');
export type AdminAlbum = z.infer<typeof adminAlbumSchema>;

export const albumSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string(),
    path: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    revision: z.number().int(),
    itemCount: z.number().int(),
    updatedAt: sentInstant,
    publishedAt: sentInstant.nullable(),
  })
  .describe('Một dòng của danh sách album');
export type AlbumSummary = z.infer<typeof albumSummarySchema>;

export const albumListSchema = z.array(albumSummarySchema).describe('Các album của cổng, mới cập nhật trước');

// ---- Public API ----

export const publicAlbumSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  url: z.string().describe('Địa chỉ trang album'),
  coverUrl: z.string().nullable(),
  itemCount: z.number().int(),
  publishedAt: sentInstant,
});
export const publicAlbumListSchema = z
  .object({ site: z.string(), items: z.array(publicAlbumSummarySchema), page: z.number().int(), pages: z.number().int(), total: z.number().int() })
  .describe('Các album đã đăng của cổng, mới nhất trước');
export const publicAlbumSchema = publicAlbumSummarySchema.extend({ items: z.array(albumItemSchema) }).describe('Một album đã đăng với các ảnh, video');
export type PublicAlbumSummary = z.infer<typeof publicAlbumSummarySchema>;
export type PublicAlbum = z.infer<typeof publicAlbumSchema>;
