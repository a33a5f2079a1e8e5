/**
 * The WXR and RSS readers on generated files: what each item becomes, CDATA and `]]>`,
 * chunk boundaries anywhere, 10,000 items, and broken files refused with their line.
 */
import { describe, expect, it } from 'vitest';
import type { FeedReader } from './wxr.js';
import { wxrReader } from './wxr.js';
import { rssReader } from './rss.js';
import { manyPosts, rssFile, wxrFile, type TestPost } from './test-feeds.js';
import { XmlFileError } from './xml-stream.js';
import { plainText } from './feed-item.js';

const BASE = 'https://old.example.vn';

function read(reader: FeedReader, text: string, chunk = 1 << 16) {
  for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  return reader.end();
}

function refusal(reader: FeedReader, text: string): XmlFileError {
  try {
    read(reader, text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlFileError);
    return error as XmlFileError;
  }
  throw new Error('not refused');
}

const hostile: TestPost = {
  id: 42,
  title: 'Tin <b>đậm</b> có ]]> ở giữa & "nháy"',
  bodyHtml: '<p>Đoạn ]]> một</p><script>alert(1)</script><a href="javascript:alert(2)">x</a><img src="https://old.example.vn/wp-content/uploads/a.png" alt="Ảnh A">',
  date: new Date('2022-11-16T09:21:00Z'),
  author: { login: 'bientap', displayName: 'Nguyễn Văn A' },
  categories: ['Tin tức', 'Sự kiện'],
  tags: ['Bình đẳng giới', 'Tin tức'],
  slug: 'tin-dam',
  excerpt: 'Tóm tắt <em>ngắn</em>',
  thumbnailId: 7,
};

describe('wxrReader', () => {
  const file = wxrFile({
    baseUrl: BASE,
    attachments: [{ id: 7, url: `${BASE}/wp-content/uploads/anh-dai-dien.png` }],
    posts: [hostile, { ...hostile, id: 43, status: 'draft', title: 'Nháp' }, { ...hostile, id: 44, type: 'page', title: 'Trang' }],
  });

  it('turns a published post into a plain item: title as text with its ]]>, author’s display name, date, tags, old addresses, featured image', () => {
    const feed = read(wxrReader(), file);
    expect(feed.kind).toBe('wxr');
    expect(feed.baseUrl).toBe(BASE);
    expect(feed.notPosts).toBe(3);
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0]!;
    expect(item).toMatchObject({
      number: 2,
      sourceKey: 'post:42',
      title: 'Tin đậm có ]]> ở giữa & "nháy"',
      lead: 'Tóm tắt ngắn',
      authorName: 'Nguyễn Văn A',
      publishedAt: '2022-11-16T09:21:00.000Z',
      tags: ['Tin tức', 'Sự kiện', 'Bình đẳng giới'],
      oldUrls: [`${BASE}/2022/11/16/tin-dam/`, `${BASE}/?p=42`, '/?p=42'],
      featuredImage: `${BASE}/wp-content/uploads/anh-dai-dien.png`,
    });
    expect(item.bodyHtml).toContain('<p>Đoạn ]]> một</p>');
    expect(file.split('\n')[item.line - 1]).toContain('<item>');
  });

  it('gives the same items whatever the chunk boundaries', () => {
    const whole = read(wxrReader(), file);
    for (const size of [1, 7, 64, 1000]) expect(read(wxrReader(), file, size)).toEqual(whole);
  });

  it('reads 10,000 posts quickly', () => {
    const big = wxrFile({ baseUrl: BASE, posts: manyPosts(10_000) });
    const started = performance.now();
    const feed = read(wxrReader(), big);
    const ms = performance.now() - started;
    expect(feed.items).toHaveLength(10_000);
    expect(feed.items[9_999]?.number).toBe(10_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses broken files with the line: cut short, closed out of order, another root, text outside the root, empty', () => {
    const lines = file.split('\n');
    const cut = refusal(wxrReader(), file.slice(0, file.indexOf('</content:encoded>')));
    expect(cut.message).toMatch(/^Dòng \d+: tệp bị cắt cụt/);
    const wrongClose = file.replace('</wp:post_name>', '</wp:post_nam>');
    const mismatch = refusal(wxrReader(), wrongClose);
    expect(mismatch.message).toMatch(/^Dòng \d+: thẻ <wp:post_name> chưa được đóng/);
    // The stray </wp:post_nam> is no close at all: the post's </item> finds <wp:post_name> still open.
    expect(lines[mismatch.line - 1]).toContain('</item>');
    expect(mismatch.line).toBeGreaterThan(lines.findIndex((l) => l.includes('<wp:post_name>')));
    expect(refusal(wxrReader(), '<feed><entry/></feed>').message).toContain('thẻ gốc là <feed>');
    expect(refusal(wxrReader(), `${file}<rss></rss>`).message).toContain('ngoài thẻ gốc');
    expect(refusal(wxrReader(), `${file}rác`).message).toContain('sau thẻ đóng');
    expect(refusal(wxrReader(), '').message).toContain('không có thẻ gốc');
  });

  it('never expands an entity; a DOCTYPE with an internal subset is refused', () => {
    const plain = file.replace('<rss ', '<!DOCTYPE rss>\n<rss ').replace('<title><![CDATA[Tin', '<title>&x;<![CDATA[Tin');
    expect(read(wxrReader(), plain).items[0]?.title).toMatch(/^&x;Tin/);
    const xxe = file.replace('<rss ', '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss ');
    expect(refusal(wxrReader(), xxe).message).toMatch(/^Dòng 2: có nội dung trước thẻ gốc/);
  });
});

describe('rssReader', () => {
  it('reads items: guid as identity, content as body, description as lead, author’s name, enclosure as image, link as old address', () => {
    const feed = read(rssReader(), rssFile({ link: BASE, posts: [{ ...hostile, imageUrl: `${BASE}/a.png` }] }));
    expect(feed.items[0]).toMatchObject({
      number: 1,
      sourceKey: 'bai-42',
      title: 'Tin đậm có ]]> ở giữa & "nháy"',
      lead: 'Tóm tắt ngắn',
      authorName: 'Nguyễn Văn A',
      publishedAt: '2022-11-16T09:21:00.000Z',
      tags: ['Tin tức', 'Sự kiện'],
      oldUrls: [`${BASE}/-/view-article/1/42/42`],
      featuredImage: `${BASE}/a.png`,
    });
  });

  it('refuses a feed cut short', () => {
    const text = rssFile({ link: BASE, posts: manyPosts(3) });
    expect(refusal(rssReader(), text.slice(0, -20)).message).toMatch(/^Dòng \d+: tệp bị cắt cụt/);
  });
});

describe('plainText', () => {
  it('drops tags, scripts and styles and decodes entities', () => {
    expect(plainText('<b>A</b> &amp; <script>x()</script><style>p{}</style>B &lt;c&gt;')).toBe('A & B <c>');
    expect(plainText('a ]]> b')).toBe('a ]]> b');
  });
});
