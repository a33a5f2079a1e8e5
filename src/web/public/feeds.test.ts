/** RSS read by a real parser; sitemaps list every published article; robots names the sitemap. */
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const seed = loadSeedArticle();
const SEED_URL = `http://camlo.localhost/${seed.category}/${seed.expectedSlug}`;

function locs(xml: string): string[] {
  return Array.from(xml.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

describe.each(TEST_DIALECTS)('feeds and sitemaps on %s', (dialect) => {
  let t: TestApp;
  const parser = new Parser();
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });

  beforeAll(async () => {
    t = await createTestApp(dialect, { sitemapLimit: 20 });
  });
  afterAll(() => t.close());

  async function publishedUrls(siteSlug: string): Promise<string[]> {
    const rows = await t.database.db.kysely
      .selectFrom('articles as a')
      .innerJoin('categories as c', 'c.id', 'a.category_id')
      .innerJoin('sites as s', 's.id', 'a.site_id')
      .select(['a.slug', 'c.slug as cat'])
      .where('s.slug', '=', siteSlug)
      .where('a.status', '=', 'published')
      .execute();
    return rows.map((r) => `http://${siteSlug}.localhost/${r.cat}/${r.slug}`);
  }

  it('publishes the site RSS 2.0 with the newest articles', async () => {
    const res = await get('/rss.xml');
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const feed = await parser.parseString(res.body);
    expect(feed.title).toBe('Cổng thông tin điện tử huyện Cam Lộ');
    expect(feed.items.length).toBe(30);
    const dates = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of feed.items) expect(item.link?.startsWith('http://camlo.localhost/')).toBe(true);
  });

  it('gives feeds and sitemaps an ETag from their bytes, and a 304 to a client that holds them', async () => {
    for (const url of ['/rss.xml', `/${seed.category}/rss.xml`, '/sitemap.xml', '/sitemap-trang.xml', '/robots.txt']) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^"[\w-]{32}"$/);
      expect((await get(url)).headers.etag, url).toBe(etag); // the same bytes, the same tag
      const held = await t.app.inject({ url, headers: { host: 'camlo.localhost', 'if-none-match': `"something-else", W/${etag}` } });
      expect(held.statusCode, url).toBe(304);
      expect(held.body, url).toBe('');
      expect(held.headers['cache-control'], url).toBe('public, max-age=300');
      const stale = await t.app.inject({ url, headers: { host: 'camlo.localhost', 'if-none-match': '"a-tag-of-older-bytes"' } });
      expect(stale.statusCode, url).toBe(200);
    }
    // Another site's feed is other bytes: another tag.
    expect((await get('/rss.xml', 'dongha.localhost')).headers.etag).not.toBe((await get('/rss.xml')).headers.etag);
  });

  it('publishes a feed per category containing the seed article', async () => {
    const feed = await parser.parseString((await get(`/${seed.category}/rss.xml`)).body);
    expect(feed.title).toBe('Tin tức - Sự kiện - Huyện Cam Lộ');
    const all = await publishedUrls('camlo');
    for (const item of feed.items) expect(all).toContain(item.link);
    expect((await get('/khong-co-chuyen-muc/rss.xml')).statusCode).toBe(404);
  });

  it('lists every published article in the sitemap (an index once past the per-file limit)', async () => {
    const index = await get('/sitemap.xml');
    expect(index.body).toContain('<sitemapindex');
    const parts = locs(index.body);
    const listed: string[] = [];
    for (const part of parts) {
      const res = await get(new URL(part).pathname);
      expect(res.statusCode, part).toBe(200);
      expect(res.body).toContain('<urlset');
      listed.push(...locs(res.body));
    }
    const expected = await publishedUrls('camlo');
    for (const url of expected) expect(listed).toContain(url);
    expect(listed).toContain(SEED_URL);
    expect(listed.filter((u) => expected.includes(u)).length).toBe(expected.length);
  });

  it('names the sitemap in robots.txt', async () => {
    const res = await get('/robots.txt');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('Sitemap: http://camlo.localhost/sitemap.xml');
    expect(res.body).toContain('Disallow: /admin');
  });
});

describe.each(TEST_DIALECTS)('single-file sitemap on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('is one urlset with every published article while the site’s URLs fit in one file', async () => {
    const res = await t.app.inject({ url: '/sitemap.xml', headers: { host: 'camlo.localhost' } });
    expect(res.body).toContain('<urlset');
    const listed = locs(res.body);
    const count = await t.database.db.kysely
      .selectFrom('articles as a')
      .innerJoin('sites as s', 's.id', 'a.site_id')
      .select('a.id')
      .where('s.slug', '=', 'camlo')
      .where('a.status', '=', 'published')
      .execute();
    // Legal documents, albums, questions, consultations and topics are listed too, under their own sections.
    const sections = ['/trang/', '/en/', '/van-ban/', '/thu-vien-anh/', '/hoi-dap/', '/lay-y-kien/', '/chuyen-de/'];
    expect(listed.filter((u) => /localhost\/[a-z-]+\/[a-z0-9-]+$/.test(u) && !sections.some((s) => u.includes(s))).length).toBe(count.length);
    expect(listed).toContain(SEED_URL);
  });
});
