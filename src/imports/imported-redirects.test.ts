/**
 * Imported old addresses answer over HTTP on the site's host (fastify.inject, SQLite and
 * PostgreSQL): a WordPress post's permalink and `/?p=123`, a Liferay article address, a
 * CSV's Vietnamese path in any percent-encoding, each answer 301 to the new article,
 * which answers 200; a lookup is bounded and a miss is still a 404.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveArticle } from '../articles/articles.service.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { importFeed, importRedirects } from './index.js';
import { rssFile, wxrFile, type TestPost } from './test-feeds.js';
import { MAX_REDIRECT_KEY_LENGTH } from './url-normalise.js';

const post: TestPost = {
  id: 123,
  // A WordPress title is HTML: an escaped "<" is text, a tag would be dropped.
  title: 'Hội nghị tổng kết &lt;công tác&gt; <b>]]></b> năm 2022',
  bodyHtml: '<p>Nội dung</p><script>alert(1)</script>',
  date: new Date('2022-11-16T09:21:00Z'),
  slug: 'hoi-nghi-tong-ket',
};

describe.each(TEST_DIALECTS)('imported redirects over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let dir: string;
  let articlePath = '';
  let rssPath = '';
  const host = { host: 'camlo.localhost' };
  const get = (url: string, headers: Record<string, string> = host) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-redirects-'));
    const db = t.database.db.kysely;
    const mediaDir = t.services.config.mediaDir;
    const wxr = path.join(dir, 'wp.xml');
    fs.writeFileSync(wxr, wxrFile({ baseUrl: 'https://old.camlo.vn', posts: [post] }));
    await importFeed(db, { kind: 'wxr', siteSlug: 'camlo', categorySlug: 'tin-tuc-su-kien', source: { path: wxr }, mediaDir });
    const rss = path.join(dir, 'feed.xml');
    fs.writeFileSync(rss, rssFile({ link: 'https://camlo.quangtri.gov.vn', posts: [{ ...post, id: 1668590478517, title: 'Tin từ Liferay' }] }));
    await importFeed(db, { kind: 'rss', siteSlug: 'camlo', categorySlug: 'tin-tuc-su-kien', source: { path: rss }, mediaDir });
    const rows = await db.selectFrom('articles as a').innerJoin('categories as c', 'c.id', 'a.category_id').select(['a.title', 'a.slug', 'c.slug as category']).where('a.title', 'in', ['Hội nghị tổng kết <công tác> ]]> năm 2022', 'Tin từ Liferay']).orderBy('a.id').execute();
    expect(rows.map((r) => r.title)).toEqual(['Hội nghị tổng kết <công tác> ]]> năm 2022', 'Tin từ Liferay']);
    articlePath = `/${rows[0]!.category}/${rows[0]!.slug}`;
    rssPath = `/${rows[1]!.category}/${rows[1]!.slug}`;
    await importRedirects(db, { siteSlug: 'camlo', fileName: 'r.csv', csv: `old_url,new_url\n"/tin tức/hội nghị cũ.html",${articlePath}\n/Default.aspx?NewsID=7&CatID=2,${articlePath}\n` });
  }, 120_000);
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function follows(url: string, to: string): Promise<void> {
    const moved = await get(url);
    expect([url, moved.statusCode, moved.headers.location]).toEqual([url, 301, to]);
    const page = await get(to);
    expect(page.statusCode).toBe(200);
  }

  it('answers 301 from the old WordPress addresses to the new article, which answers 200 without the script', async () => {
    await follows('/2022/11/16/hoi-nghi-tong-ket/', articlePath);
    await follows('/2022/11/16/hoi-nghi-tong-ket', articlePath);
    await follows('/?p=123', articlePath);
    await follows('/?utm_source=zalo&p=123', articlePath);
    const page = await get(articlePath);
    expect(page.body).toContain('<h1 class="article__title">Hội nghị tổng kết &lt;công tác> ]]> năm 2022</h1>');
    expect(page.body).not.toContain('alert(1)');
  });

  it('answers 301 from a Liferay article address', async () => {
    await follows('/-/view-article/1/1668590478517/1668590478517', rssPath);
  });

  it('finds a CSV redirect whatever the percent-encoding, and keeps the query that names the page', async () => {
    await follows('/tin%20t%E1%BB%A9c/h%E1%BB%99i%20ngh%E1%BB%8B%20c%C5%A9.html', articlePath);
    await follows('/tin%20t%e1%bb%a9c/h%e1%bb%99i%20ngh%e1%bb%8b%20c%c5%a9.html', articlePath);
    await follows(`/${encodeURIComponent('tin tức')}/${encodeURIComponent('hội nghị cũ.html'.normalize('NFD'))}`, articlePath);
    await follows('/Default.aspx?CatID=2&NewsID=7', articlePath);
    expect((await get('/Default.aspx?CatID=2&NewsID=8')).statusCode).toBe(404);
  });

  it('a redirect to an article (a CSV line naming it by its own host, or an imported old link) follows it when it is renamed', async () => {
    const db = t.database.db.kysely;
    await importRedirects(db, { siteSlug: 'camlo', fileName: 'r2.csv', csv: `old_url,new_url\n/bai-cu-lien-ket,http://camlo.localhost${rssPath}\n` });
    const slug = rssPath.split('/')[2]!;
    const { id } = await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    await moveArticle(db, id, { slug: 'tin-tu-liferay-doi-ten' });
    try {
      await follows('/bai-cu-lien-ket', '/tin-tuc-su-kien/tin-tu-liferay-doi-ten');
      await follows('/-/view-article/1/1668590478517/1668590478517', '/tin-tuc-su-kien/tin-tu-liferay-doi-ten');
    } finally {
      await moveArticle(db, id, { slug });
    }
    await follows('/bai-cu-lien-ket', rssPath);
  });

  it('only on the site that imported them; a miss or an over-long address is a plain 404', async () => {
    expect((await get('/2022/11/16/hoi-nghi-tong-ket/', { host: 'dongha.localhost' })).statusCode).toBe(404);
    expect((await get('/?p=123', { host: 'dongha.localhost' })).statusCode).toBe(200);
    expect((await get('/2022/11/16/khong-co/')).statusCode).toBe(404);
    expect((await get(`/${'a'.repeat(MAX_REDIRECT_KEY_LENGTH + 10)}`)).statusCode).toBe(404);
    expect((await get('/?p=999')).statusCode).toBe(200);
  });
});
