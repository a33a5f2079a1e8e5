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

/** One entry of a feed, whatever content it is (an article, a legal document). */
export interface RssItem {
  title: string;
  /** Path on the channel's origin. */
  path: string;
  publishedAt: string;
  description: string;
  category: string;
}

function item(channel: RssChannel, a: RssItem): Xml {
  const url = `${channel.origin}${a.path}`;
  return parent('item', [
    ...(a.title !== '' ? [element('title', a.title)] : []),
    element('link', url),
    element('guid', url),
    element('pubDate', rfc822(a.publishedAt)),
    ...(a.description !== '' ? [element('description', a.description)] : []),
    element('category', a.category),
  ]);
}

export function buildRss(channel: RssChannel, articles: readonly ArticleSummary[]): string {
  return buildRssFeed(
    channel,
    articles.map((a) => ({ title: a.title, path: articlePath(a.categorySlug, a.slug), publishedAt: a.publishedAt, description: a.lead, category: a.categoryName })),
  );
}

/** The feed of any items, newest first. */
export function buildRssFeed(channel: RssChannel, articles: readonly RssItem[]): string {
  const updated = articles[0] ? articles[0].publishedAt : new Date(0).toISOString();
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
    ...articles.map((a) => item(channel, a)),
  ]);
  return xmlDocument(parent('rss', [channelElement], { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' }));
}
