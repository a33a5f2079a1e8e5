/**
 * The demo's consultations on drafts: the province has a draft decision of the provincial
 * People's Committee open for comment (two comments approved, one waiting for a moderator)
 * and a closed one with its published summary of comments; Cam Lộ has a draft plan open.
 * Dates follow the seed's `now`, so the open ones are open when the demo starts.
 */
import type { Kysely } from 'kysely';
import { decideCommentIfUnchanged, insertComment, insertConsultation } from '../consultations/consultations.repo.js';
import type { CommentState, Database } from '../db/schema.js';
import { sanitizeRichText } from '../html/sanitize.js';
import type { Site } from '../sites/index.js';
import { vietnamDayOf } from '../time/vietnam-time.js';

const DAY = 86_400_000;

interface DemoComment {
  name: string;
  organisation: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  body: string;
  state: CommentState;
  daysAfterOpening: number;
}

interface DemoConsultation {
  site: string;
  slug: string;
  title: string;
  summary: string;
  draftingBody: string;
  bodyHtml: string;
  /** Days from the seed's now: negative is before. */
  opens: number;
  closes: number;
  reportHtml?: string;
  comments: DemoComment[];
}

const CONSULTATIONS: DemoConsultation[] = [
  {
    site: 'quangtri',
    slug: 'du-thao-quyet-dinh-quy-dinh-chinh-sach-ho-tro-phat-trien-san-xuat-nong-nghiep-tinh-quang-tri-giai-doan-2026-2030',
    title: 'Dự thảo Quyết định của UBND tỉnh Quảng Trị quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2026 - 2030',
    summary: 'Lấy ý kiến tổ chức, cá nhân về dự thảo Quyết định quy định nội dung, mức hỗ trợ phát triển sản xuất nông nghiệp, chuyển đổi cơ cấu cây trồng và liên kết sản xuất trên địa bàn tỉnh.',
    draftingBody: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Trị',
    bodyHtml: [
      '<h2>Chương I. Quy định chung</h2>',
      '<p><strong>Điều 1. Phạm vi điều chỉnh.</strong> Quyết định này quy định nội dung, mức hỗ trợ và điều kiện hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn tỉnh Quảng Trị giai đoạn 2026 - 2030.</p>',
      '<p><strong>Điều 2. Đối tượng áp dụng.</strong> Hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã, doanh nghiệp trực tiếp sản xuất nông nghiệp trên địa bàn tỉnh.</p>',
      '<h2>Chương II. Nội dung và mức hỗ trợ</h2>',
      '<p><strong>Điều 3. Hỗ trợ chuyển đổi cơ cấu cây trồng.</strong> Hỗ trợ một lần 50% chi phí mua giống khi chuyển đổi từ đất trồng lúa kém hiệu quả sang cây trồng khác, tối đa 10 triệu đồng/ha.</p>',
      '<p><strong>Điều 4. Hỗ trợ liên kết sản xuất và tiêu thụ sản phẩm.</strong> Hỗ trợ 30% chi phí xây dựng hạ tầng phục vụ liên kết, tối đa 1 tỷ đồng/dự án.</p>',
    ].join('\n'),
    opens: -5,
    closes: 14,
    comments: [
      {
        name: 'Lê Văn Hùng', organisation: 'Hợp tác xã nông nghiệp Triệu Thành', email: 'hungle.htx@gmail.com', phone: '0914 235 118', address: 'Xã Triệu Thành, huyện Triệu Phong',
        body: 'Đề nghị nâng mức hỗ trợ giống tại Điều 3 lên 70% đối với các xã vùng khó khăn, vì chi phí giống cây ăn quả cao hơn nhiều so với lúa.', state: 'approved', daysAfterOpening: 1,
      },
      {
        name: 'Nguyễn Thị Mai', organisation: null, email: 'maint.camlo@gmail.com', phone: null, address: null,
        body: 'Điều 4 nên quy định rõ thời hạn giải quyết hồ sơ đề nghị hỗ trợ (ví dụ 15 ngày làm việc) để người dân và hợp tác xã chủ động kế hoạch sản xuất.', state: 'approved', daysAfterOpening: 3,
      },
      {
        name: 'Trần Quốc Bảo', organisation: 'Công ty TNHH Nông sản Gio Linh', email: 'baotq@nongsangiolinh.vn', phone: '0233 3 825 446', address: 'Thị trấn Gio Linh, huyện Gio Linh',
        body: 'Đề nghị bổ sung hỗ trợ chứng nhận VietGAP, hữu cơ cho sản phẩm liên kết.', state: 'pending', daysAfterOpening: 4,
      },
    ],
  },
  {
    site: 'quangtri',
    slug: 'du-thao-quyet-dinh-ban-hanh-quy-dinh-quan-ly-chat-thai-ran-sinh-hoat-tren-dia-ban-tinh-quang-tri',
    title: 'Dự thảo Quyết định ban hành Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị',
    summary: 'Lấy ý kiến về việc phân loại chất thải rắn sinh hoạt tại nguồn, trách nhiệm thu gom, vận chuyển và giá dịch vụ.',
    draftingBody: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Trị',
    bodyHtml: [
      '<p><strong>Điều 1. Phạm vi điều chỉnh.</strong> Quy định này quy định việc phân loại, lưu giữ, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị.</p>',
      '<p><strong>Điều 2. Phân loại tại nguồn.</strong> Chất thải rắn sinh hoạt được phân thành ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải rắn sinh hoạt khác.</p>',
    ].join('\n'),
    opens: -90,
    closes: -60,
    reportHtml: [
      '<p>Sau 30 ngày lấy ý kiến, cơ quan chủ trì soạn thảo nhận được 14 ý kiến của tổ chức, cá nhân.</p>',
      '<ul><li>9 ý kiến thống nhất với việc phân loại thành ba nhóm;</li><li>4 ý kiến đề nghị lùi thời điểm áp dụng đối với khu vực nông thôn; cơ quan soạn thảo đã tiếp thu, quy định lộ trình đến năm 2027;</li><li>1 ý kiến về giá dịch vụ đã được giải trình tại Tờ trình.</li></ul>',
    ].join(''),
    comments: [
      {
        name: 'Phan Thanh Tâm', organisation: 'UBND phường 1, thành phố Đông Hà', email: 'ubndphuong1@dongha.gov.vn', phone: null, address: null,
        body: 'Đề nghị có lộ trình áp dụng phân loại tại nguồn phù hợp với khu vực nông thôn.', state: 'approved', daysAfterOpening: 6,
      },
    ],
  },
  {
    site: 'camlo',
    slug: 'du-thao-ke-hoach-phat-trien-du-lich-huyen-cam-lo-giai-doan-2026-2030',
    title: 'Dự thảo Kế hoạch phát triển du lịch huyện Cam Lộ giai đoạn 2026 - 2030',
    summary: 'UBND huyện Cam Lộ lấy ý kiến nhân dân về định hướng phát triển du lịch sinh thái, du lịch lịch sử gắn với di tích Tân Sở và vùng chè Tân Lâm.',
    draftingBody: 'Phòng Văn hóa, Khoa học và Thông tin huyện Cam Lộ',
    bodyHtml: [
      '<h2>I. Mục tiêu</h2>',
      '<p>Đến năm 2030, đón 150.000 lượt khách mỗi năm; hình thành ít nhất ba sản phẩm du lịch đặc trưng của huyện.</p>',
      '<h2>II. Nhiệm vụ và giải pháp</h2>',
      '<ol><li>Tôn tạo Khu di tích Căn cứ Tân Sở, kết nối tuyến du lịch về nguồn.</li><li>Phát triển du lịch cộng đồng tại vùng chè Tân Lâm, xã Cam Thành.</li><li>Quảng bá sản phẩm OCOP gắn với điểm du lịch.</li></ol>',
    ].join('\n'),
    opens: -2,
    closes: 20,
    comments: [],
  },
];

