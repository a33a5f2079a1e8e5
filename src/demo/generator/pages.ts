/**
 * The static pages of a demo portal: "Giới thiệu" (what the portal is for and, in general
 * terms, what the authority behind it does) and "Liên hệ" (built only from the contact
 * details the site actually has — nothing is invented to fill a gap).
 */
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
    h2('Chức năng của Cổng thông tin điện tử'),
    ul([
      'Đăng tải tin tức, sự kiện về hoạt động của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể',
      'Công khai thông tin chỉ đạo, điều hành, văn bản quy phạm pháp luật và chính sách của địa phương',
      'Hướng dẫn thủ tục hành chính và kết nối với dịch vụ công trực tuyến',
      'Tiếp nhận ý kiến góp ý, phản ánh, kiến nghị của người dân và doanh nghiệp',
      'Giới thiệu tiềm năng, thế mạnh, văn hóa và con người của địa phương',
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

function contact(site: PageSite): string {
  const name = site.name.normalize('NFC').trim();
  const clean = (value: string | undefined): string | undefined => {
    const v = value?.normalize('NFC').trim();
    return v ? v : undefined;
  };
  const address = clean(site.contact.address);
  const phone = clean(site.contact.phone);
  const email = clean(site.contact.email);
  const footer = clean(site.contact.footer);

  const items: string[] = [];
  if (address) items.push(`<li>Địa chỉ: ${escapeHtml(address)}</li>`);
  if (phone) items.push(`<li>Điện thoại: ${escapeHtml(phone)}</li>`);
  if (email) items.push(`<li>Email: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a></li>`);

  const heading = `<p><strong>${escapeHtml(footer ?? name)}</strong></p>`;
  if (items.length === 0) {
    return [heading, p(`Thông tin liên hệ của ${name} đang được cập nhật.`)].join('\n');
  }
  return [p(`Mọi thông tin liên hệ, góp ý về nội dung của ${name}, xin gửi về:`), heading, `<ul>${items.join('')}</ul>`].join('\n');
}
