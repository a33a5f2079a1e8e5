/**
 * Archiving and merging sites in the editorial API (system administrators only):
 * the request bodies and the answers. 'serve': the archived site keeps serving every
 * URL itself, read-only, with a banner naming its successor; 'redirect': its content
 * moves to the successor (a merge) and each of its URLs answers 301 to the new place.
 */
import { z } from 'zod';
import { adminSiteSchema } from './sites.js';
import { siteSlugString } from './common.js';

export const ARCHIVE_MODES = ['serve', 'redirect'] as const;
export type ArchiveMode = (typeof ARCHIVE_MODES)[number];

export const ARCHIVE_MODE_LABELS: Record<ArchiveMode, string> = {
  serve: 'Giữ nguyên mọi địa chỉ (chỉ xem)',
  redirect: 'Chuyển nội dung sang cổng kế thừa và chuyển hướng (301) mọi địa chỉ',
};

export const archiveSiteSchema = z
  .object({
    mode: z.enum(ARCHIVE_MODES, { errorMap: () => ({ message: 'Cách lưu trữ phải là "serve" (giữ nguyên địa chỉ) hoặc "redirect" (chuyển hướng về cổng kế thừa)' }) }),
    successor: siteSlugString.nullable().default(null).describe('Mã cổng kế thừa; bắt buộc khi mode là redirect'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.mode === 'redirect' && value.successor === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['successor'], message: 'Hãy chọn cổng kế thừa: nội dung và mọi địa chỉ sẽ chuyển về cổng đó.' });
    }
  })
  .describe('Lưu trữ cổng: cách lưu trữ và cổng kế thừa');
export type ArchiveSiteInput = z.infer<typeof archiveSiteSchema>;

export const mergeSiteSchema = z
  .object({ into: siteSlugString.describe('Mã cổng nhận nội dung (đang hoạt động)') })
  .strict()
  .describe('Sáp nhập cổng vào cổng khác');
export type MergeSiteInput = z.infer<typeof mergeSiteSchema>;

export const mergeCountsSchema = z
  .object({
    categoriesMoved: z.number().int(),
    categoriesJoined: z.number().int(),
    tagsMoved: z.number().int(),
    tagsJoined: z.number().int(),
    articles: z.number().int(),
    pages: z.number().int(),
    media: z.number().int(),
    legalDocuments: z.number().int(),
    questions: z.number().int(),
    consultations: z.number().int(),
    albums: z.number().int(),
    scheduleWeeks: z.number().int(),
    scheduleWeeksKept: z.number().int(),
    directoryEntries: z.number().int(),
    topics: z.number().int().describe('Chuyên đề riêng của cổng cũ'),
    renamed: z.number().int().describe('Mục phải đổi đường dẫn vì cổng nhận đã dùng'),
    redirects: z.number().int().describe('Đường dẫn cũ được ghi lại để chuyển hướng'),
  })
  .describe('Số mục đã chuyển sang cổng nhận');
export type MergeCounts = z.infer<typeof mergeCountsSchema>;

export const archivedSiteSchema = z
  .object({
    site: adminSiteSchema,
    mode: z.enum(ARCHIVE_MODES),
    successor: z.string().nullable(),
    moved: mergeCountsSchema.nullable().describe('Số mục đã chuyển khi sáp nhập; null khi chỉ lưu trữ'),
  })
  .describe('Cổng đã lưu trữ');
export type ArchivedSite = z.infer<typeof archivedSiteSchema>;
