/**
 * RSS 2.0 for a site or a category, written with our own escaping (xml.ts): the
 * channel's title, link, description, language, copyright and self link, and per
 * article its title, link, guid, lead, date and category.
 */
import type { ArticleSummary } from '../articles/articles.repo.js';
import { articlePath } from '../urls/paths.js';
import { element, escapeXml } from './xml.js';

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

function item(channel: RssChannel, a: ArticleSummary): string {
  const url = `${channel.origin}${articlePath(a.categorySlug, a.slug)}`;
  return [
    '<item>',
    element('title', a.title),
    element('link', url),
    element('guid', url, { isPermaLink: 'false' }),
    element('pubDate', rfc822(a.publishedAt)),
    element('description', a.lead),
    element('category', a.categoryName),
    '</item>',
  ].join('\n');
}

export function buildRss(channel: RssChannel, articles: readonly ArticleSummary[]): string {
  const updated = articles[0] ? articles[0].publishedAt : new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('lastBuildDate', rfc822(updated)),
    element('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    element('generator', 'govportal'),
    element('language', 'vi'),
    element('copyright', channel.copyright),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...articles.map((a) => item(channel, a)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
