/**
 * An RSS 2.0 feed, read as a stream: each <item> becomes a post with its guid (or
 * link) as identity, content:encoded (or the description) as body, the description as
 * lead when there is a body besides it, categories as tags, dc:creator or the author
 * element as author, and the first image among enclosure, media:content and
 * media:thumbnail as featured image. Pure: the caller feeds the text.
 */
import { clip, distinct, feedDate, plainText, sourceKeyOf, type FeedItem } from './feed-item.js';
import type { FeedReader } from './wxr.js';
import { child, childrenNamed, childText, xmlStream, type XmlNode } from './xml-stream.js';

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif'];

function looksLikeImage(node: XmlNode): boolean {
  const type = (node.attrs['type'] ?? '').toLowerCase();
  if (type.startsWith('image/') || node.attrs['medium'] === 'image') return true;
  if (type !== '') return false;
  const url = (node.attrs['url'] ?? '').toLowerCase().split('?', 1)[0] ?? '';
  return IMAGE_EXTENSIONS.some((ext) => url.endsWith(ext));
}

/** "editor@example.org (Nguyễn Văn A)" → "Nguyễn Văn A"; a bare address is not a name. */
function authorOf(node: XmlNode): string | null {
  const creator = plainText(childText(node, 'dc:creator'));
  if (creator !== '') return creator;
  const author = plainText(childText(node, 'author'));
  const open = author.indexOf('(');
  if (open !== -1 && author.endsWith(')')) return author.slice(open + 1, -1).trim() || null;
  return author === '' || author.includes('@') ? null : author;
}

export function rssReader(): FeedReader {
  const items: FeedItem[] = [];
  let channelLink: string | null = null;
  let itemNumber = 0;

  const onItem = (node: XmlNode) => {
    itemNumber += 1;
    const link = childText(node, 'link');
    const guidNode = child(node, 'guid');
    const guid = guidNode?.text.trim() ?? '';
    const guidIsUrl = guidNode?.attrs['isPermaLink'] !== 'false' && (guid.startsWith('http://') || guid.startsWith('https://') || guid.startsWith('/'));
    const pubDate = childText(node, 'pubDate') || childText(node, 'dc:date');
    const description = child(node, 'description')?.text ?? '';
    const content = child(node, 'content:encoded')?.text ?? '';
    const media = [...childrenNamed(node, 'enclosure'), ...childrenNamed(node, 'media:content'), ...childrenNamed(node, 'media:thumbnail')];
    const groups = childrenNamed(node, 'media:group').flatMap((g) => childrenNamed(g, 'media:content'));
    const image = [...media, ...groups].find((m) => (m.attrs['url'] ?? '') !== '' && (m.name === 'media:thumbnail' || looksLikeImage(m)));
    const title = plainText(child(node, 'title')?.text ?? '');
    items.push({
      number: itemNumber,
      line: node.line,
      sourceKey: sourceKeyOf(guid || link || `${title}|${pubDate}`),
      title,
      lead: content.trim() !== '' ? clip(plainText(description), 500) : '',
      bodyHtml: content.trim() !== '' ? content : description,
      authorName: authorOf(node),
      publishedAt: feedDate(pubDate),
      rawDate: pubDate,
      tags: distinct(childrenNamed(node, 'category').map((c) => plainText(c.text))),
      oldUrls: distinct([link, guidIsUrl ? guid : '']),
      featuredImage: image?.attrs['url'] ?? null,
    });
  };

  const stream = xmlStream({
    rootName: 'rss',
    emitDepth: 3,
    onNode(node) {
      if (node.name === 'item') onItem(node);
      else if (node.name === 'link') channelLink = node.text.trim() || null;
    },
  });

  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      return { kind: 'rss', baseUrl: channelLink, items, notPosts: 0 };
    },
  };
}
