/**
 * What the WXR and RSS readers produce: one plain item per post, as the old platform
 * described it (nothing checked against our rules yet), and the small text helpers they
 * share — plain text out of HTML, dates of both formats, the item's identity. Pure.
 */
import crypto from 'node:crypto';
import { Parser } from 'htmlparser2';

export type FeedKind = 'wxr' | 'rss';

export interface FeedItem {
  /** 1-based position among the file's <item> elements ("mục N"). */
  number: number;
  /** Line of the file where the item starts. */
  line: number;
  /** What identifies the post on the old platform (post id, guid or link), for idempotency. */
  sourceKey: string;
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string | null;
  /** The original publication instant, ISO 8601 UTC; undefined when the file's date is unreadable. */
  publishedAt: string | undefined;
  /** The date as the file wrote it, for the refusal message. */
  rawDate: string;
  tags: string[];
  /** Its addresses on the old platform (absolute or paths), to become redirects. */
  oldUrls: string[];
  /** Address or relative path of the featured image, if any. */
  featuredImage: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  /** The old site's address (WXR base_site_url or the channel link), for root-relative image paths. */
  baseUrl: string | null;
  items: FeedItem[];
  /** Items that are not published posts (pages, attachments, drafts, menu entries). */
  notPosts: number;
}

const SKIPPED_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object']);

/** The text a reader would see in an HTML fragment: tags dropped, script and style contents dropped, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return collapse(html);
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED_TEXT.has(name)) skipping += 1;
      },
      onclosetag(name) {
        if (SKIPPED_TEXT.has(name) && skipping > 0) skipping -= 1;
        else out += ' ';
      },
      ontext(text) {
        if (skipping === 0) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return collapse(out);
}

function collapse(text: string): string {
  return text.split(/\s+/u).filter((w) => w !== '').join(' ');
}

/** The first `max` characters of a text, cut at a word, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function inRange(ms: number): string | undefined {
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? new Date(ms).toISOString() : undefined;
}

/** "2022-11-16 09:21:00" as WordPress writes post_date_gmt (UTC), or with an offset for post_date. */
export function wordpressDate(value: string, offset = 'Z'): string | undefined {
  const v = value.trim();
  if (v.length !== 19 || v.startsWith('0000')) return undefined;
  const [day, time] = v.split(' ');
  if (day === undefined || time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}:\d{2}$/.test(time)) return undefined;
  return inRange(Date.parse(`${day}T${time}${offset}`));
}

/** RFC 822 (RSS pubDate: "Wed, 16 Nov 2022 09:21:00 +0000") or ISO 8601 (dc:date). */
export function feedDate(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || v.length > 64) return undefined;
  return inRange(Date.parse(v));
}

/** A source key of bounded length: long guids are hashed. */
export function sourceKeyOf(value: string): string {
  return value.length <= 400 ? value : `sha256:${crypto.createHash('sha256').update(value).digest('hex')}`;
}

/** Distinct non-empty names, in order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
