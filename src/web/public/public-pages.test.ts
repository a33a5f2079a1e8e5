/** Routing by host, listings, static pages, redirects and bad input, on both databases. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticleBySlug } from '../../articles/articles.repo.js';
import { moveArticle } from '../../articles/articles.service.js';
import { changeCategorySlug, findCategoryBySlug } from '../../categories/index.js';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const seed = loadSeedArticle();

/** A raw request, so that paths reach the server exactly as written (no client normalisation). */
function rawGet(port: number, path: string, host = 'camlo.localhost'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(TEST_DIALECTS)('public pages on %s', (dialect) => {
  let t: TestApp;
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  describe('routing by Host', () => {
    it('sends {slug}.localhost, localhost, 127.0.0.1 and configured hostnames to their sites', async () => {
      const cases: [string, string][] = [
        ['camlo.localhost', 'Cổng thông tin điện tử huyện Cam Lộ'],
        ['camlo.localhost:3000', 'Cổng thông tin điện tử huyện Cam Lộ'],
        ['localhost:3000', 'Cổng thông tin điện tử tỉnh Quảng Trị'],
        ['127.0.0.1', 'Cổng thông tin điện tử tỉnh Quảng Trị'],
        ['quangtri.gov.vn', 'Cổng thông tin điện tử tỉnh Quảng Trị'],
        ['DONGHA.quangtri.gov.vn:8080', 'Cổng thông tin điện tử thành phố Đông Hà'],
      ];
      for (const [host, name] of cases) {
        const res = await get('/', host);
        expect(res.statusCode, host).toBe(200);
        expect(textOf(parseDocument(res.body).querySelector('.site-header__name')), host).toBe(name);
      }
    });

    it('answers an unknown host with a Vietnamese 404 page', async () => {
      for (const host of ['example.org', 'khongco.localhost', 'bad_host!']) {
        const res = await get('/', host);
        expect(res.statusCode).toBe(404);
        expect(res.body).toContain('Không có cổng thông tin ở địa chỉ này');
      }
    });

    it('links sibling portals at their public hostnames outside development', async () => {
      const res = await get('/', 'camlo.quangtri.gov.vn');
      const links = Array.from(parseDocument(res.body).querySelectorAll('.system-links a')).map((a) => a.getAttribute('href'));
      expect(links).toContain('http://dongha.quangtri.gov.vn/');
    });
  });

  describe('home and category pages', () => {
    it('shows featured and latest articles and a block per category', async () => {
      const doc = parseDocument((await get('/')).body);
      expect(textOf(doc.querySelector('#tin-noi-bat'))).toBe('Tin nổi bật');
      expect(doc.querySelectorAll('.home-latest .article-list__item').length).toBe(10);
      expect(doc.querySelectorAll('.category-block').length).toBeGreaterThanOrEqual(5);
      expect(doc.querySelectorAll('h1').length).toBe(1);
    });

    it('paginates a category and refuses page numbers that are not positive integers', async () => {
      const first = parseDocument((await get('/tin-tuc-su-kien')).body);
      expect(textOf(first.querySelector('h1'))).toBe('Tin tức - Sự kiện');
      expect(first.querySelectorAll('.article-list__item').length).toBeGreaterThan(0);
      for (const bad of ['abc', '-1', '0', '1.5', '99999999999999999999', '1e3', '%00']) {
        const res = await get(`/tin-tuc-su-kien?trang=${bad}`);
        expect(res.statusCode, bad).toBe(400);
        expect(res.body).toContain('Số trang không hợp lệ');
      }
      expect((await get('/tin-tuc-su-kien?trang=5000')).statusCode).toBe(404);
    });

    it('puts every published article of a category on exactly one page', async () => {
      const site = t.services.registry.bySlugOrUndefined('camlo');
      const category = await findCategoryBySlug(t.database.db.kysely, site?.id ?? 0, 'tin-tuc-su-kien');
      const total = await t.database.db.kysely
        .selectFrom('articles')
        .select('id')
        .where('category_id', '=', category?.id ?? 0)
        .where('status', '=', 'published')
        .execute();
      const seen = new Set<string>();
      for (let page = 1; page <= Math.ceil(total.length / 20); page += 1) {
        const doc = parseDocument((await get(`/tin-tuc-su-kien?trang=${page}`)).body);
        for (const a of Array.from(doc.querySelectorAll('.article-list__title a'))) seen.add(a.getAttribute('href') ?? '');
      }
      expect(seen.size).toBe(total.length);
    });
  });

  describe('static pages and the site map', () => {
    it('serves Giới thiệu and Liên hệ', async () => {
      for (const [slug, title] of [['gioi-thieu', 'Giới thiệu'], ['lien-he', 'Liên hệ']] as const) {
        const res = await get(`/trang/${slug}`);
        expect(res.statusCode).toBe(200);
        expect(textOf(parseDocument(res.body).querySelector('h1'))).toBe(title);
      }
    });

    it('lists pages and categories as a text tree', async () => {
      const doc = parseDocument((await get('/so-do-trang')).body);
      const links = Array.from(doc.querySelectorAll('.site-map a')).map(textOf);
      expect(links).toContain('Giới thiệu');
      expect(links).toContain('Tin tức - Sự kiện');
      expect(links).toContain('Chỉ đạo điều hành');
    });
  });

  describe('moved and removed content', () => {
    it('leaves a 301 from every old URL when an article changes slug and then category', async () => {
      const db = t.database.db.kysely;
      const site = t.services.registry.bySlugOrUndefined('dongha');
      const other = await findCategoryBySlug(db, site?.id ?? 0, 'chi-dao-dieu-hanh');
      const first = await db.selectFrom('articles').innerJoin('categories as c', 'c.id', 'articles.category_id').select(['articles.id', 'articles.slug', 'c.slug as cat']).where('articles.site_id', '=', site?.id ?? 0).where('c.slug', '=', 'tin-tuc-su-kien').executeTakeFirstOrThrow();
      const originalPath = `/${first.cat}/${first.slug}`;
      await moveArticle(db, first.id, { slug: 'tieu-de-moi-cho-bai-viet' });
      await moveArticle(db, first.id, { categoryId: other?.id ?? 0 });
      const finalPath = '/chi-dao-dieu-hanh/tieu-de-moi-cho-bai-viet';
      for (const old of [originalPath, '/tin-tuc-su-kien/tieu-de-moi-cho-bai-viet']) {
        const res = await get(old, 'dongha.localhost');
        expect(res.statusCode, old).toBe(301);
        expect(res.headers['location']).toBe(finalPath);
      }
      expect((await get(finalPath, 'dongha.localhost')).statusCode).toBe(200);
    });

    it('leaves 301s from a renamed category, its feed and its articles', async () => {
      const db = t.database.db.kysely;
      const site = t.services.registry.bySlugOrUndefined('vinhlinh');
      const category = await findCategoryBySlug(db, site?.id ?? 0, 'van-hoa-the-thao');
      const article = await db.selectFrom('articles').select('slug').where('category_id', '=', category?.id ?? 0).where('status', '=', 'published').executeTakeFirstOrThrow();
      await changeCategorySlug(db, category?.id ?? 0, 'van-hoa-the-thao-du-lich');
      const cases: [string, string][] = [
        ['/van-hoa-the-thao', '/van-hoa-the-thao-du-lich'],
        ['/van-hoa-the-thao/rss.xml', '/van-hoa-the-thao-du-lich/rss.xml'],
        [`/van-hoa-the-thao/${article.slug}`, `/van-hoa-the-thao-du-lich/${article.slug}`],
      ];
      for (const [from, to] of cases) {
        const res = await get(from, 'vinhlinh.localhost');
        expect(res.statusCode, from).toBe(301);
        expect(res.headers['location']).toBe(to);
        expect((await get(to, 'vinhlinh.localhost')).statusCode, to).toBe(200);
      }
    });

    it('answers 410 for an unpublished article and 404 for a draft', async () => {
      const db = t.database.db.kysely;
      const site = t.services.registry.bySlugOrUndefined('giolinh');
      const rows = await db.selectFrom('articles').innerJoin('categories as c', 'c.id', 'articles.category_id').select(['articles.id', 'articles.slug', 'c.slug as cat']).where('articles.site_id', '=', site?.id ?? 0).limit(2).execute();
      const [gone, draft] = rows;
      if (gone === undefined || draft === undefined) throw new Error('demo has articles');
      await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', gone.id).execute();
      await db.updateTable('articles').set({ status: 'draft' }).where('id', '=', draft.id).execute();
      const goneRes = await get(`/${gone.cat}/${gone.slug}`, 'giolinh.localhost');
      expect(goneRes.statusCode).toBe(410);
      expect(goneRes.body).toContain('Nội dung không còn được đăng');
      expect((await get(`/${draft.cat}/${draft.slug}`, 'giolinh.localhost')).statusCode).toBe(404);
    });

    it('counts the views of an article in memory and writes them in one batch', async () => {
      const site = t.services.registry.bySlugOrUndefined('camlo');
      const before = await findArticleBySlug(t.database.db.kysely, site?.id ?? 0, seed.expectedSlug);
      await get(`/${seed.category}/${seed.expectedSlug}`);
      await get(`/${seed.category}/${seed.expectedSlug}`);
      // Counted in memory, written in one batch every few seconds (or now, on flush): statistics/view-statistics.test.ts.
      await t.services.views.flush();
      const after = await findArticleBySlug(t.database.db.kysely, site?.id ?? 0, seed.expectedSlug);
      expect(after?.view_count).toBe((before?.view_count ?? 0) + 2);
    });
  });

  describe('bad input never gives a 5xx', () => {
    const hostile = [
      '/%E0%A4%A',
      '/%ZZ',
      '/tin-tuc-su-kien/%',
      '/%00',
      '/tin-tuc-su-kien/abc%00def',
      '/trang/%00',
      `/${'a'.repeat(5000)}`,
      `/tin-tuc-su-kien/${'b'.repeat(5000)}`,
      `/${'x/'.repeat(2500)}`,
      '/../../etc/passwd',
      '/tin-tuc-su-kien/../../../etc/passwd',
      '/assets/../package.json',
      '/media/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/tin-tuc-su-kien?trang=%FF',
      '/tin-tuc-su-kien?trang=%',
      '/sitemap-bai-viet-0.xml',
      '/sitemap-bai-viet-99999999.xml',
      '/Tin-Tuc-Su-Kien',
      '/tin-tuc-su-kien/rss.xml/..',
      '/\u0000',
    ];
    let port = 0;
    beforeAll(async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.app.server.address() as AddressInfo).port;
    });

    it.each(hostile)('%s → a clear 400 or 404 page', async (path) => {
      const res = await rawGet(port, path).catch(() => ({ status: 400, body: 'Yêu cầu không hợp lệ (client refused)' }));
      expect([400, 404]).toContain(res.status);
      expect(res.body).toMatch(/Yêu cầu không hợp lệ|Không tìm thấy trang/);
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    });

    it('keeps the assets folder closed to traversal', async () => {
      const res = await rawGet(port, '/assets/../../package.json');
      expect(res.body).not.toContain('"name": "govportal"');
    });
  });

  it('answers /healthz on any host', async () => {
    const res = await get('/healthz', 'anything.example');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });
});
