/**
 * The public topic pages on the demo system, both databases: /chuyen-de on any site
 * lists the demo topic; its page shows its dates and description and the articles of
 * five districts newest first, the seed article at Cam Lộ's own address; the feed links
 * every article absolutely; ?trang=N pages through many articles; a title with markup
 * is escaped in the page and the feed; nothing of an article that is not public shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOPIC_SLUG, DEMO_TOPIC_TITLE } from '../../../demo/topics.js';
import { loadSeedArticle } from '../../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { insertTopic } from '../../../topics/index.js';
import { TOPIC_ARTICLES_PER_PAGE } from './topic-pages.js';

describe.each(TEST_DIALECTS)('public topic pages on %s', (dialect) => {
  let t: TestApp;
  const get = (url: string, host = 'localhost') => t.app.inject({ url, headers: { host } });
  const seed = loadSeedArticle();

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
  });
  afterAll(() => t.close());

  it('lists the demo topic on every site', async () => {
    for (const host of ['localhost', 'camlo.localhost', 'conco.localhost']) {
      const res = await get('/chuyen-de', host);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<a href="/chuyen-de/${DEMO_TOPIC_SLUG}">${DEMO_TOPIC_TITLE}</a>`);
    }
  });

  it('shows the demo topic with the articles of five districts, each on its own site', async () => {
    const res = await get(`/chuyen-de/${DEMO_TOPIC_SLUG}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`<h1>${DEMO_TOPIC_TITLE}</h1>`);
    expect(res.body).toContain('<time datetime="2022-11-15">15/11/2022</time> – <time datetime="2022-12-15">15/12/2022</time>');
    expect(res.body).toContain('5 tin bài');
    expect(res.body).toContain(`href="http://camlo.localhost/${seed.category}/${seed.expectedSlug}"`);
    for (const site of ['dongha', 'vinhlinh', 'huonghoa', 'giolinh']) expect(res.body).toContain(`href="http://${site}.localhost/tin-tuc-su-kien/`);
    // Newest first: Gio Linh (7/12) before the seed article (16/11).
    expect(res.body.indexOf('giolinh.localhost')).toBeLessThan(res.body.indexOf(seed.expectedSlug));
    // On Cam Lộ itself, its own article is a path on that site.
    const onCamlo = await get(`/chuyen-de/${DEMO_TOPIC_SLUG}`, 'camlo.localhost');
    expect(onCamlo.body).toContain(`href="/${seed.category}/${seed.expectedSlug}"`);
  });

  it('links every article of the feed absolutely', async () => {
    const res = await get(`/chuyen-de/${DEMO_TOPIC_SLUG}/rss.xml`, 'camlo.localhost');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const links = [...res.body.matchAll(/<guid>([^<]+)<\/guid>/g)].map((m) => m[1]);
    expect(links).toHaveLength(5);
    expect(links).toContain(`http://camlo.localhost/${seed.category}/${seed.expectedSlug}`);
    for (const link of links) expect(link).toMatch(/^http:\/\/[a-z]+\.localhost\//);
  });

  it('pages through many articles, escapes what the owner wrote, and leaves out articles that are not public', async () => {
    const db = t.database.db.kysely;
    const camlo = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const stamp = new Date().toISOString();
    const topic = await insertTopic(db, {
      site_id: camlo.id, slug: `nhieu-tin-${dialect}`, title: 'Chuyên đề <script>alert(1)</script> & "nhiều tin"', description: '', image_media_id: null,
      starts_on: null, ends_on: '2023-01-31', status: 'active', created_by: null, created_at: stamp, updated_at: stamp,
    });
    const articles = await db.selectFrom('articles').select(['id', 'status']).where('status', '=', 'published').orderBy('id').limit(TOPIC_ARTICLES_PER_PAGE + 3).execute();
    expect(articles).toHaveLength(TOPIC_ARTICLES_PER_PAGE + 3);
    for (const a of articles) await db.insertInto('topic_articles').values({ topic_id: topic.id, article_id: a.id, state: 'accepted', note: null, proposed_by: null, proposed_at: stamp, decided_by: null, decided_at: stamp }).execute();
    const [hidden] = articles;
    await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', hidden?.id ?? 0).execute();

    const first = await get(`/chuyen-de/nhieu-tin-${dialect}`, 'camlo.localhost');
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain('<script>alert(1)</script>');
    expect(first.body).toContain('Chuyên đề &lt;script>alert(1)&lt;/script> &amp; &quot;nhiều tin&quot;');
    expect(first.body).toContain('Đến 31/01/2023');
    expect(first.body).toContain(`${TOPIC_ARTICLES_PER_PAGE + 2} tin bài`);
    expect(first.body).toContain(`href="/chuyen-de/nhieu-tin-${dialect}?trang=2"`);
    const second = await get(`/chuyen-de/nhieu-tin-${dialect}?trang=2`, 'camlo.localhost');
    expect(second.statusCode).toBe(200);
    expect((second.body.match(/class="article-list__item"/g) ?? []).length).toBe(2);
    expect((await get(`/chuyen-de/nhieu-tin-${dialect}?trang=3`, 'camlo.localhost')).statusCode).toBe(404);
    // A site's own topic shows on that site only.
    expect((await get(`/chuyen-de/nhieu-tin-${dialect}`, 'dongha.localhost')).statusCode).toBe(404);
    const feed = await get(`/chuyen-de/nhieu-tin-${dialect}/rss.xml`, 'camlo.localhost');
    expect(feed.body).toContain('<title>Chuyên đề &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;nhiều tin&quot; - ');
  });
});
