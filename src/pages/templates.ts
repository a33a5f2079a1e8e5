/**
 * The static pages every new site starts with, as drafts for its editors to complete:
 * the introduction, functions and duties, organisation chart, leaders, and contact
 * (written from the contact details the site has — nothing is invented to fill a gap).
 * Pure: no I/O. The texts say plainly what is still to be written, so a draft that is
 * published unfinished does not pretend to be complete.
 */
import { escapeHtml } from '../search/highlight.js';
import { INTRODUCTION_SLUG } from '../urls/paths.js';

export interface TemplateSite {
  name: string;
  contact: { address?: string | undefined; phone?: string | undefined; email?: string | undefined; footer?: string | undefined };
}

export interface PageTemplate {
  slug: string;
  title: string;
  description: string;
  bodyHtml: string;
  /** The introduction comes before the categories of the menu, the others after them. */
  menuOrder: number;
  /** 'en' for the English pages at /en/{slug}; Vietnamese when absent. */
  language?: 'en';
}

export const CONTACT_SLUG = 'lien-he';

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;
const h2 = (text: string): string => `<h2>${escapeHtml(text)}</h2>`;
const todo = (what: string): string => p(`(Ban biên tập cập nhật ${what} trước khi đăng trang này.)`);

/** The five standard pages of a new site, in menu order. */
export function standardPages(site: TemplateSite): PageTemplate[] {
  const name = clean(site.name) ?? '';
  return [
    {
      slug: INTRODUCTION_SLUG,
      title: 'Giới thiệu',
      description: `Giới thiệu ${name}.`,
      bodyHtml: [p(`${name} là kênh thông tin chính thức của cơ quan trên môi trường mạng.`), todo('lịch sử, vị trí và những nét chính của địa phương, đơn vị')].join('\n'),
      menuOrder: 0,
    },
    {
      slug: 'chuc-nang-nhiem-vu',
      title: 'Chức năng, nhiệm vụ',
      description: `Chức năng, nhiệm vụ và quyền hạn của cơ quan chủ quản ${name}.`,
      bodyHtml: [h2('Vị trí, chức năng'), todo('vị trí, chức năng theo văn bản quy định'), h2('Nhiệm vụ, quyền hạn'), todo('nhiệm vụ, quyền hạn theo văn bản quy định')].join('\n'),
      menuOrder: 101,
    },
    {
      slug: 'co-cau-to-chuc',
      title: 'Cơ cấu tổ chức',
      description: `Cơ cấu tổ chức của cơ quan chủ quản ${name}.`,
      bodyHtml: [p('Sơ đồ và danh sách các phòng, ban, đơn vị trực thuộc.'), todo('sơ đồ tổ chức và các đơn vị trực thuộc')].join('\n'),
      menuOrder: 102,
    },
    {
      slug: 'lanh-dao',
      title: 'Lãnh đạo',
      description: `Lãnh đạo cơ quan chủ quản ${name}.`,
      bodyHtml: [p('Họ tên, chức vụ, lĩnh vực phụ trách và thông tin liên hệ công vụ của lãnh đạo cơ quan.'), todo('danh sách lãnh đạo')].join('\n'),
      menuOrder: 103,
    },
    { slug: CONTACT_SLUG, title: 'Liên hệ', description: `Thông tin liên hệ của ${name}.`, bodyHtml: contactPageHtml(site), menuOrder: 110 },
  ];
}

function clean(value: string | undefined): string | undefined {
  const v = value?.normalize('NFC').trim();
  return v ? v : undefined;
}

/** The contact page from the fields the site has; a site without any says they are being updated. */
export function contactPageHtml(site: TemplateSite): string {
  const name = clean(site.name) ?? '';
  const address = clean(site.contact.address);
  const phone = clean(site.contact.phone);
  const email = clean(site.contact.email);
  const footer = clean(site.contact.footer);

  const items: string[] = [];
  if (address) items.push(`<li>Địa chỉ: ${escapeHtml(address)}</li>`);
  if (phone) items.push(`<li>Điện thoại: ${escapeHtml(phone)}</li>`);
  if (email) items.push(`<li>Email: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a></li>`);

  const heading = `<p><strong>${escapeHtml(footer ?? name)}</strong></p>`;
  if (items.length === 0) return [heading, p(`Thông tin liên hệ của ${name} đang được cập nhật.`)].join('\n');
  return [p(`Mọi thông tin liên hệ, góp ý về nội dung của ${name}, xin gửi về:`), heading, `<ul>${items.join('')}</ul>`].join('\n');
}

// ---- The English pages (/en) ----

export const ENGLISH_INTRODUCTION_SLUG = 'introduction';

const todoEn = (what: string): string => p(`(The editorial board completes ${what} before publishing this page.)`);

/**
 * The three English pages a new site starts with, as drafts: introduction, organisation
 * and contact (from the contact details the site has). Their slugs differ from the
 * Vietnamese pages' (a slug is unique on a site across both languages).
 */
export function englishStandardPages(site: TemplateSite): PageTemplate[] {
  const name = clean(site.name) ?? '';
  return [
    {
      slug: ENGLISH_INTRODUCTION_SLUG,
      title: 'Introduction',
      description: `About ${name}, in English.`,
      bodyHtml: [p(`${name} is the official online information channel of the agency.`), todoEn('the history, location and main features of the locality')].join('\n'),
      menuOrder: 201,
      language: 'en',
    },
    {
      slug: 'organisation',
      title: 'Organisation',
      description: `The organisation of the agency responsible for ${name}.`,
      bodyHtml: [p('The departments, offices and units of the agency.'), todoEn('the organisation chart and the list of units')].join('\n'),
      menuOrder: 202,
      language: 'en',
    },
    { slug: 'contact', title: 'Contact', description: `How to contact ${name}.`, bodyHtml: englishContactHtml(site), menuOrder: 203, language: 'en' },
  ];
}

function englishContactHtml(site: TemplateSite): string {
  const name = clean(site.name) ?? '';
  const address = clean(site.contact.address);
  const phone = clean(site.contact.phone);
  const email = clean(site.contact.email);
  const items: string[] = [];
  if (address) items.push(`<li>Address: ${escapeHtml(address)}</li>`);
  if (phone) items.push(`<li>Telephone: ${escapeHtml(phone)}</li>`);
  if (email) items.push(`<li>Email: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a></li>`);
  if (items.length === 0) return p(`The contact details of ${name} are being updated.`);
  return [p(`For any question or comment about ${name}, please write to:`), `<ul>${items.join('')}</ul>`].join('\n');
}
