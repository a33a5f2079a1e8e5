/**
 * The static pages of a demo portal: "Giới thiệu" (what the portal is for and, in general
 * terms, what the authority behind it does) and "Liên hệ" (built only from the contact
 * details the site actually has — nothing is invented to fill a gap).
 */
import { contactPageHtml } from '../../pages/templates.js';
import { siteContext } from './context.js';
import { escapeHtml } from './template.js';

export interface PageSite {
  slug: string;
  name: string;
  shortName: string;
  contact: { email?: string; phone?: string; address?: string; footer?: string };
}

export interface GeneratedPage {
  slug: string;
  title: string;
  bodyHtml: string;
  /** "Giới thiệu" comes before the categories (1–9 in DEMO_CATEGORIES), "Liên hệ" after them. */
  menuOrder: number;
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;
const h2 = (text: string): string => `<h2>${escapeHtml(text)}</h2>`;
const ul = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

export function generatePages(site: PageSite): GeneratedPage[] {
  return [
    { slug: 'gioi-thieu', title: 'Giới thiệu', bodyHtml: introduction(site), menuOrder: 0 },
    { slug: 'lien-he', title: 'Liên hệ', bodyHtml: contact(site), menuOrder: 100 },
  ];
}

function introduction(site: PageSite): string {
  const name = site.name.normalize('NFC').trim();
  const ctx = siteContext(site.slug, site.shortName.normalize('NFC'));
  const localGovernment = ctx.level !== 'other';
  const authority = localGovernment ? `Ủy ban nhân dân ${ctx.place}` : ctx.place;

  const blocks = [
    p(
      `${name} là kênh thông tin chính thức của ${authority} trên môi trường mạng, cung cấp kịp thời, chính xác thông tin về hoạt động chỉ đạo, điều hành của chính quyền và tình hình phát triển kinh tế - xã hội của địa phương.`,
    ),
    p(
      'Cổng thông tin điện tử hoạt động theo quy định của Nghị định số 42/2022/NĐ-CP của Chính phủ về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng, và là thành viên của hệ thống cổng thông tin điện tử của tỉnh.',
    ),
    // Only what a demo portal really has (its categories and pages): no document library,
    // no online public services, no channel for citizens' questions.
    h2('Chức năng của Cổng thông tin điện tử'),
    ul([
      'Đăng tải tin tức, sự kiện về hoạt động của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể',
      'Đưa tin về công tác chỉ đạo, điều hành của chính quyền địa phương',
      'Thông tin về tình hình kinh tế - xã hội, văn hóa, giáo dục, y tế, quốc phòng - an ninh của địa phương',
      'Thông tin về công tác cải cách hành chính và xây dựng Đảng',
    ]),
  ];

  if (localGovernment) {
    blocks.push(
      h2(`Chức năng, nhiệm vụ của ${authority}`),
      p(
        `Ủy ban nhân dân ${ctx.kind} do Hội đồng nhân dân cùng cấp bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.`,
      ),
      p(
        'Ủy ban nhân dân tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân cùng cấp; thực hiện quản lý nhà nước trên các lĩnh vực kinh tế, tài chính, đất đai, giáo dục, y tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn theo quy định của pháp luật.',
      ),
      p('Các cơ quan chuyên môn thuộc Ủy ban nhân dân tham mưu, giúp Ủy ban nhân dân thực hiện chức năng quản lý nhà nước về ngành, lĩnh vực ở địa phương.'),
    );
  } else {
    blocks.push(p(`${authority} thực hiện chức năng, nhiệm vụ theo quy định của pháp luật và sự phân công của cơ quan cấp trên.`));
  }

  blocks.push(
    p('Ban Biên tập mong nhận được ý kiến đóng góp của bạn đọc để Cổng thông tin điện tử ngày càng hoàn thiện, phục vụ tốt hơn người dân và doanh nghiệp. Thông tin liên hệ xem tại trang Liên hệ.'),
  );
  return blocks.join('\n');
}

/** The same contact page a new site starts with (pages/templates.ts). */
function contact(site: PageSite): string {
  return contactPageHtml(site);
}
