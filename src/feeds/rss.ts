/** RSS 2.0 for a site or a category, built with the feed library. */
import { Feed } from 'feed';
import type { ArticleSummary } from '../articles/articles.repo.js';
import { articlePath } from '../urls/paths.js';

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

export function buildRss(channel: RssChannel, articles: readonly ArticleSummary[]): string {
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: channel.link,
    link: channel.link,
    language: 'vi',
    copyright: channel.copyright,
    feedLinks: { rss: channel.feedUrl },
    updated: articles[0] ? new Date(articles[0].publishedAt) : new Date(0),
    generator: 'govportal',
  });
  for (const a of articles) {
    const url = `${channel.origin}${articlePath(a.categorySlug, a.slug)}`;
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      description: a.lead,
      date: new Date(a.publishedAt),
      category: [{ name: a.categoryName }],
    });
  }
  return feed.rss2();
}
