/**
 * The province's syndicated news as the public reads it, on both databases: the demo's
 * accepted Cam Lộ and Vĩnh Linh articles on the home block, the list and the feed, each
 * named and linked on its source site; the pending proposal nowhere; the read gate
 * applied to the source row now (a future publication time hides it); titles escaped in
 * HTML and XML; pages of 20 with ?trang=N; no such page on a site without child sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSyndication } from '../../../syndication/index.js';
import type { ArticleRow } from '../../../db/schema.js';
import { parseDocument, textOf } from '../../../test-support/html.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../../admin/articles/test-fixture.js';

describe.each(TEST_DIALECTS)('syndicated news on the province (%s)', (dialect) => {
  let f: EditorialFixture;
  let provinceId: number;
  beforeAll(async () => {
    // The cases write rows behind the app's back (acceptances, a status) to show the read gate
    // on the source row: the page cache would rightly keep its pages; its own tests prove what it drops.
    f = await editorialFixture(dialect, { environment: { PAGE_CACHE: 'off' } });
    provinceId = f.siteA.parentId ?? 0;
  });
  afterAll(() => f.t.close());

  const get = (url: string, host = 'localhost', headers: Record<string, string> = {}) => f.app.inject({ url, headers: { host, ...headers } });

  async function accept(article: ArticleRow, decidedAt = new Date()): Promise<void> {
    await insertSyndication(f.db, {
      article_id: article.id, from_site_id: article.site_id, to_site_id: provinceId, state: 'accepted', note: null,
      proposed_by: null, decided_by: null, proposed_at: decidedAt.toISOString(), decided_at: decidedAt.toISOString(),
    });
  }

  it('shows the demo accepted articles on the home block with the source named and linked, never the pending one', async () => {
    const demo = await f.db
      .selectFrom('syndications as s')
      .innerJoin('articles as a', 'a.id', 's.article_id')
      .innerJoin('sites as site', 'site.id', 's.from_site_id')
      .select(['a.title', 'site.slug', 'site.short_name as shortName', 's.state'])
      .where('s.to_site_id', '=', provinceId)
      .execute();
    const accepted = demo.filter((d) => d.state === 'accepted');
    expect(new Set(accepted.map((d) => d.slug))).toEqual(new Set(['camlo', 'vinhlinh']));

    const doc = parseDocument((await get('/')).body);
    const block = doc.querySelector('section.syndicated-block');
    expect(textOf(block?.querySelector('h2'))).toBe('Tin từ các địa phương');
    expect(block?.querySelector('h2 a')?.getAttribute('href')).toBe('/tin-dia-phuong');
    const items: Element[] = block === null || block === undefined ? [] : Array.from(block.querySelectorAll('li'));
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      const [title, source] = Array.from(li.querySelectorAll('a'));
      const from = accepted.find((d) => textOf(title).startsWith(d.title));
      expect(from, textOf(title)).toBeDefined();
      expect(title?.getAttribute('href')).toMatch(new RegExp(`^http://${from?.slug ?? ''}\\.localhost/[a-z0-9-]+/[a-z0-9-]+$`));
      expect(source?.getAttribute('href')).toBe(`http://${from?.slug ?? ''}.localhost/`);
      expect(textOf(source)).toBe(from?.shortName);
    }
    for (const pending of demo.filter((d) => d.state === 'proposed')) expect(doc.body.textContent).not.toContain(pending.title);
  });

  it('lists 20 a page, newest acceptance first, with ?trang=N, and answers 404 past the last page and 400 for a bad one', async () => {
    // Accepted "tomorrow": ahead of the demo's and of the other cases' items, whatever order the cases run in.
    const base = Date.now() + 86_400_000;
    const made: ArticleRow[] = [];
    for (let i = 0; i < 21; i += 1) {
      const a = await f.article(f.siteA, 'writer', 'published', `Tin địa phương phân trang ${dialect} số ${i}`);
      await accept(a, new Date(base + i * 1000));
      made.push(a);
    }
    const titlesOf = (html: string) => Array.from(parseDocument(html).querySelectorAll('.syndicated-list h2 a')).map((a) => a.firstChild?.textContent ?? '');
    const first = await get('/tin-dia-phuong');
    expect(titlesOf(first.body)).toHaveLength(20);
    expect(parseDocument(first.body).querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/tin-dia-phuong?trang=2');
    const second = await get('/tin-dia-phuong?trang=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('<link rel="canonical" href="http://quangtri.localhost/tin-dia-phuong?trang=2"/>');
    const mine = new Set(made.map((a) => a.title));
    expect([...titlesOf(first.body), ...titlesOf(second.body)].filter((t) => mine.has(t))).toEqual(made.map((a) => a.title).reverse());
    const pages = Number(/Trang 2 \/ (\d+)/.exec(second.body)?.[1]);
    expect((await get(`/tin-dia-phuong?trang=${pages + 1}`)).statusCode).toBe(404);
    expect((await get('/tin-dia-phuong?trang=abc')).statusCode).toBe(400);
    expect((await get('/tin-dia-phuong?trang=0')).statusCode).toBe(400);
  });

  it('reads the source row through the read gate: a publication time still to come hides it', async () => {
    const a = await f.article(f.siteA, 'writer', 'published', `Tin hẹn giờ ${dialect}`);
    await f.db.updateTable('articles').set({ published_at: new Date(Date.now() + 3_600_000).toISOString() }).where('id', '=', a.id).execute();
    await accept(a, new Date(Date.now() + 120_000));
    expect((await get('/tin-dia-phuong')).body).not.toContain(a.title);
    expect((await get('/')).body).not.toContain(a.title);
  });

  it('drops an accepted article the moment its source unpublishes it, and shows it again when it is published again', async () => {
    const a = await f.article(f.siteA, 'writer', 'published', `Tin gỡ rồi đăng lại ${dialect}`);
    await accept(a, new Date(Date.now() + 5 * 86_400_000));
    expect((await get('/')).body).toContain(a.title);
    await f.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', a.id).execute();
    expect((await get('/')).body).not.toContain(a.title);
    expect((await get('/tin-dia-phuong')).body).not.toContain(a.title);
    expect((await get('/tin-dia-phuong/rss.xml')).body).not.toContain(a.title);
    await f.db.updateTable('articles').set({ status: 'published' }).where('id', '=', a.id).execute();
    expect((await get('/tin-dia-phuong')).body).toContain(a.title);
  });

  it('escapes a hostile title in the page and the feed, and links the feed items to the source', async () => {
    const title = `<script>alert(1)</script> & "Tin" ${dialect}`;
    const a = await f.article(f.siteA, 'writer', 'published', title);
    // Accepted last of all the cases' items: on the first page whatever ran before.
    await accept(a, new Date(Date.now() + 10 * 86_400_000));
    const page = await get('/tin-dia-phuong');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script> &amp; &quot;Tin&quot;');
    const feed = await get('/tin-dia-phuong/rss.xml');
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(feed.body).not.toContain('<script>');
    expect(feed.body).toContain(`<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tin&quot; ${dialect}</title>`);
    expect(feed.body).toContain(`<link>http://camlo.localhost/`);
    expect(feed.body).toContain('<category>Huyện Cam Lộ</category>');
    const again = await get('/tin-dia-phuong/rss.xml', 'localhost', { 'if-none-match': String(feed.headers['etag']) });
    expect(again.statusCode).toBe(304);
  });

  it('has no such page, feed or block on a site without child sites', async () => {
    expect((await get('/tin-dia-phuong', 'camlo.localhost')).statusCode).toBe(404);
    expect((await get('/tin-dia-phuong/rss.xml', 'camlo.localhost')).statusCode).toBe(404);
    expect((await get('/', 'camlo.localhost')).body).not.toContain('Tin từ các địa phương');
  });
});
