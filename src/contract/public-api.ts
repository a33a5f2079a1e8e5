/**
 * The public read API's answers (/api/v1/sites, /categories, /articles, /search): the
 * handlers are typed by these schemas and the OpenAPI document is generated from them.
 */
import { z } from 'zod';
import { SEARCH_KIND_NAMES, SEARCH_KINDS } from '../search/kinds.js';
import { SITE_KINDS, SITE_STATUSES } from './sites.js';

const instant = z.string().datetime().describe('Thời điểm theo UTC, ISO 8601, ví dụ 2022-11-16T09:21:00.000Z');
const localInstant = z
  .string()
  .datetime({ offset: true })
  .describe('Cùng thời điểm theo giờ Việt Nam (Asia/Ho_Chi_Minh), ví dụ 2022-11-16T16:21:00+07:00');
const absoluteUrl = z.string().url();

export const siteSchema = z
  .object({
    slug: z.string().describe('Mã cổng, dùng trong /api/v1/sites/{slug} và tên miền {slug}.localhost'),
    kind: z.enum(SITE_KINDS).describe('Cấp: tỉnh, huyện, sở ngành, xã, khác'),
    parent: z.string().nullable().describe('Mã cổng cấp trên; null với cổng tỉnh'),
    name: z.string().describe('Tên đầy đủ'),
    shortName: z.string().describe('Tên ngắn'),
    url: absoluteUrl.describe('Địa chỉ gốc (origin) của cổng'),
    status: z.enum(SITE_STATUSES).describe('active: đang hoạt động; archived: đã ngừng cập nhật, chỉ lưu trữ'),
    successor: z.string().nullable().describe('Mã cổng kế thừa khi cổng này đã sáp nhập; null nếu không có'),
  })
  .describe('Một cổng thông tin của hệ thống');

export const siteListSchema = z.object({ items: z.array(siteSchema) }).describe('Mọi cổng thông tin của hệ thống, theo thứ tự hiển thị');

export const categorySchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    parent: z.string().nullable().describe('Mã chuyên mục cha; null với chuyên mục gốc'),
    depth: z.number().int().min(0).describe('Độ sâu trong cây, 0 với chuyên mục gốc'),
    url: absoluteUrl.describe('Trang chuyên mục trên cổng'),
  })
  .describe('Một chuyên mục');

export const categoryListSchema = z
  .object({ site: z.string().describe('Mã cổng hiện tại'), items: z.array(categorySchema) })
  .describe('Chuyên mục của cổng hiện tại theo thứ tự cây (cha trước con, theo thứ tự menu)');

const categoryRefSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string() }).describe('Chuyên mục chính');

const articleFields = {
  id: z.number().int().min(1),
  site: z.string().describe('Mã cổng đăng tin'),
  slug: z.string(),
  title: z.string(),
  lead: z.string().describe('Sapo (tóm tắt), văn bản thuần'),
  category: categoryRefSchema,
  publishedAt: instant,
  publishedAtLocal: localInstant,
  updatedAt: instant,
  url: absoluteUrl.describe('Địa chỉ chính thức (canonical) của tin bài'),
  featuredImageUrl: absoluteUrl.nullable().describe('Ảnh đại diện; null nếu không có'),
};

export const articleSummarySchema = z.object(articleFields).describe('Tóm tắt một tin bài đã đăng');

export const articleListSchema = z
  .object({
    items: z.array(articleSummarySchema),
    nextCursor: z.string().nullable().describe('Giá trị "cursor" để lấy trang sau; null khi đã hết'),
  })
  .describe('Một trang tin bài, mới nhất trước');

export const articleSchema = z
  .object({
    ...articleFields,
    bodyHtml: z.string().describe('Nội dung HTML đã được làm sạch theo danh sách cho phép khi lưu'),
    author: z.string().nullable().describe('Bút danh tác giả'),
    source: z.string().nullable().describe('Nguồn tin'),
    featuredImage: z
      .object({
        url: absoluteUrl,
        alt: z.string(),
        caption: z.string().nullable(),
        width: z.number().int().nullable(),
        height: z.number().int().nullable(),
      })
      .nullable()
      .describe('Ảnh đại diện và chú thích; null nếu không có'),
    attachments: z
      .array(z.object({ url: absoluteUrl, name: z.string(), mimeType: z.string(), size: z.number().int().min(0) }))
      .describe('Tệp đính kèm'),
  })
  .describe('Một tin bài đã đăng, đầy đủ nội dung');

/** The kinds of content search finds, as the API names them (search/kinds.ts). */
export const SEARCH_TYPE_DESCRIPTION = `loại nội dung: ${SEARCH_KINDS.map((k) => `"${k.kind}" (${k.label.toLowerCase()})`).join(', ')}`;
export { SEARCH_KIND_NAMES };

export const searchHitSchema = z
  .object({
    type: z.enum(SEARCH_KIND_NAMES).describe(SEARCH_TYPE_DESCRIPTION),
    id: z.number().int(),
    site: z.string().describe('Mã cổng chứa kết quả'),
    title: z.string(),
    titleHtml: z.string().describe('Tiêu đề với từ khớp trong <mark>, phần còn lại đã thoát HTML'),
    snippetHtml: z.string().describe('Đoạn trích với từ khớp trong <mark>, phần còn lại đã thoát HTML'),
    url: absoluteUrl,
    publishedAt: instant.nullable(),
    publishedAtLocal: localInstant.nullable(),
    categoryName: z.string().nullable(),
  })
  .describe('Một kết quả tìm kiếm');

export const searchResultSchema = z
  .object({
    items: z.array(searchHitSchema),
    total: z.number().int().min(0),
    totalCapped: z
      .boolean()
      .describe('true khi có nhiều kết quả hơn total: việc đếm dừng ở total (1.000), trang hiển thị "Hơn 1.000 kết quả"; false khi total là số kết quả chính xác'),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    foldedQuery: z.string().describe('Từ khóa sau khi bỏ dấu, để gợi ý khi không có kết quả'),
    nearMatches: z
      .array(searchHitSchema)
      .describe(
        'Kết quả gần đúng: khi không có kết quả nào (total = 0), tối đa 5 nội dung có tiêu đề gần giống từ khóa (gõ nhầm, thiếu chữ), giống nhất trước, cùng các bộ lọc; nếu có kết quả thì là mảng rỗng',
      ),
  })
  .describe('Kết quả tìm kiếm, xếp theo mức liên quan');

export const openApiDocumentSchema = z
  .object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }).passthrough(), paths: z.record(z.unknown()) })
  .passthrough()
  .describe('Tài liệu OpenAPI 3.1 của API này');

export type SiteDto = z.infer<typeof siteSchema>;
export type CategoryDto = z.infer<typeof categorySchema>;
export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;
export type ArticleDto = z.infer<typeof articleSchema>;
export type SearchHitDto = z.infer<typeof searchHitSchema>;
