/**
 * WordPress's export (WXR, an RSS 2.0 file with the wp: namespace), read as a stream.
 * Published posts become items; attachments are remembered so a post's `_thumbnail_id`
 * finds its featured image; authors' logins become display names; categories and tags
 * (both `<category domain=…>`) become tags. Every other item (pages, drafts, menu
 * entries) is counted, not imported. Pure: the caller feeds the text.
 */
import { clip, distinct, plainText, sourceKeyOf, wordpressDate, feedDate, type FeedItem, type ParsedFeed } from './feed-item.js';
import { child, childrenNamed, childText, xmlStream, type XmlNode } from './xml-stream.js';

interface PendingPost {
  item: FeedItem;
  creator: string;
  thumbnailId: string;
}

export interface FeedReader {
  write(chunk: string): void;
  end(): ParsedFeed;
}

export function wxrReader(): FeedReader {
  const posts: PendingPost[] = [];
  const attachments = new Map<string, string>();
  const authors = new Map<string, string>();
  let baseUrl: string | null = null;
  let channelLink: string | null = null;
  let itemNumber = 0;
  let notPosts = 0;

  const onItem = (node: XmlNode) => {
    itemNumber += 1;
    const type = childText(node, 'wp:post_type') || 'post';
    const postId = childText(node, 'wp:post_id');
    if (type === 'attachment') {
      const url = childText(node, 'wp:attachment_url');
      if (postId !== '' && url !== '') attachments.set(postId, url);
      notPosts += 1;
      return;
    }
    const status = childText(node, 'wp:status') || 'publish';
    if (type !== 'post' || status !== 'publish') {
      notPosts += 1;
      return;
    }
    const link = childText(node, 'link');
    const guid = childText(node, 'guid');
    const gmt = childText(node, 'wp:post_date_gmt');
    const local = childText(node, 'wp:post_date');
    const pubDate = childText(node, 'pubDate');
    // post_date_gmt first; a site that never set it has the local time (assumed Vietnam's) or the RSS date.
    const publishedAt = wordpressDate(gmt) ?? feedDate(pubDate) ?? wordpressDate(local, '+07:00');
    const meta = childrenNamed(node, 'wp:postmeta').map((m) => [childText(m, 'wp:meta_key'), childText(m, 'wp:meta_value')] as const);
    const thumbnailId = meta.find(([key]) => key === '_thumbnail_id')?.[1] ?? '';
    const oldUrls = distinct([link, guid.includes('/') || guid.includes('?') ? guid : '', postId !== '' ? `/?p=${postId}` : '']);
    posts.push({
      creator: childText(node, 'dc:creator'),
      thumbnailId,
      item: {
        number: itemNumber,
        line: node.line,
        sourceKey: sourceKeyOf(postId !== '' ? `post:${postId}` : guid || link || `${childText(node, 'title')}|${gmt}`),
        title: plainText(child(node, 'title')?.text ?? ''),
        lead: plainText(child(node, 'excerpt:encoded')?.text ?? ''),
        bodyHtml: child(node, 'content:encoded')?.text ?? '',
        authorName: null,
        publishedAt,
        rawDate: gmt || pubDate || local,
        tags: distinct(childrenNamed(node, 'category').map((c) => plainText(c.text))),
        oldUrls,
        featuredImage: null,
      },
    });
  };

  const stream = xmlStream({
    rootName: 'rss',
    emitDepth: 3,
    onNode(node) {
      switch (node.name) {
        case 'item':
          return onItem(node);
        case 'wp:author': {
          const login = childText(node, 'wp:author_login');
          const name = plainText(childText(node, 'wp:author_display_name'));
          if (login !== '' && name !== '') authors.set(login, name);
          return;
        }
        case 'wp:base_site_url':
          baseUrl = node.text.trim() || null;
          return;
        case 'link':
          channelLink = node.text.trim() || null;
          return;
        default:
          return;
      }
    },
  });

  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      const items = posts.map(({ item, creator, thumbnailId }) => ({
        ...item,
        authorName: creator === '' ? null : (authors.get(creator) ?? plainText(creator)),
        featuredImage: attachments.get(thumbnailId) ?? null,
        lead: clip(item.lead, 3000),
      }));
      return { kind: 'wxr', baseUrl: baseUrl ?? channelLink, items, notPosts };
    },
  };
}
