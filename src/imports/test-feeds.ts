/**
 * Feed files generated for tests: a WordPress export (WXR 1.2) and an RSS 2.0 feed
 * written the way those platforms write them, CDATA and `]]>` included, so tests can
 * make ten items or ten thousand, hostile or broken, without fixtures on disk.
 */

export interface TestPost {
  id: number;
  title: string;
  bodyHtml: string;
  /** UTC. */
  date: Date;
  author?: { login: string; displayName: string };
  categories?: string[];
  tags?: string[];
  slug?: string;
  excerpt?: string;
  /** Post id of an attachment item (WXR) whose address is the featured image. */
  thumbnailId?: number;
  /** Featured image address (RSS enclosure). */
  imageUrl?: string;
  status?: 'publish' | 'draft';
  type?: 'post' | 'page';
}

export interface TestAttachment {
  id: number;
  url: string;
}

/** Text inside CDATA, the `]]>` in it split the way WordPress does. */
export function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function wpDate(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

export function wxrPostLink(baseUrl: string, post: TestPost): string {
  const d = post.date.toISOString();
  return `${baseUrl}/${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/${post.slug ?? `bai-${post.id}`}/`;
}

export function wxrFile(opts: { baseUrl: string; posts: readonly TestPost[]; attachments?: readonly TestAttachment[] }): string {
  const authors = new Map<string, string>();
  for (const p of opts.posts) if (p.author) authors.set(p.author.login, p.author.displayName);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" ?>\n',
    '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n',
    '<channel>\n',
    `\t<title>Trang cũ</title>\n\t<link>${xmlText(opts.baseUrl)}</link>\n\t<language>vi</language>\n\t<wp:wxr_version>1.2</wp:wxr_version>\n`,
    `\t<wp:base_site_url>${xmlText(opts.baseUrl)}</wp:base_site_url>\n\t<wp:base_blog_url>${xmlText(opts.baseUrl)}</wp:base_blog_url>\n`,
  ];
  for (const [login, name] of authors) {
    parts.push(`\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_display_name>${cdata(name)}</wp:author_display_name></wp:author>\n`);
  }
  for (const a of opts.attachments ?? []) {
    parts.push(
      `\t<item>\n\t\t<title>anh-${a.id}</title>\n\t\t<link>${xmlText(opts.baseUrl)}/?attachment_id=${a.id}</link>\n\t\t<guid isPermaLink="false">${xmlText(a.url)}</guid>\n`,
      `\t\t<wp:post_id>${a.id}</wp:post_id>\n\t\t<wp:post_type>${cdata('attachment')}</wp:post_type>\n\t\t<wp:status>${cdata('inherit')}</wp:status>\n\t\t<wp:attachment_url>${cdata(a.url)}</wp:attachment_url>\n\t</item>\n`,
    );
  }
  for (const p of opts.posts) {
    const categories = [
      ...(p.categories ?? []).map((c, i) => `\t\t<category domain="category" nicename="cat-${i}">${cdata(c)}</category>\n`),
      ...(p.tags ?? []).map((t, i) => `\t\t<category domain="post_tag" nicename="tag-${i}">${cdata(t)}</category>\n`),
    ].join('');
    parts.push(
      '\t<item>\n',
      `\t\t<title>${cdata(p.title)}</title>\n`,
      `\t\t<link>${xmlText(wxrPostLink(opts.baseUrl, p))}</link>\n`,
      `\t\t<pubDate>${p.date.toUTCString()}</pubDate>\n`,
      `\t\t<dc:creator>${cdata(p.author?.login ?? 'admin')}</dc:creator>\n`,
      `\t\t<guid isPermaLink="false">${xmlText(opts.baseUrl)}/?p=${p.id}</guid>\n`,
      '\t\t<description></description>\n',
      `\t\t<content:encoded>${cdata(p.bodyHtml)}</content:encoded>\n`,
      `\t\t<excerpt:encoded>${cdata(p.excerpt ?? '')}</excerpt:encoded>\n`,
      `\t\t<wp:post_id>${p.id}</wp:post_id>\n`,
      `\t\t<wp:post_date>${cdata(wpDate(new Date(p.date.getTime() + 7 * 3600_000)))}</wp:post_date>\n`,
      `\t\t<wp:post_date_gmt>${cdata(p.status === 'draft' ? '0000-00-00 00:00:00' : wpDate(p.date))}</wp:post_date_gmt>\n`,
      `\t\t<wp:post_name>${cdata(p.slug ?? `bai-${p.id}`)}</wp:post_name>\n`,
      `\t\t<wp:status>${cdata(p.status ?? 'publish')}</wp:status>\n`,
      `\t\t<wp:post_type>${cdata(p.type ?? 'post')}</wp:post_type>\n`,
      categories,
      p.thumbnailId === undefined ? '' : `\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(String(p.thumbnailId))}</wp:meta_value>\n\t\t</wp:postmeta>\n`,
      '\t</item>\n',
    );
  }
  parts.push('</channel>\n</rss>\n');
  return parts.join('');
}

export function rssPostLink(link: string, post: TestPost): string {
  return `${link}/-/view-article/1/${post.id}/${post.id}`;
}

export function rssFile(opts: { link: string; posts: readonly TestPost[] }): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n',
    `<title>Nguồn cũ</title><link>${xmlText(opts.link)}</link><description>Tin</description>\n`,
  ];
  for (const p of opts.posts) {
    parts.push(
      '<item>\n',
      `<title>${xmlText(p.title)}</title>\n`,
      `<link>${xmlText(rssPostLink(opts.link, p))}</link>\n`,
      `<guid isPermaLink="false">bai-${p.id}</guid>\n`,
      `<pubDate>${p.date.toUTCString()}</pubDate>\n`,
      p.author ? `<author>${xmlText(`${p.author.login}@example.org (${p.author.displayName})`)}</author>\n` : '',
      ...(p.categories ?? []).map((c) => `<category>${xmlText(c)}</category>\n`),
      `<description>${xmlText(p.excerpt ?? '')}</description>\n`,
      `<content:encoded>${cdata(p.bodyHtml)}</content:encoded>\n`,
      p.imageUrl ? `<enclosure url="${xmlText(p.imageUrl)}" length="0" type="image/png"/>\n` : '',
      '</item>\n',
    );
  }
  parts.push('</channel>\n</rss>\n');
  return parts.join('');
}

/** `count` ordinary posts, numbered from `from`, a minute apart from 2022-11-16 09:21 UTC. */
export function manyPosts(count: number, from = 1): TestPost[] {
  return Array.from({ length: count }, (_, i) => {
    const id = from + i;
    return {
      id,
      title: `Tin số ${id}: Hội nghị tổng kết công tác năm 2022`,
      bodyHtml: `<p>Nội dung tin số ${id}, <strong>đậm</strong> và <a href="https://quangtri.gov.vn/">liên kết</a>.</p>`,
      date: new Date(Date.UTC(2022, 10, 16, 9, 21) + i * 60_000),
      author: { login: `bt${id % 3}`, displayName: `Biên tập viên ${id % 3}` },
      categories: ['Tin tức'],
      tags: [`Chủ đề ${id % 5}`],
    };
  });
}
