/** A site's media library in the editorial API: the list's filters, the upload's text fields, the Media object. */
import { z } from 'zod';
import { MAX_ID, pageOf, sentInstant, siteParams } from './common.js';
import { MEDIA_KINDS } from './domain.js';

/** Files a page of the library lists, newest first. */
export const MEDIA_PAGE_SIZE = 24;

export const mediaItemParams = siteParams.extend({
  id: z.coerce.number({ invalid_type_error: 'Mã tệp phải là số' }).int().positive('Mã tệp phải là số dương').max(MAX_ID, 'Mã tệp không hợp lệ'),
});
export const mediaListQuery = z.object({
  kind: z.enum(MEDIA_KINDS, { errorMap: () => ({ message: 'kind phải là "image", "document" hoặc "video"' }) }).optional(),
  page: z.coerce.number().int().min(1, 'Số trang bắt đầu từ 1').max(100_000).default(1),
});

/** The text parts of the multipart upload; the file itself is the part `file`. */
export const uploadFieldsSchema = z.object({
  altText: z.string().trim().max(500, 'Mô tả ảnh tối đa 500 ký tự').optional(),
  caption: z.string().trim().max(2000, 'Chú thích tối đa 2000 ký tự').optional(),
});
/** The name of the file part of the upload form. */
export const UPLOAD_FILE_FIELD = 'file';

export const mediaSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(MEDIA_KINDS),
    url: z.string(),
    originalName: z.string(),
    mimeType: z.string(),
    byteSize: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    altText: z.string().nullable(),
    caption: z.string().nullable(),
    variants: z.array(z.object({ width: z.number().int(), format: z.string(), url: z.string() })).describe('Các cỡ ảnh đã tạo sẵn'),
    createdAt: sentInstant,
  })
  .describe('Một tệp của thư viện');
export type Media = z.infer<typeof mediaSchema>;

export const mediaPageSchema = pageOf(mediaSchema).describe('Một trang thư viện tệp');
export type MediaPage = z.infer<typeof mediaPageSchema>;
