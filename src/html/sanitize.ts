/**
 * The allow-list for rich text. Everything editors or importers write passes here
 * before it is stored; public pages insert only HTML that came through this file.
 */
import sanitizeHtml from 'sanitize-html';

/** The elements rich text may hold; the paste cleaning unwraps any other before this does. */
export const RICH_TEXT_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'caption', 'hr',
]);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Links leaving the portal must not hand it the opener or leak the referrer path.
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs['href'] ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  // An image whose address was refused (file:, data:, javascript:) shows nothing and is invalid HTML: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
