/**
 * A site's menu, in Chromium against the real app: a system administrator opens Menu,
 * is told beside the field that a `javascript:` address is refused, adds a link and a
 * sub-item, moves the link up (the focus stays on its button) and saves (announced).
 * The public home then shows the menu: at 1280 px the sub-item drops down on hover and
 * on keyboard focus; at 375 px and without JavaScript it is listed under its parent,
 * with no sideways scrolling. Screen and home pass axe-core (WCAG 2.1 AA).
 * Screenshots go to e2e/screenshots/menu-*.png.
 *
 * Needs the built admin (`npm run build:admin`; `npm test` builds it first).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { ADMIN_DIST_DIR } from '../src/web/admin/admin-app.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, launchBrowser, newContext } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

// The public pages show what the admin step saved: this story keeps its order.
describe.skipIf(!browserAvailable)('the site menu: edited in the admin, shown on the public pages', { shuffle: false }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(`${ADMIN_DIST_DIR}index.html`)) {
      throw new Error(`The admin is not built (${ADMIN_DIST_DIR} is missing): run \`npm run build:admin\` (npm test does it first).`);
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 3 }), launchBrowser()]);
    await createTestUser(server.testApp.services.db.kysely, 'menu-admin', [], { isSystemAdmin: true });
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  async function open(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await newContext(browser!, width, options);
    contexts.push(context);
    return context.newPage();
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    const report = await runAxe(page);
    expect(report.violations, `${name}: ${report.summary}`).toEqual([]);
  }

  it('refuses a javascript: link beside its field, then saves a link moved up and a sub-item', async () => {
    const page = await open(1280);
    await page.goto(`${server!.origin('camlo')}/admin/camlo/menu`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('menu-admin');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Menu của cổng');
    await page.waitForLoadState('networkidle');
    await noViolations(page, 'menu-admin-1280');

    await page.getByRole('button', { name: 'Thêm liên kết', exact: true }).click();
    await page.getByLabel('Tên mục').last().fill('Chính phủ');
    await page.getByLabel('Địa chỉ liên kết').last().fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Lưu menu' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('http:// hoặc https://');
    await noViolations(page, 'menu-admin-error-1280');

    await page.getByLabel('Địa chỉ liên kết').last().fill('https://chinhphu.vn');
    await page.getByRole('button', { name: 'Thêm liên kết vào «Giới thiệu»' }).click();
    await page.getByLabel('Tên mục').nth(1).fill('Tìm kiếm');
    await page.getByLabel('Địa chỉ liên kết').first().fill('/tim-kiem');
    const up = page.getByRole('button', { name: 'Chuyển «Chính phủ» lên' });
    await up.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Chuyển «Chính phủ» lên');
    await page.getByRole('button', { name: 'Lưu menu' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Đã lưu menu');
  });

  it('drops the sub-item down on hover and on keyboard focus at 1280 px', async () => {
    const page = await open(1280);
    await page.goto(`${server!.origin('camlo')}/`, { waitUntil: 'load' });
    const nav = page.locator('#menu-chinh');
    const top = await nav.locator(':scope > li > a').allTextContents();
    expect(top.slice(0, 2)).toEqual(['Trang chủ', 'Giới thiệu']);
    // Added last, then moved up one: before the last category, then the fixed links.
    expect(top.at(-4)).toBe('Chính phủ');
    const sub = nav.getByRole('link', { name: 'Tìm kiếm' });
    expect(await sub.isVisible()).toBe(true); // present for screen readers, moved off-screen
    expect((await sub.boundingBox())?.x ?? 0).toBeLessThan(0);
    await nav.getByRole('link', { name: 'Giới thiệu', exact: true }).hover();
    expect((await sub.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    await page.mouse.move(0, 700);
    await sub.focus();
    expect((await sub.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    await noViolations(page, 'menu-public-open-1280');
  });

  it('lists the sub-item under its parent at 375 px, with and without JavaScript, without sideways scrolling', async () => {
    const page = await open(375);
    await page.goto(`${server!.origin('camlo')}/`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Danh mục' }).click();
    const sub = page.locator('#menu-chinh').getByRole('link', { name: 'Tìm kiếm' });
    expect((await sub.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await noViolations(page, 'menu-public-open-375');

    const plain = await open(375, { javaScriptEnabled: false });
    await plain.goto(`${server!.origin('camlo')}/`, { waitUntil: 'load' });
    const listed = plain.locator('#menu-chinh').getByRole('link', { name: 'Tìm kiếm' });
    expect((await listed.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(await plain.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
