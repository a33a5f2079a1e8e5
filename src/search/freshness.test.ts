/**
 * The index follows content at once, through the database's own triggers: publish,
 * edit, unpublish, delete, move to another category — each shows in the very next
 * search, on every database, with no application hook involved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, moveArticle } from '../articles/articles.service.js';
import type { Dialect } from '../db/database.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import type { SearchQuery } from './search.js';

function freshnessSuite(dialect: Dialect) {
  let t: TestApp;
  let siteId: number;
  let categoryIds: number[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 6 });
    const db = t.services.db.kysely;
    siteId = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    categoryIds = (await db.selectFrom('categories').select('id').where('site_id', '=', siteId).orderBy('menu_order').execute()).map((c) => c.id);
  });
  afterAll(() => t.close());

  const db = () => t.services.db.kysely;
  const find = async (text: string, extra: Partial<SearchQuery> = {}) => {
    const result = await t.services.search.search({ text, page: 1, pageSize: 20, ...extra });
    return result.hits;
  };
  const ids = async (text: string, extra: Partial<SearchQuery> = {}) => (await find(text, extra)).map((h) => h.id);

  async function publishNew(title: string, status: 'published' | 'draft' = 'published') {
    return createArticle(db(), {
      siteId,
      categoryId: categoryIds[0] ?? 0,
      title,
      lead: 'Tin thử nghiệm chỉ mục.',
      bodyHtml: '<p>Nội dung thử nghiệm.</p>',
      status,
      publishedAt: '2026-11-28T01:00:00Z',
    });
  }

  it('finds a newly published article in the very next search, by title, lead and body', async () => {
    const article = await createArticle(db(), {
      siteId,
      categoryId: categoryIds[0] ?? 0,
      title: 'Khai trương chợ phiên Tà Rụt',
      lead: 'Chợ họp vào sáng chủ nhật với nhiều đặc sản.',
      bodyHtml: '<p>Bà con mang <strong>măng rừng</strong>&nbsp;và mật ong đến chợ.</p>',
      status: 'published',
      publishedAt: '2026-11-28T01:00:00Z',
    });
    expect(await ids('cho phien ta rut')).toEqual([article.id]);
    expect(await ids('đặc sản chủ nhật Tà Rụt')).toEqual([article.id]);
    expect(await ids('mang rung mat ong ta rut')).toEqual([article.id]);
  });

  it('shows a draft only once it is published', async () => {
    const draft = await publishNew('Hội thi dệt thổ cẩm Pa Nho', 'draft');
    expect(await ids('dệt thổ cẩm Pa Nho')).toEqual([]);
    await db().updateTable('articles').set({ status: 'published' }).where('id', '=', draft.id).execute();
    expect(await ids('dệt thổ cẩm Pa Nho')).toEqual([draft.id]);
  });

  it('follows an edited title, lead and body', async () => {
    const article = await publishNew('Hội nghị tổng kết mùa cà phê');
    expect(await ids('tổng kết mùa cà phê')).toEqual([article.id]);
    await db().updateTable('articles').set({ title: 'Hội nghị tổng kết mùa hồ tiêu Cam Chính' }).where('id', '=', article.id).execute();
    expect(await ids('tổng kết mùa cà phê')).toEqual([]);
    expect(await ids('tong ket mua ho tieu cam chinh')).toEqual([article.id]);
    const hit = (await find('hồ tiêu Cam Chính'))[0];
    expect(hit?.titleHtml).toBe('Hội nghị tổng kết mùa <mark>hồ</mark> <mark>tiêu</mark> <mark>Cam</mark> <mark>Chính</mark>');
    await db().updateTable('articles').set({ lead: 'Nông dân xã Cam Chính bán được giá.', body_html: '<p>Giá hạt tiêu tăng mạnh.</p>' }).where('id', '=', article.id).execute();
    expect(await ids('bán được giá hạt tiêu tăng mạnh')).toEqual([article.id]);
    expect(await ids('tin thử nghiệm chỉ mục hồ tiêu Cam Chính')).not.toContain(article.id);
  });

  it('drops an unpublished or withdrawn article at once, and shows it again when republished', async () => {
    const article = await publishNew('Giải việt dã truyền thống Khe Sanh');
    expect(await ids('việt dã Khe Sanh')).toEqual([article.id]);
    await db().updateTable('articles').set({ status: 'unpublished' }).where('id', '=', article.id).execute();
    expect(await ids('việt dã Khe Sanh')).toEqual([]);
    expect(await ids('việt dã Khe Sanh', { includeUnpublished: true })).toEqual([article.id]);
    await db().updateTable('articles').set({ status: 'published' }).where('id', '=', article.id).execute();
    expect(await ids('việt dã Khe Sanh')).toEqual([article.id]);
    await db().updateTable('articles').set({ status: 'withdrawn', withdrawn_note: 'Thu hồi' }).where('id', '=', article.id).execute();
    expect(await ids('việt dã Khe Sanh')).toEqual([]);
  });

  it('forgets a deleted article', async () => {
    const article = await publishNew('Lớp học xóa mù chữ ở bản Ra Ly');
    expect(await ids('xóa mù chữ Ra Ly')).toEqual([article.id]);
    await db().deleteFrom('articles').where('id', '=', article.id).execute();
    expect(await ids('xóa mù chữ Ra Ly')).toEqual([]);
    expect(await ids('xóa mù chữ Ra Ly', { includeUnpublished: true })).toEqual([]);
  });

  it('follows a move to another category: filter, category name and path', async () => {
    const article = await publishNew('Tập huấn nuôi ong lấy mật Húc Nghì');
    const [from, to] = [categoryIds[0] ?? 0, categoryIds[2] ?? 0];
    expect(await ids('nuôi ong Húc Nghì', { categoryId: from })).toEqual([article.id]);
    await moveArticle(db(), article.id, { categoryId: to });
    expect(await ids('nuôi ong Húc Nghì', { categoryId: from })).toEqual([]);
    const hits = await find('nuôi ong Húc Nghì', { categoryId: to });
    expect(hits.map((h) => h.id)).toEqual([article.id]);
    expect(hits[0]?.categoryName).toBe('Kinh tế - Xã hội');
    expect(hits[0]?.path).toBe(`/kinh-te-xa-hoi/${article.slug}`);
  });

  it('follows static pages too', async () => {
    const stamp = '2026-11-28T01:00:00.000Z';
    const page = await db()
      .insertInto('pages')
      .values({ site_id: siteId, slug: 'so-do-to-chuc', title: 'Sơ đồ tổ chức bộ máy', body_html: '<p>Văn phòng HĐND và UBND huyện.</p>', status: 'published', menu_order: 5, in_menu: 0, published_at: stamp, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await find('sơ đồ tổ chức bộ máy', { type: 'page' })).map((h) => [h.id, h.path])).toEqual([[page.id, '/trang/so-do-to-chuc']]);
    await db().updateTable('pages').set({ title: 'Cơ cấu tổ chức bộ máy' }).where('id', '=', page.id).execute();
    expect(await ids('sơ đồ tổ chức bộ máy', { type: 'page' })).toEqual([]);
    expect(await ids('cơ cấu tổ chức', { type: 'page' })).toEqual([page.id]);
    await db().updateTable('pages').set({ status: 'draft' }).where('id', '=', page.id).execute();
    expect(await ids('cơ cấu tổ chức', { type: 'page' })).toEqual([]);
    await db().deleteFrom('pages').where('id', '=', page.id).execute();
    expect(await ids('cơ cấu tổ chức', { type: 'page', includeUnpublished: true })).toEqual([]);
  });

  it('shows a publication in the very next search page over HTTP', async () => {
    const article = await publishNew('Trao tặng bò giống cho hộ nghèo xã Cam Nghĩa');
    const res = await t.app.inject({ url: '/tim-kiem?q=bò+giống+Cam+Nghĩa', headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`/tin-tuc-su-kien/${article.slug}`);
    await db().updateTable('articles').set({ status: 'unpublished' }).where('id', '=', article.id).execute();
    const after = await t.app.inject({ url: '/tim-kiem?q=bò+giống+Cam+Nghĩa', headers: { host: 'camlo.localhost' } });
    expect(after.body).not.toContain(article.slug);
  });
}

describe.each(TEST_DIALECTS)('the search index follows content on %s', (dialect) => {
  freshnessSuite(dialect);
});