export async function seedDemoConsultations(trx: Kysely<Database>, sites: readonly Site[], now: Date): Promise<number> {
  let count = 0;
  for (const c of CONSULTATIONS) {
    const site = sites.find((s) => s.slug === c.site);
    if (site === undefined) continue;
    const opened = new Date(now.getTime() + c.opens * DAY);
    const stamp = new Date(opened.getTime() - DAY).toISOString();
    const row = await insertConsultation(trx, {
      site_id: site.id, slug: c.slug, title: c.title, summary: c.summary, body_html: sanitizeRichText(c.bodyHtml), drafting_body: c.draftingBody,
      opens_on: vietnamDayOf(opened), closes_on: vietnamDayOf(new Date(now.getTime() + c.closes * DAY)), status: 'published', published_at: stamp,
      created_at: stamp, updated_at: stamp, revision: 1, created_by: null, return_note: null,
      report_html: c.reportHtml === undefined ? '' : sanitizeRichText(c.reportHtml), report_published_at: c.reportHtml === undefined ? null : new Date(now.getTime() + (c.closes + 10) * DAY).toISOString(),
    });
    for (const m of c.comments) {
      const received = new Date(opened.getTime() + m.daysAfterOpening * DAY).toISOString();
      const comment = await insertComment(trx, { consultation_id: row.id, name: m.name, organisation: m.organisation, email: m.email, phone: m.phone, address: m.address, body: m.body, received_at: received });
      if (m.state !== 'pending') await decideCommentIfUnchanged(trx, comment.id, 'pending', m.state, null, received);
    }
    count += 1;
  }
  return count;
}
