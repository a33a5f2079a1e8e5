/**
 * An article in several categories, over HTTP: listed once on each of its categories'
 * pages, home blocks, RSS feeds and in the public API's category filter, while its
 * address (links, canonical, redirects) stays under its own category; other sites'
 * categories and too many are refused with a 400 naming the field; a revision keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle } from '../../../contract/articles.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { ArticleRow } from '../../../db/schema.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { stringContaining } from '../../../test-support/matchers.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';

const HOST = 'camlo.localhost';

describe.each(TEST_DIALECTS)('an article in several categories on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let slugA: string;
  let slugB: string;
  let nameB: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
    const category = (id: number) => f.db.selectFrom('categories').select(['slug', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
    slugA = (await category(f.categoryA)).slug;
    ({ slug: slugB, name: nameB } = await category(f.categoryA2));
  });
  afterAll(() => f.t.close());

  async function save(article: ArticleRow, over: object) {
    const a = (await f.call('GET', `${base}/${article.id}`, 'approver')).json<AdminArticle>();
    return f.call('PUT', `${base}/${article.id}`, 'approver', { title: a.title, lead: a.lead, bodyHtml: a.bodyHtml, categoryId: a.categoryId, baseRevision: a.revision, ...over });
  }

  const get = (url: string) => f.app.inject({ url, headers: { host: HOST } });
  /** The links to the article on a page of site A. */
  const linksTo = (html: string, title: string) =>
    Array.from(parseDocument(html).querySelectorAll('a'))
      .filter((a) => a.textContent === title)
      .map((a) => a.getAttribute('href'));

  it('lists the article on its other category (page, home block, RSS, API) once, linked under its own category', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ đón bằng công nhận huyện nông thôn mới');
    const saved = await save(story, { extraCategoryIds: [f.categoryA2, f.categoryA2, f.categoryA] });
    expect(saved.statusCode).toBe(200);
    // Each once, and not its own category (where it is anyway).
    expect(saved.json<AdminArticle>().extraCategoryIds).toEqual([f.categoryA2]);
    const own = `/${slugA}/${story.slug}`;

    const pageB = await get(`/${slugB}`);
    expect(pageB.statusCode).toBe(200);
    expect(linksTo(pageB.body, story.title)).toEqual([own]);
    const pageA = await get(`/${slugA}`);
    expect(linksTo(pageA.body, story.title)).toEqual([own]);

    const home = parseDocument((await get('/')).body);
    const blockB = Array.from(home.querySelectorAll('.category-block')).find((b) => b.querySelector('h2')?.textContent === nameB);
    expect(Array.from(blockB?.querySelectorAll('li a') ?? []).filter((a) => a.textContent === story.title).map((a) => a.getAttribute('href'))).toEqual([own]);

    const feed = await get(`/${slugB}/rss.xml`);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain(`<link>http://${HOST}${own}</link>`);

    const api = await get(`/api/v1/articles?category=${slugB}&limit=100`);
    expect(api.statusCode).toBe(200);
    const items = api.json<{ items: { id: number; url: string }[] }>().items.filter((i) => i.id === story.id);
    expect(items.map((i) => i.url)).toEqual([`http://${HOST}${own}`]);

    // The address stays under its own category: the other one redirects there, the page names it canonical.
    const other = await get(`/${slugB}/${story.slug}`);
    expect(other.statusCode).toBe(301);
    expect(other.headers.location).toBe(own);
    const page = parseDocument((await get(own)).body);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`http://${HOST}${own}`);

    // Taken out of B: gone from B's page, still on A's.
    expect((await save(story, { extraCategoryIds: [] })).statusCode).toBe(200);
    expect(linksTo((await get(`/${slugB}`)).body, story.title)).toEqual([]);
    expect(linksTo((await get(`/${slugA}`)).body, story.title)).toEqual([own]);
  });

  it('refuses a category of another site, an unknown one and more than five with a 400, saving nothing', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ chuẩn bị mùa mưa bão');
    const before = (await f.call('GET', `${base}/${story.id}`, 'approver')).json<AdminArticle>().revision;
    for (const ids of [[f.categoryB], [2_000_000_000]]) {
      const res = await save(story, { extraCategoryIds: ids });
      expect(res.statusCode).toBe(400);
      expect(res.json<EditorialProblem>().errors).toEqual([{ field: 'extraCategoryIds', message: stringContaining('Có chuyên mục khác không tồn tại trên cổng thông tin này') }]);
    }
    expect((await save(story, { extraCategoryIds: [1, 2, 3, 4, 5, 6] })).statusCode).toBe(400);
    expect((await f.call('GET', `${base}/${story.id}`, 'approver')).json<AdminArticle>()).toMatchObject({ revision: before, extraCategoryIds: [] });
  });

  it('brings the other categories back when a revision is restored', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ phát động phong trào trồng cây');
    expect((await save(story, { extraCategoryIds: [f.categoryA2] })).statusCode).toBe(200);
    const withExtra = (await f.call('GET', `${base}/${story.id}`, 'approver')).json<AdminArticle>().revision;
    const cleared = await save(story, { extraCategoryIds: [] });
    const restored = await f.call('POST', `${base}/${story.id}/revisions/${withExtra}/restore`, 'approver', { baseRevision: cleared.json<AdminArticle>().revision });
    expect(restored.statusCode).toBe(200);
    expect(restored.json<AdminArticle>().extraCategoryIds).toEqual([f.categoryA2]);
    expect(linksTo((await get(`/${slugB}`)).body, story.title)).toEqual([`/${slugA}/${story.slug}`]);
  });
});
