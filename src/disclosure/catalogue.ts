/**
 * What a state agency's portal must disclose (Luật Tiếp cận thông tin 2016, Điều 17
 * and 19; Nghị định 42/2022/NĐ-CP), as items the system can check against a site's own
 * content. Each item names where on the site it is published (its probe); the list at
 * /cong-khai-thong-tin and the site admin's compliance screen are both built from it.
 * Pure: no I/O.
 */
import type { DocumentField, DocumentType } from '../documents/document-kinds.js';

/** Where an item is published on a site, and so how its presence is checked. */
export type Probe =
  /** A static page, by the slug every site starts with (pages/templates.ts). */
  | { source: 'page'; slug: string }
  /** Legal documents, optionally only some types or fields (documents/document-kinds.ts slugs). */
  | { source: 'documents'; types?: readonly DocumentType[]; fields?: readonly DocumentField[] }
  | { source: 'consultations' }
  /** The leaders' schedule: the current week's must be published. */
  | { source: 'schedule' }
  | { source: 'directory' }
  /** Citizens' questions answered and published. */
  | { source: 'questions' }
  | { source: 'articles' }
  /** The site's link to the online public services portal. */
  | { source: 'public_services' };

export interface DisclosureItem {
  /** Stable id, also the anchor on the public list. */
  id: string;
  /** What the law asks for, as a citizen reads it. */
  title: string;
  basis: string;
  probe: Probe;
  /** Without a new or updated item for this many days, the item is stale. */
  staleAfterDays?: number;
}

const LAW = 'Luật Tiếp cận thông tin 2016, Điều 17';
const PORTAL = 'Luật Tiếp cận thông tin 2016, Điều 19; Nghị định 42/2022/NĐ-CP';

export const DISCLOSURE_CATALOGUE: readonly DisclosureItem[] = [
  { id: 'gioi-thieu', title: 'Giới thiệu chung về cơ quan, địa phương', basis: PORTAL, probe: { source: 'page', slug: 'gioi-thieu' } },
  { id: 'chuc-nang-nhiem-vu', title: 'Chức năng, nhiệm vụ, quyền hạn của cơ quan', basis: LAW, probe: { source: 'page', slug: 'chuc-nang-nhiem-vu' } },
  { id: 'co-cau-to-chuc', title: 'Tổ chức bộ máy của cơ quan và đơn vị trực thuộc', basis: LAW, probe: { source: 'page', slug: 'co-cau-to-chuc' } },
  { id: 'lanh-dao', title: 'Thông tin về lãnh đạo cơ quan', basis: PORTAL, probe: { source: 'page', slug: 'lanh-dao' } },
  { id: 'danh-ba', title: 'Danh bạ liên hệ của cán bộ, công chức có thẩm quyền', basis: PORTAL, probe: { source: 'directory' } },
  { id: 'lien-he', title: 'Địa chỉ, điện thoại, thư điện tử của cơ quan và đầu mối tiếp nhận yêu cầu cung cấp thông tin', basis: PORTAL, probe: { source: 'page', slug: 'lien-he' } },
  { id: 'van-ban', title: 'Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung', basis: LAW, probe: { source: 'documents' }, staleAfterDays: 180 },
  {
    id: 'chien-luoc-ke-hoach',
    title: 'Chiến lược, chương trình, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã hội',
    basis: LAW,
    probe: { source: 'documents', types: ['ke-hoach', 'nghi-quyet'] },
    staleAfterDays: 365,
  },
  { id: 'ngan-sach', title: 'Dự toán, tình hình thực hiện và quyết toán ngân sách', basis: LAW, probe: { source: 'documents', fields: ['tai-chinh'] }, staleAfterDays: 365 },
  { id: 'du-thao', title: 'Dự thảo văn bản lấy ý kiến nhân dân và kết quả tham vấn', basis: LAW, probe: { source: 'consultations' }, staleAfterDays: 365 },
  { id: 'lich-cong-tac', title: 'Lịch làm việc của lãnh đạo cơ quan', basis: PORTAL, probe: { source: 'schedule' } },
  { id: 'tin-tuc', title: 'Tin tức, sự kiện về hoạt động của cơ quan, địa phương', basis: PORTAL, probe: { source: 'articles' }, staleAfterDays: 30 },
  { id: 'hoi-dap', title: 'Tiếp nhận, trả lời câu hỏi, phản ánh, kiến nghị của tổ chức, cá nhân', basis: PORTAL, probe: { source: 'questions' }, staleAfterDays: 90 },
  { id: 'dich-vu-cong', title: 'Thủ tục hành chính và dịch vụ công trực tuyến', basis: LAW, probe: { source: 'public_services' } },
];
