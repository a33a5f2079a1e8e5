/**
 * A province adopts govportal, on SQLite and PostgreSQL: from an empty database with no
 * demo, the command line creates the province and two districts with their hostnames;
 * each answers on its own hostname with its own name and menu; a district's site admin
 * rewrites the introduction, puts the leaders' page in the menu and publishes it; an
 * editor features an article and changes its address (the old one answers 301); the
 * district's home shows it first.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSiteCommand } from '../cli/site-commands.js';
import type { AdminArticle } from '../contract/articles.js';
import type { SiteMenu } from '../contract/menus.js';
import type { AdminPage, PageSummary } from '../contract/pages.js';
import type { SiteRole } from '../editorial/roles.js';
import { createTestUser, signIn, type Signed } from '../test-support/auth.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { parseDocument, textOf } from '../test-support/html.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const PROVINCE = { slug: 'quangtri', host: 'quangtri.gov.vn', name: 'Cổng thông tin điện tử tỉnh Quảng Trị' };
const CAM_LO = { slug: 'camlo', host: 'camlo.quangtri.gov.vn', name: 'Cổng thông tin điện tử huyện Cam Lộ' };
const DONG_HA = { slug: 'dongha', host: 'dongha.quangtri.gov.vn', name: 'Cổng thông tin điện tử thành phố Đông Hà' };

// A story told in order: each step builds on the sites, people and pages the one before made.
describe('a province adopts govportal', { shuffle: false }, () => {
  describe.each(TEST_DIALECTS)('on %s', (dialect) => {
    let t: TestApp;
    let app: FastifyInstance;
    const people: Partial<Record<SiteRole, Signed>> = {};

    beforeAll(async () => {
      t = await createTestApp(dialect, { seed: false, environment: { DEMO_SEED: 'never' } });
      app = t.app;
    });
    afterAll(() => t.close());

    const visit = (host: string, path: string) => app.inject({ url: path, headers: { host } });
    const as = (role: SiteRole) => {
      const person = people[role];
      if (person === undefined) throw new Error(`${role} is not signed in`);
      return person;
    };
    const call = (role: SiteRole, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({ method, url: `/api/v1/admin/sites/${CAM_LO.slug}${url}`, headers: as(role).headers, ...(payload === undefined ? {} : { payload }) });

    /** The main menu's labels as a reader sees them (sub-items included). */
    async function menuOf(host: string): Promise<string[]> {
      const res = await visit(host, '/');
      expect(res.statusCode).toBe(200);
      return Array.from(parseDocument(res.body).querySelectorAll('.site-nav__list a')).map((a) => textOf(a));
    }

    it('creates the province and two districts from the command line, each answering on its hostname with its name and menu', async () => {
      expect((await visit(PROVINCE.host, '/')).statusCode).toBe(503); // no site yet: the clean start's page
      const cli = (...args: string[]) => runSiteCommand('site:create', args, { db: t.database.db.kysely, out: () => undefined });
      expect(await cli(PROVINCE.slug, '--name', PROVINCE.name, '--short-name', 'Quảng Trị', '--kind', 'province', '--host', PROVINCE.host)).toBe(0);
      expect(await cli(CAM_LO.slug, '--name', CAM_LO.name, '--short-name', 'Cam Lộ', '--kind', 'district', '--parent', PROVINCE.slug, '--host', CAM_LO.host)).toBe(0);
      expect(await cli(DONG_HA.slug, '--name', DONG_HA.name, '--short-name', 'Đông Hà', '--kind', 'district', '--parent', PROVINCE.slug, '--host', DONG_HA.host)).toBe(0);

      // The running process learns of sites made by another process (the CLI) by itself.
      const deadline = Date.now() + 5_000;
      while ((await visit(DONG_HA.host, '/')).statusCode !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

      for (const site of [PROVINCE, CAM_LO, DONG_HA]) {
        const res = await visit(site.host, '/');
        expect(res.statusCode).toBe(200);
        const doc = parseDocument(res.body);
        expect(textOf(doc.querySelector('.site-header__name'))).toBe(site.name);
        expect(doc.title).toContain(site.name);
        const menu = await menuOf(site.host);
        expect(menu).toEqual(expect.arrayContaining(['Tin tức - Sự kiện', 'Chỉ đạo điều hành', 'Thông báo']) as string[]);
        // A new site publishes nothing by itself: its standard pages wait as drafts.
        expect(menu).not.toContain('Giới thiệu');
        expect((await visit(site.host, '/trang/gioi-thieu')).statusCode).toBe(404);
      }
      expect((await visit('khong-co.gov.vn', '/')).statusCode).toBe(404);

      const ids = await t.database.db.kysely.selectFrom('sites').select(['id', 'slug']).execute();
      const camLoId = ids.find((s) => s.slug === CAM_LO.slug)?.id ?? 0;
      for (const role of ['site_admin', 'editor'] as const) {
        await createTestUser(t.database.db.kysely, `camlo-${role}`, [{ siteId: camLoId, role }]);
        people[role] = await signIn(app, `camlo-${role}`, undefined, CAM_LO.host);
      }
    });

    it('a site admin rewrites the introduction, puts the leaders’ page in the menu and publishes both', async () => {
      const pages = (await call('site_admin', 'GET', '/pages')).json<PageSummary[]>();
      const pageId = (slug: string) => pages.find((p) => p.slug === slug)?.id ?? 0;
      expect(pages.filter((p) => p.language === 'vi').map((p) => p.slug).sort()).toEqual(['chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'gioi-thieu', 'lanh-dao', 'lien-he']);
      expect(pages.filter((p) => p.language === 'en').map((p) => p.slug).sort()).toEqual(['contact', 'introduction', 'organisation']);

      async function rewriteAndPublish(slug: string, bodyHtml: string): Promise<void> {
        const page = (await call('site_admin', 'GET', `/pages/${pageId(slug)}`)).json<AdminPage>();
        const saved = await call('site_admin', 'PUT', `/pages/${page.id}`, { title: page.title, description: page.description, bodyHtml, baseRevision: page.revision });
        expect(saved.statusCode, saved.body).toBe(200);
        for (const transition of ['submit', 'approve', 'publish']) {
          const moved = await call('site_admin', 'POST', `/pages/${page.id}/transitions`, { transition });
          expect(moved.statusCode, moved.body).toBe(200);
        }
      }

      await rewriteAndPublish('gioi-thieu', '<p>Huyện Cam Lộ nằm ở trung tâm tỉnh Quảng Trị, có Quốc lộ 9 đi qua.</p>');
      const intro = await visit(CAM_LO.host, '/trang/gioi-thieu');
      expect(intro.statusCode).toBe(200);
      expect(intro.body).toContain('Huyện Cam Lộ nằm ở trung tâm tỉnh Quảng Trị, có Quốc lộ 9 đi qua.');

      // The leaders' page goes into the menu while still a draft: readers see it only once it is published.
      const menu = (await call('site_admin', 'GET', '/menu')).json<SiteMenu>();
      expect(menu.stored).toBe(false);
      const items = [...menu.items, { label: 'Lãnh đạo huyện', target: { kind: 'page' as const, pageId: pageId('lanh-dao') }, children: [] }];
      const put = await call('site_admin', 'PUT', '/menu', { items: items.map((i) => ({ label: i.label, target: i.target, children: i.children })) });
      expect(put.statusCode, put.body).toBe(200);
      expect(await menuOf(CAM_LO.host)).not.toContain('Lãnh đạo huyện');

      await rewriteAndPublish('lanh-dao', '<h2>Chủ tịch UBND huyện</h2><p>Ông Nguyễn Văn A.</p>');
      const camLoMenu = await menuOf(CAM_LO.host);
      expect(camLoMenu.at(-3)).toBe('Lãnh đạo huyện'); // last of the site's own items, before the two fixed ones
      const link = Array.from(parseDocument((await visit(CAM_LO.host, '/')).body).querySelectorAll('.site-nav__list a')).find((a) => textOf(a) === 'Lãnh đạo huyện');
      expect(link?.getAttribute('href')).toBe('/trang/lanh-dao');
      expect((await visit(CAM_LO.host, '/trang/lanh-dao')).body).toContain('Ông Nguyễn Văn A.');
      // Another district's menu is its own.
      expect(await menuOf(DONG_HA.host)).not.toContain('Lãnh đạo huyện');
    });

    it('an editor features an article and changes its address; the old one answers 301 and the home shows it first', async () => {
      const category = await t.database.db.kysely.selectFrom('categories').innerJoin('sites', 'sites.id', 'categories.site_id').select(['categories.id', 'categories.slug']).where('sites.slug', '=', CAM_LO.slug).where('categories.slug', '=', 'tin-tuc-su-kien').executeTakeFirstOrThrow();
      const input = (title: string) => ({ title, lead: 'Sapo.', bodyHtml: `<p>${title}.</p>`, categoryId: category.id });
      async function publish(title: string): Promise<AdminArticle> {
        const created = await call('editor', 'POST', '/articles', input(title));
        expect(created.statusCode, created.body).toBe(201);
        const { id } = created.json<AdminArticle>();
        expect((await call('editor', 'POST', `/articles/${id}/transitions`, { transition: 'submit' })).statusCode).toBe(200);
        for (const transition of ['approve', 'publish']) expect((await call('site_admin', 'POST', `/articles/${id}/transitions`, { transition })).statusCode).toBe(200);
        return (await call('editor', 'GET', `/articles/${id}`)).json<AdminArticle>();
      }
      const earlier = await publish('Hội nghị tổng kết năm');
      const featuredEarlier = await call('editor', 'PUT', `/articles/${earlier.id}`, { ...input(earlier.title), baseRevision: earlier.revision, featured: true, featuredOrder: 2 });
      expect(featuredEarlier.statusCode, featuredEarlier.body).toBe(200);

      const story = await publish('Khánh thành cầu Cam Hiếu');
      const oldPath = `/${category.slug}/${story.slug}`;
      const changed = await call('editor', 'PUT', `/articles/${story.id}`, { ...input(story.title), baseRevision: story.revision, featured: true, featuredOrder: 1, slug: 'khanh-thanh-cau-cam-hieu-2026' });
      expect(changed.statusCode, changed.body).toBe(200);
      const newPath = `/${category.slug}/khanh-thanh-cau-cam-hieu-2026`;

      const moved = await visit(CAM_LO.host, oldPath);
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe(newPath);
      expect((await visit(CAM_LO.host, newPath)).statusCode).toBe(200);

      const home = parseDocument((await visit(CAM_LO.host, '/')).body);
      const featured = Array.from(home.querySelectorAll('.home-featured h3 a'));
      expect(featured.map((a) => textOf(a))).toEqual(['Khánh thành cầu Cam Hiếu', 'Hội nghị tổng kết năm']);
      expect(featured[0]?.getAttribute('href')).toBe(newPath);
    });
  });
});
