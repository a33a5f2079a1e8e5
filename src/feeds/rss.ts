/**
 * RSS 2.0 for a site or a category, written with our XML writer (xml.ts): the
 * channel's title, link, description, language, copyright and self link, and per
 * article its title, link, guid, date, lead and category. An empty title or lead is
 * left out, as RSS allows an item either.
 */
import type { ArticleSummary } from '../articles/articles.repo.js';
import { articlePath } from '../urls/paths.js';
import { element, emptyElement, parent, xmlDocument, type Xml } from './xml.js';

export interface RssChannel {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the channel describes. */
  link: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  origin: string;
  copyright: string;
}

export const RSS_ITEMS = 30;

/** RFC 822 dates, as RSS 2.0 asks: `Wed, 16 Nov 2022 09:21:00 GMT`. */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** One entry of a feed, whatever the content: an article, an album… */
export interface RssItem {
  title: string;
  /** Absolute URL of the item's page (also its guid). */
  url: string;
  publishedAt: string;
  description: string;
  category: string;
}

function item(i: RssItem): Xml {
  return parent('item', [
    ...(i.title !== '' ? [element('title', i.title)] : []),
    element('link', i.url),
    element('guid', i.url),
    element('pubDate', rfc822(i.publishedAt)),
    ...(i.description !== '' ? [element('description', i.description)] : []),
    element('category', i.category),
  ]);
}

export function buildRss(channel: RssChannel, articles: readonly ArticleSummary[]): string {
  return buildRssOf(
    channel,
    articles.map((a) => ({ title: a.title, url: `${channel.origin}${articlePath(a.categorySlug, a.slug)}`, publishedAt: a.publishedAt, description: a.lead, category: a.categoryName })),
  );
}

/** RSS 2.0 of any items, newest first. */
export function buildRssOf(channel: RssChannel, items: readonly RssItem[]): string {
  const updated = items[0] ? items[0].publishedAt : new Date(0).toISOString();
  const channelElement = parent('channel', [
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('lastBuildDate', rfc822(updated)),
    element('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    element('generator', 'govportal'),
    element('language', 'vi'),
    element('copyright', channel.copyright),
    emptyElement('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ...items.map(item),
  ]);
  return xmlDocument(parent('rss', [channelElement], { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' }));
}
