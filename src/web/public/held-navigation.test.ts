/**
 * A site's menu and categories are held in memory between changes of the site (reader.ts
 * navigation): pages read them from there, and an article whose category the held list
 * does not know as it is now (created or renamed behind the process's back, as an import
 * does) is still served at its address, from storage, on both databases; so is a category's
 * own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../articles/articles.service.js';
import { insertCategory } from '../../categories/index.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app.js';

describe.each(TEST_DIALECTS)('pages over the held navigation on %s', (dialect) => {
  let t: TestApp;
  let siteId: number;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: 'camlo.localhost' } });

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2, environment: { PAGE_CACHE: 'off' } });
    siteId = (await t.services.db.kysely.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    // The navigation is now held.
    expect((await get('/')).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('serves an article of a category created behind its back, with the category in its breadcrumb', async () => {
    const db = t.services.db.kysely;
    const category = await insertCategory(db, { site_id: siteId, parent_id: null, slug: 'chuyen-muc-moi', name: 'Chuyên mục mới', description: null, menu_order: 99, in_menu: 0, updated_at: TEST_NOW.toISOString() });
    const article = await createArticle(db, { siteId, categoryId: category.id, title: 'Tin trong chuyên mục mới', lead: 'Tin.', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt: '2026-01-02T01:00:00Z' });
    const page = await get(`/chuyen-muc-moi/${article.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Chuyên mục mới');
  });

  it('serves an article at its category’s new address after a rename behind its back, not a redirect to the old one', async () => {
    const db = t.services.db.kysely;
    const category = await insertCategory(db, { site_id: siteId, parent_id: null, slug: 'ten-cu', name: 'Tên cũ', description: null, menu_order: 98, in_menu: 0, updated_at: TEST_NOW.toISOString() });
    const article = await createArticle(db, { siteId, categoryId: category.id, title: 'Tin đổi chuyên mục', lead: 'Tin.', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt: '2026-01-03T01:00:00Z' });
    expect((await get(`/ten-cu/${article.slug}`)).statusCode).toBe(200);
    await db.updateTable('categories').set({ slug: 'ten-moi', name: 'Tên mới' }).where('id', '=', category.id).execute();
    const page = await get(`/ten-moi/${article.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Tên mới');
    // The category's own page at its new address, its article listed.
    const list = await get('/ten-moi');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Tin đổi chuyên mục');
  });

  it('serves the page of a category created behind its back, and 404 for a slug no category has', async () => {
    const db = t.services.db.kysely;
    const category = await insertCategory(db, { site_id: siteId, parent_id: null, slug: 'chuyen-muc-sau', name: 'Chuyên mục sau', description: null, menu_order: 97, in_menu: 0, updated_at: TEST_NOW.toISOString() });
    await createArticle(db, { siteId, categoryId: category.id, title: 'Tin của chuyên mục sau', lead: 'Tin.', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt: '2026-01-04T01:00:00Z' });
    const page = await get('/chuyen-muc-sau');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Chuyên mục sau');
    expect(page.body).toContain('Tin của chuyên mục sau');
    expect((await get('/chuyen-muc-chua-co')).statusCode).toBe(404);
  });
});
