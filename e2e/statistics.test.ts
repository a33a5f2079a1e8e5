/**
 * Statistics in Chromium against the real app: the public footer shows "Đang truy cập /
 * Hôm nay / Tổng" (the demo's history, in the Vietnamese number format) at 375 and 1280 px,
 * passing axe-core and the Nu HTML Checker; a site administrator opens Thống kê, sees the
 * chart (an image with a text alternative), the tables and the download links for the year,
 * and the screen passes axe-core. Screenshots go to e2e/screenshots/statistics-*.png.
 */
import { describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { browserAvailable, findJava } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { fetchPage } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const SITE = 'camlo';

describe.skipIf(!browserAvailable)('statistics in Chromium', () => {
  const journey = browserJourney({ articlesPerSite: 4, prepare: async (server) => {
    const db = server.testApp.database.db.kysely;
    const site = await db.selectFrom('sites').select('id').where('slug', '=', SITE).executeTakeFirstOrThrow();
    await createTestUser(db, 'quantri-thongke', [{ siteId: site.id, role: 'site_admin' }]);
    await server.testApp.services.views.refresh();
  } });
  const { open, noViolations } = journey;

  for (const width of [375, 1280]) {
    it(`shows the visits in the footer at ${width} px`, async () => {
      const page = await open(width);
      await page.goto(`${journey.server().origin(SITE)}/`, { waitUntil: 'load' });
      const line = await page.locator('.site-footer__visits').textContent();
      expect(line).toMatch(/^Đang truy cập: \d[\d.]* · Hôm nay: \d[\d.]* · Tổng: \d{1,3}(\.\d{3})+$/);
      await page.locator('.site-footer__visits').scrollIntoViewIfNeeded();
      await noViolations(page, `statistics-footer-${width}`);
    }, 60_000);
  }

  it('serves a footer the Nu HTML Checker finds no error in', async () => {
    const res = await fetchPage(journey.server(), SITE, '/');
    expect(res.status).toBe(200);
    const report = await checkHtml([{ name: '/', html: res.body }], findJava());
    expect(report.errors.get('/') ?? [], report.summary('/')).toEqual([]);
  }, 120_000);

  it('gives a site administrator the year’s chart, tables and downloads', async () => {
    const page = await open(1280);
    await page.goto(`${journey.server().origin(SITE)}/admin/`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('quantri-thongke');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Bảng điều khiển');
    await page.getByRole('link', { name: 'Thống kê' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Thống kê');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByRole('button', { name: 'Xem thống kê' }).click();
    await page.getByRole('img', { name: /Lượt xem mọi trang theo tháng, năm 2026/ }).waitFor();
    await expect.poll(() => page.locator('caption', { hasText: 'Theo tháng, năm 2026' }).count()).toBe(1);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(12);
    expect(await page.getByRole('link', { name: 'Tải CSV năm 2026' }).getAttribute('href')).toContain('/statistics?year=2026&format=csv');
    await page.waitForLoadState('networkidle');
    await noViolations(page, 'statistics-admin-1280');
  }, 90_000);
});
