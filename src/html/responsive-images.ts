/**
 * Inline images of stored rich text, made responsive when a page is rendered. The
 * input is sanitizeRichText's output, whose <img> tags are well formed with every
 * attribute value double-quoted and escaped (a '>' can never appear inside one), so
 * each tag is matched and rewritten on its own: an image of the site's media library
 * becomes a <picture> (WebP first, original format as fallback) with its size and
 * alt text; any other image just gets `loading="lazy"`. Everything else is untouched.
 */
import type { MediaRow } from '../db/schema.js';
import { trimWhile } from '../text/index.js';
// The pure part of media (no storage): variant names and sizes.
import { ARTICLE_IMAGE_SIZES, pictureParts, storageStem } from '../media/variants.js';

/** /media/{site}/{yyyy}/{mm}/{random}[-{width}].{ext}, as written by media/storage.ts. */
const MEDIA_PATH = /^\/media\/([a-z0-9-]+\/\d{4}\/\d{2}\/[0-9a-f]{20})(?:-\d+)?\.(?:jpg|png|webp|gif)$/;
const IMAGE_EXTENSIONS = ['jpg', 'png', 'webp', 'gif'];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const isNameStart = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
const isNameChar = (ch: string) => isNameStart(ch) || (ch >= '0' && ch <= '9') || ch === '-';

/** `name="value"` pairs of a tag's attribute text, by one scan (values stay escaped as written). */
function attributesOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < source.length) {
    if (!isNameStart(source[i] ?? '')) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < source.length && isNameChar(source[end] ?? '')) end += 1;
    // A name not followed by =" fails from every later start inside it too: go past it.
    if (source[end] !== '=' || source[end + 1] !== '"') {
      i = end;
      continue;
    }
    const close = source.indexOf('"', end + 2);
    if (close === -1) break;
    found.set(source.slice(i, end).toLowerCase(), source.slice(end + 2, close));
    i = close + 1;
  }
  return found;
}

/** What \b sees as part of a word. */
const isWordChar = (ch: string) => isNameStart(ch) || (ch >= '0' && ch <= '9') || ch === '_';

/**
 * Every `<img …>` tag replaced by what `replace` makes of it, given the tag and its
 * attribute text (without a closing `/` and the spaces around it). One scan.
 */
function replaceImgTags(html: string, replace: (tag: string, source: string) => string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const open = html.indexOf('<img', position);
    if (open === -1) break;
    const next = html[open + 4] ?? '';
    const close = html.indexOf('>', open + 4);
    if (close === -1) break;
    if (next !== '' && isWordChar(next)) {
      out += html.slice(position, open + 4);
      position = open + 4;
      continue;
    }
    let source = html.slice(open + 4, close);
    if (source.endsWith('/')) source = source.slice(0, -1);
    source = trimWhile(source, (ch) => /\s/.test(ch), 'end');
    out += html.slice(position, open) + replace(html.slice(open, close + 1), source);
    position = close + 1;
  }
  return position === 0 ? html : out + html.slice(position);
}

/** The stem of a library image named by an <img src>, original or variant. */
function stemOf(src: string | undefined): string | undefined {
  return src === undefined ? undefined : MEDIA_PATH.exec(src)?.[1];
}

/** Storage keys the body's library images may have (one per image extension), to look up in one query. */
export function mediaKeysInHtml(html: string): string[] {
  if (!html.includes('<img')) return [];
  const keys = new Set<string>();
  replaceImgTags(html, (tag, source) => {
    const stem = stemOf(attributesOf(source).get('src'));
    if (stem !== undefined) for (const ext of IMAGE_EXTENSIONS) keys.add(`${stem}.${ext}`);
    return tag;
  });
  return [...keys];
}

function attributeList(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? value : escapeAttribute(value)}"`)
    .join('');
}

/** The body with its inline images made responsive and lazy. `media` are the library rows its images use. */
export function withResponsiveImages(html: string, media: readonly MediaRow[], sizes = ARTICLE_IMAGE_SIZES): string {
  if (!html.includes('<img')) return html;
  const byStem = new Map(media.filter((m) => m.kind === 'image').map((m) => [storageStem(m.storage_key), m]));
  return replaceImgTags(html, (tag, source) => {
    const attrs = attributesOf(source);
    const row = byStem.get(stemOf(attrs.get('src')) ?? '');
    if (row === undefined) {
      return attrs.has('loading') ? tag : `<img${source} loading="lazy">`;
    }
    const p = pictureParts(row);
    // The editor's own alt text (already escaped) wins over the library's.
    const ownAlt = attrs.get('alt');
    const alt = ownAlt !== undefined && ownAlt.trim() !== '' ? ownAlt : escapeAttribute(row.alt_text ?? '');
    // A size the editor set (both numbers) is kept; otherwise the fallback file's size.
    const ownWidth = Number(/^\d+$/.test(attrs.get('width') ?? '') ? attrs.get('width') : Number.NaN);
    const ownHeight = Number(/^\d+$/.test(attrs.get('height') ?? '') ? attrs.get('height') : Number.NaN);
    const sized = ownWidth > 0 && ownHeight > 0;
    const img =
      `<img${attributeList([
        ['src', p.src],
        ['srcset', p.srcset],
        ['sizes', p.srcset === undefined ? undefined : sizes],
        ['width', sized ? ownWidth : p.width],
        ['height', sized ? ownHeight : p.height],
      ])}` + ` alt="${alt}" loading="lazy" decoding="async">`;
    const sources = p.sources.map((s) => `<source${attributeList([['type', s.type], ['srcset', s.srcset], ['sizes', sizes]])}>`).join('');
    return sources === '' ? img : `<picture>${sources}${img}</picture>`;
  });
}
