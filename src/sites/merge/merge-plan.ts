/**
 * What merging a site into another does with each table that belongs to a site: the
 * one list a reviewer reads, and the compiler's check that it is complete. A table
 * with a `site_id` (or `…_site_id`) column added to the schema does not compile until it is named here
 * (site-tables.test.ts checks the same against the expected schema at run time).
 *   moved — its rows change site, with new slugs where the successor already uses one;
 *   merged — rows whose slug the successor has are joined to the successor's row, others move;
 *   kept — its rows stay with the archived site, which keeps its history.
 */
import type { Database } from '../../db/schema.js';
import { MAX_SLUG_LENGTH, trimWhile } from '../../text/index.js';

/** The tables (other than `sites` itself) with a column naming a site: `site_id`, or `…_site_id`. */
export type SiteTable = Exclude<{ [T in keyof Database]: Extract<keyof Database[T], 'site_id' | `${string}_site_id`> extends never ? never : T }[keyof Database], 'sites'>;

export type MergeTreatment = 'moved' | 'merged' | 'kept';

export const MERGE_PLAN: Record<SiteTable, { treatment: MergeTreatment; why: string }> = {
  categories: { treatment: 'merged', why: 'một chuyên mục trùng mã được gộp vào chuyên mục của cổng nhận; chuyên mục khác được chuyển (không lên menu)' },
  tags: { treatment: 'merged', why: 'thẻ trùng mã được gộp; thẻ khác được chuyển' },
  articles: { treatment: 'moved', why: 'cùng phiên bản, thẻ, tệp đính kèm, tin liên quan, tác giả (theo mã tin bài); bỏ tin nổi bật' },
  pages: { treatment: 'moved', why: 'cùng phiên bản; không lên menu của cổng nhận' },
  media: { treatment: 'moved', why: 'chỉ bản ghi; tệp giữ nguyên chỗ (/media/… phục vụ trên mọi tên miền)' },
  legal_documents: { treatment: 'moved', why: 'cùng liên kết và tệp đính kèm (theo mã văn bản)' },
  questions: { treatment: 'moved', why: 'mã tra cứu giữ nguyên' },
  consultations: { treatment: 'moved', why: 'cùng góp ý và tệp đính kèm (theo mã dự thảo)' },
  albums: { treatment: 'moved', why: 'cùng ảnh và video (theo mã album)' },
  schedule_weeks: { treatment: 'moved', why: 'tuần mà cổng nhận đã có lịch thì giữ lại ở cổng cũ' },
  directory_entries: { treatment: 'moved', why: 'xếp sau danh bạ của cổng nhận' },
  menu_items: { treatment: 'kept', why: 'menu riêng của cổng cũ; nội dung nó trỏ tới vẫn còn' },
  redirects: { treatment: 'kept', why: 'đường dẫn cũ của cổng cũ, vẫn được theo khi chuyển hướng' },
  site_roles: { treatment: 'kept', why: 'nhân sự của cổng cũ giữ vai trò trên cổng đã lưu trữ (chỉ xem)' },
  audit_log: { treatment: 'kept', why: 'nhật ký không bao giờ sửa' },
  topics: { treatment: 'moved', why: 'chuyên đề riêng của cổng cũ, cùng các tin bài đã gắn; đổi mã nếu cổng nhận đã dùng' },
  syndications: { treatment: 'kept', why: 'lịch sử đề xuất giữ nguyên; cổng nguồn được đọc từ tin bài hiện tại, và tin đã về chính cổng nhận không còn là tin từ địa phương' },
  view_days: { treatment: 'kept', why: 'lượt xem theo ngày là lịch sử của cổng cũ' },
  article_view_days: { treatment: 'kept', why: 'lượt xem theo ngày là lịch sử; tổng lượt xem đi theo tin bài' },
  import_sources: { treatment: 'kept', why: 'dấu vết các lần nhập từ hệ thống cũ vào cổng cũ' },
  search_documents: { treatment: 'moved', why: 'chỉ mục tìm kiếm theo trigger khi nội dung đổi cổng' },
};

/** Picks `base`, else `base-2`, `base-3`, … that is not in `taken`, and takes it. */
export function takeSlug(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) {
    const suffix = `-${n}`;
    candidate = `${trimWhile(base.slice(0, MAX_SLUG_LENGTH - suffix.length), (ch) => ch === '-', 'end')}${suffix}`;
  }
  taken.add(candidate);
  return candidate;
}
