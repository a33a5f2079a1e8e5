/**
 * The leaders' schedule, the directory and an English page in Chromium against the real
 * app: the demo week of Cam Lộ at /lich-cong-tac?tuan=…, /danh-ba and /en/introduction at
 * 375 and 1280 px pass axe-core (WCAG 2.1 AA) without sideways scrolling, the English
 * page says lang="en", and these pages (with the default week, the English index and a
 * wrong week's 400 page) pass the Nu HTML Checker. Screenshots go to e2e/screenshots/.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { TEST_NOW } from '../src/test-support/test-app.js';
import { formatIsoWeek, vietnamIsoWeek } from '../src/time/iso-week.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml, type VnuReport } from './support/vnu.js';

const SITE = 'camlo';
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** The demo publishes the week of its seed time and the week before. */
const DEMO_WEEK = formatIsoWeek(vietnamIsoWeek(TEST_NOW));
const SCHEDULE_PATH = `/lich-cong-tac?tuan=${DEMO_WEEK}`;

describe.skipIf(!browserAvailable)('the schedule, the directory and the English pages in a browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 2 }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  const PAGES = [
    { name: 'schedule', path: SCHEDULE_PATH, heading: `Lịch công tác tuần ${DEMO_WEEK.slice(6)} năm ${DEMO_WEEK.slice(0, 4)}`, lang: 'vi' },
    { name: 'directory', path: '/danh-ba', heading: 'Danh bạ cán bộ, công chức', lang: 'vi' },
    { name: 'english', path: '/en/introduction', heading: 'Introduction', lang: 'en' },
  ] as const;

  for (const width of [375, 1280] as const) {
    for (const p of PAGES) {
      it(`${p.path} at ${width} px passes axe-core, without sideways scrolling`, async () => {
        const context = await newContext(browser!, width);
        contexts.push(context);
        const page = await context.newPage();
        const response = await page.goto(`${server!.origin(SITE)}${p.path}`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(p.heading);
        expect(await page.getAttribute('html', 'lang')).toBe(p.lang);
        if (p.name === 'schedule') expect(await page.locator('.schedule-entry').count()).toBeGreaterThan(5);
        if (p.name === 'directory') expect(await page.locator('.directory-person').count()).toBe(10);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SCREENSHOTS}${p.name}-${width}.png`, fullPage: true });
        const report = await runAxe(page);
        expect(report.violations, `${p.path} at ${width}: ${report.summary}`).toEqual([]);
      });
    }
  }

  it('edits the week in the admin (entries table, save) and shows the directory screen, both passing axe-core', async () => {
    await createTestUser(server!.testApp.services.db.kysely, 'lich-admin', [], { isSystemAdmin: true });
    const context = await newContext(browser!, 1280);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server!.origin(SITE)}/admin/camlo/lich-cong-tac?tuan=2031-W05`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('lich-admin');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent(), { timeout: 15_000 }).toBe('Lịch công tác tuần 2031-W05');
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    await page.getByLabel('Lãnh đạo, mục 1').fill('Chủ tịch UBND huyện');
    await page.getByLabel('Nội dung, mục 1').fill('Giao ban đầu tuần');
    await page.getByRole('button', { name: 'Lưu lịch tuần' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('phiên bản 1');
    await page.screenshot({ path: `${SCREENSHOTS}schedule-admin-1280.png`, fullPage: true });
    const report = await runAxe(page);
    expect(report.violations, report.summary).toEqual([]);

    await page.goto(`${server!.origin(SITE)}/admin/camlo/danh-ba`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(10);
    const directory = await runAxe(page);
    expect(directory.violations, directory.summary).toEqual([]);
  });

  describe('HTML validity (Nu HTML Checker)', () => {
    const CHECKED: { path: string; status: number }[] = [
      ...PAGES.map((p) => ({ path: p.path, status: 200 })),
      { path: '/lich-cong-tac', status: 200 },
      { path: '/lich-cong-tac?tuan=2022-W01', status: 200 },
      { path: '/en', status: 200 },
      { path: '/lich-cong-tac?tuan=2022-W60', status: 400 },
    ];
    let report: VnuReport;

    beforeAll(async () => {
      const documents = await Promise.all(
        CHECKED.map(async ({ path, status }) => {
          const res = await fetchPage(server!, SITE, path);
          expect(res.status, `status of ${path}`).toBe(status);
          expect(res.contentType).toBe('text/html; charset=utf-8');
          return { name: path, html: res.body };
        }),
      );
      report = await checkHtml(documents, findJava());
    }, 120_000);

    it.each(CHECKED.map((p) => p.path))('%s has no error', (path) => {
      expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
    });
  });
});
