/**
 * What each reserved first path segment (RESERVED_PATH_SEGMENTS) is on every site, so
 * that a category or page refused that slug is told which service of the portal it
 * would clash with ("van-ban" → Văn bản). Pure: the contract and the services use it.
 */
import { RESERVED_PATH_SEGMENTS } from './paths.js';

/** The service behind each reserved segment, as a reader knows it. reserved-paths.test.ts checks that every segment is named. */
export const RESERVED_PATH_SERVICES: Readonly<Record<string, string>> = {
  trang: 'Trang thông tin',
  'so-do-trang': 'Sơ đồ cổng thông tin',
  tag: 'Thẻ tin bài',
  admin: 'Trang quản trị',
  api: 'Giao diện lập trình (API)',
  assets: 'Tệp giao diện',
  media: 'Tệp ảnh và tài liệu',
  healthz: 'Kiểm tra hoạt động',
  metrics: 'Số liệu vận hành',
  readyz: 'Kiểm tra sẵn sàng',
  'tim-kiem': 'Tìm kiếm',
  rss: 'Tin RSS',
  sitemap: 'Sơ đồ cho máy tìm kiếm',
  robots: 'Chỉ dẫn cho máy tìm kiếm',
  'giao-dien': 'Giao diện cổng',
  'van-ban': 'Văn bản',
  'hoi-dap': 'Hỏi đáp',
  'lay-y-kien': 'Lấy ý kiến',
  'lich-cong-tac': 'Lịch công tác',
  'danh-ba': 'Danh bạ',
  'cong-khai-thong-tin': 'Công khai thông tin',
  'chuyen-de': 'Chuyên đề',
  'thu-vien-anh': 'Thư viện ảnh',
  en: 'Trang tiếng Anh',
  'tin-dia-phuong': 'Tin từ các địa phương',
};

/** Whether `slug` is a first path segment the system keeps for itself. */
export function isReservedPath(slug: string): boolean {
  return RESERVED_PATH_SEGMENTS.has(slug);
}

/** The Vietnamese refusal for a reserved slug, naming the service it clashes with; undefined when the slug is free. */
export function reservedPathClash(slug: string): string | undefined {
  if (!isReservedPath(slug)) return undefined;
  const service = RESERVED_PATH_SERVICES[slug] ?? 'dịch vụ của hệ thống';
  return `Đường dẫn "${slug}" trùng với đường dẫn dịch vụ của cổng (${service}); hãy chọn đường dẫn khác.`;
}
