/**
 * Browser journeys over the public pages of camlo.localhost, served by the real app
 * on a loopback port and read by Debian's Chromium: accessibility (axe-core, WCAG 2.1
 * AA), what a reader sees and can do, no console errors or CSP violations, and valid
 * HTML (Nu HTML Checker). Screenshots go to e2e/screenshots/ for a human to look at.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../src/demo/demo-files.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext, watchPageProblems, type PageProblems } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml, type VnuReport } from './support/vnu.js';

const SITE = 'camlo';
const seed = loadSeedArticle();
const ARTICLE_PATH = `/${seed.category}/${seed.expectedSlug}`;
const CATEGORY_PATH = `/${seed.category}`;
const SEARCH_PATH = '/tim-kiem?q=binh+dang+gioi';
const NEAR_SEARCH_PATH = '/tim-kiem?q=binh+dang+gioj';
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WIDTHS = [1280, 375] as const;

interface OpenPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

describe.skipIf(!browserAvailable)('public pages in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  /** Opens a path of the Cam Lộ site in a fresh context (no stored text size), watching for problems. */
  async function open(path: string, width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<OpenPage> {
    const context = await newContext(browser!, width, options);
    contexts.push(context);
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    const response = await page.goto(`${server!.origin(SITE)}${path}`, { waitUntil: 'load' });
    expect(response?.status(), `status of ${path}`).toBeLessThan(400);
    return { context, page, problems };
  }

  function expectNoProblems(problems: PageProblems): void {
    expect(problems.messages, problems.messages.join('\n')).toEqual([]);
  }

  describe.each(WIDTHS)('at %i px wide', (width) => {
    it('the seed article has no WCAG 2.1 AA violation (axe-core)', async () => {
      const { page, problems, context } = await open(ARTICLE_PATH, width);
      await page.screenshot({ path: `${SCREENSHOTS}article-${width}.png`, fullPage: true });
      const report = await runAxe(page);
      expect(report.violations, report.summary).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });

    it('the home page has no WCAG 2.1 AA violation (axe-core)', async () => {
      const { page, problems, context } = await open('/', width);
      await page.screenshot({ path: `${SCREENSHOTS}home-${width}.png`, fullPage: true });
      const report = await runAxe(page);
      expect(report.violations, report.summary).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });

    it('the category page has no WCAG 2.1 AA violation (axe-core)', async () => {
      const { page, problems, context } = await open(CATEGORY_PATH, width);
      const report = await runAxe(page);
      expect(report.violations, report.summary).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });

    it('search, typed without diacritics, finds the seed article first, keeps the query, and has no violation', async () => {
      const { page, problems, context } = await open(SEARCH_PATH, width);
      await page.screenshot({ path: `${SCREENSHOTS}search-${width}.png`, fullPage: true });
      expect(await page.locator('#tu-khoa').inputValue()).toBe('binh dang gioi');
      expect(await page.locator('.search-result h2 a').first().textContent()).toBe(seed.title);
      const report = await runAxe(page);
      expect(report.violations, report.summary).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });

    it('a mistyped search says nothing was found and offers the near matches, with no violation', async () => {
      const { page, problems, context } = await open(NEAR_SEARCH_PATH, width);
      await page.screenshot({ path: `${SCREENSHOTS}search-near-${width}.png`, fullPage: true });
      expect(await page.getByRole('status').first().textContent()).toContain('Không tìm thấy');
      const near = page.getByRole('region', { name: 'Kết quả gần đúng' });
      expect(await near.locator('h3 a').first().textContent()).toBe(seed.title);
      const report = await runAxe(page);
      expect(report.violations, report.summary).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  });

  describe('a reader on the seed article', () => {
    it('sees the title as the h1 and the publication time in Vietnamese', async () => {
      const { page, problems, context } = await open(ARTICLE_PATH, 1280);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      expect((await page.locator('h1').innerText()).trim()).toBe(seed.title);
      const time = page.locator('.article__meta time');
      expect(await time.isVisible()).toBe(true);
      expect((await time.innerText()).trim()).toBe('16:21, Thứ Tư, 16-11-2022');
      expect(await time.getAttribute('datetime')).toBe('2022-11-16T16:21:00+07:00');
      expectNoProblems(problems);
      await context.close();
    });

    it('makes the body text larger with "Tăng cỡ chữ"', async () => {
      const { page, problems, context } = await open(ARTICLE_PATH, 1280);
      const paragraph = page.locator('.article__body p').first();
      const fontSize = () => paragraph.evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
      const before = await fontSize();
      const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
      expect(await larger.isVisible()).toBe(true);
      await larger.click();
      await expect.poll(fontSize).toBeGreaterThan(before);
      // Every body paragraph grows, not just the first.
      const sizes = await page.locator('.article__body p').evaluateAll((ps) => ps.map((p) => Number.parseFloat(getComputedStyle(p).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThan(before);
      expectNoProblems(problems);
      await context.close();
    });

    it('at 375 px: no horizontal scrolling, and "Danh mục" opens the menu', async () => {
      const { page, problems, context } = await open(ARTICLE_PATH, 375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const toggle = page.getByRole('button', { name: 'Danh mục' });
      const menu = page.locator('#menu-chinh');
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getByRole('link', { name: 'Trang chủ' }).isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}menu-open-375.png` });
      // Opening the menu must not push the page sideways either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await toggle.click();
      expect(await menu.isVisible()).toBe(false);
      expectNoProblems(problems);
      await context.close();
    });

    it('at 375 px the home and category pages do not scroll sideways either', async () => {
      for (const path of ['/', CATEGORY_PATH]) {
        const { page, problems, context } = await open(path, 375);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
        expectNoProblems(problems);
        await context.close();
      }
    });

    it('without JavaScript still sees the whole menu and no text-size buttons', async () => {
      const { page, context } = await open(ARTICLE_PATH, 375, { javaScriptEnabled: false });
      expect(await page.locator('#menu-chinh').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Danh mục' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).count()).toBe(0);
      await context.close();
    });

    it('meets no console error, uncaught exception or CSP violation on the article and its print view', async () => {
      for (const path of [ARTICLE_PATH, `${ARTICLE_PATH}?ban-in=1`]) {
        const { page, problems, context } = await open(path, 1280);
        // Exercise the scripts: text size, then the menu at phone width.
        const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
        if ((await larger.count()) > 0) await larger.click();
        await page.setViewportSize({ width: 375, height: 812 });
        const toggle = page.getByRole('button', { name: 'Danh mục' });
        if ((await toggle.count()) > 0) await toggle.click();
        await page.waitForLoadState('networkidle');
        expectNoProblems(problems);
        await context.close();
      }
    });
  });

  describe('HTML validity (Nu HTML Checker)', () => {
    const PAGES: { path: string; status: number }[] = [
      { path: '/', status: 200 },
      { path: CATEGORY_PATH, status: 200 },
      { path: ARTICLE_PATH, status: 200 },
      { path: `${ARTICLE_PATH}?ban-in=1`, status: 200 },
      { path: '/so-do-trang', status: 200 },
      { path: SEARCH_PATH, status: 200 },
      { path: NEAR_SEARCH_PATH, status: 200 },
      { path: '/trang/gioi-thieu', status: 200 },
      { path: '/trang-nay-khong-ton-tai', status: 404 },
    ];
    let report: VnuReport;

    beforeAll(async () => {
      const documents = await Promise.all(
        PAGES.map(async ({ path, status }) => {
          const res = await fetchPage(server!, SITE, path);
          expect(res.status, `status of ${path}`).toBe(status);
          expect(res.contentType, `content type of ${path}`).toBe('text/html; charset=utf-8');
          return { name: path, html: res.body };
        }),
      );
      report = await checkHtml(documents, findJava());
    }, 120_000);

    it.each(PAGES.map((p) => p.path))('%s has no error', (path) => {
      expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
    });
  });
});
