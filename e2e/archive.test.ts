/**
 * Archiving in Chromium against the real app: a system administrator archives Cam Lộ
 * from Quản lý cổng (keeping every address, the province as successor), after a
 * confirmation that says what will happen; Cam Lộ's pages then carry the banner that it
 * is no longer updated, naming and linking the province, clean under axe-core and the
 * Nu HTML Checker, without sideways scrolling at 375 and 1280 px. Then Đông Hà is merged
 * into the province from the same screen, and its old address lands on the province.
 * Screenshots go to e2e/screenshots/archive-*.png.
 *
 * Needs the built admin (`npm run build:admin`; `npm test` builds it first).
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { ADMIN_DIST_DIR } from '../src/web/admin/admin-app.js';
import { browserAvailable, findJava } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { fetchPage } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const BANNER = 'Cổng thông tin này đã ngừng cập nhật và chỉ được lưu giữ để tra cứu.';

// The public pages are checked after the admin archived the site: this story keeps its order.
describe.skipIf(!browserAvailable)('archiving a site in Chromium', { shuffle: false }, () => {
  let articlePath = '';
  let provinceName = '';
  const journey = browserJourney({ articlesPerSite: 3, prepare: async (server) => {
    if (!fs.existsSync(`${ADMIN_DIST_DIR}index.html`)) {
      throw new Error(`The admin is not built (${ADMIN_DIST_DIR} is missing): run \`npm run build:admin\` (npm test does it first).`);
    }
    const db = server.testApp.services.db.kysely;
    await createTestUser(db, 'luutru', [], { isSystemAdmin: true });
    const article = await db
      .selectFrom('articles')
      .innerJoin('sites', 'sites.id', 'articles.site_id')
      .innerJoin('categories', 'categories.id', 'articles.category_id')
      .select(['articles.slug', 'categories.slug as category'])
      .where('sites.slug', '=', 'camlo')
      .where('articles.status', '=', 'published')
      .orderBy('articles.id')
      .executeTakeFirstOrThrow();
    articlePath = `/${article.category}/${article.slug}`;
    provinceName = (await db.selectFrom('sites').select('name').where('slug', '=', 'quangtri').executeTakeFirstOrThrow()).name;
  } });
  const { open, noViolations: check } = journey;

  async function sitesScreen(width: number): Promise<Page> {
    const page = await open(width);
    await page.goto(`${journey.server().origin('quangtri')}/admin/quan-ly-cong`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('luutru');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Quản lý cổng thông tin');
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('archives Cam Lộ from Quản lý cổng after a confirmation naming what will happen', async () => {
    const page = await sitesScreen(1280);
    const row = page.locator('table tr', { hasText: 'camlo' });
    await row.getByRole('link', { name: /Lưu trữ, sáp nhập/ }).click();
    const form = page.locator('section', { has: page.locator('#site-archive') });
    await expect.poll(() => form.locator('h2').textContent()).toContain('Lưu trữ hoặc sáp nhập: ');
    await form.getByLabel('Lưu trữ, giữ nguyên mọi địa chỉ').check();
    await form.getByLabel('Cổng kế thừa', { exact: true }).selectOption('quangtri');
    await check(page, 'archive-admin-form-1280');
    await form.getByRole('button', { name: 'Tiếp tục' }).click();
    const confirmation = form.getByRole('region', { name: 'Xác nhận' });
    await expect.poll(() => confirmation.textContent()).toContain('sẽ ngừng cập nhật và chỉ cho xem; mọi địa chỉ vẫn mở');
    expect(await confirmation.textContent()).toContain(provinceName);
    await check(page, 'archive-admin-confirm-1280');
    await confirmation.getByRole('button', { name: 'Xác nhận lưu trữ' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Đã lưu trữ .*Cam Lộ\.$/);
    await expect.poll(() => page.locator('table tr', { hasText: 'camlo' }).textContent()).toContain('Đã lưu trữ');
  }, 60_000);

  for (const width of [375, 1280]) {
    it(`shows the archived banner naming and linking the province at ${width} px`, async () => {
      const page = await open(width);
      for (const [name, path] of [['home', '/'], ['article', articlePath]] as const) {
        const response = await page.goto(`${journey.server().origin('camlo')}${path}`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        const banner = page.getByRole('note');
        expect(await banner.textContent()).toContain(BANNER);
        expect(await banner.getByRole('link').getAttribute('href')).toBe(`${journey.server().origin('quangtri')}/`);
        expect(await banner.getByRole('link').textContent()).toBe(provinceName);
        await check(page, `archive-${name}-${width}`);
      }
    }, 60_000);
  }

  it('serves archived pages the Nu HTML Checker finds no error in', async () => {
    const paths = ['/', articlePath];
    const documents = await Promise.all(
      paths.map(async (path) => {
        const res = await fetchPage(journey.server(), 'camlo', path);
        expect(res.status, path).toBe(200);
        expect(res.body).toContain(BANNER);
        return { name: path, html: res.body };
      }),
    );
    const report = await checkHtml(documents, findJava());
    for (const path of paths) expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
  }, 120_000);

  it('merges Đông Hà into the province at 375 px; its old address then lands on the province', async () => {
    const page = await sitesScreen(375);
    await page.locator('table tr', { hasText: 'dongha' }).getByRole('link', { name: /Lưu trữ, sáp nhập/ }).click();
    const form = page.locator('section', { has: page.locator('#site-archive') });
    await form.getByLabel('Sáp nhập vào cổng kế thừa').check();
    await form.getByRole('button', { name: 'Tiếp tục' }).click();
    // No successor chosen: said in the summary and beside the field.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Hãy chọn cổng kế thừa để sáp nhập.');
    await form.getByLabel('Cổng kế thừa', { exact: true }).selectOption('quangtri');
    await form.getByRole('button', { name: 'Tiếp tục' }).click();
    const confirmation = form.getByRole('region', { name: 'Xác nhận' });
    await expect.poll(() => confirmation.textContent()).toContain('mọi địa chỉ cũ chuyển hướng tới');
    await check(page, 'archive-admin-merge-375');
    await confirmation.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Đã sáp nhập .* vào .*: chuyển \d+ tin bài, ghi \d+ địa chỉ cũ để chuyển hướng\.$/);

    const reader = await open(375);
    await reader.goto(`${journey.server().origin('dongha')}/`, { waitUntil: 'load' });
    expect(reader.url()).toBe(`${journey.server().origin('quangtri')}/`);
  }, 60_000);
});
