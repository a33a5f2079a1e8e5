/**
 * Topics in Chromium against the real app: on the province, /chuyen-de lists the demo's
 * 2022 gender-equality month; its page, reached by its link with JavaScript off, shows
 * the campaign's dates and the articles of five districts, newest first, each naming its
 * district and linking to the article on that district's own site (followed to Cam Lộ's
 * seed article). Both pages pass axe-core at 375 and 1280 px without sideways scrolling,
 * and the Nu HTML Checker. Screenshots go to e2e/screenshots/topics-*.png.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOPIC_SLUG, DEMO_TOPIC_TITLE } from '../src/demo/topics.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SITE = 'quangtri';
const TOPIC = `/chuyen-de/${DEMO_TOPIC_SLUG}`;
const SEED_TITLE = 'Phát động hưởng ứng Thành hành động Bình đẳng giới năm 2022';

describe.skipIf(!browserAvailable)('topics in Chromium', () => {
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

  async function open(width: number, javaScriptEnabled: boolean): Promise<Page> {
    const context = await newContext(browser!, width, { javaScriptEnabled });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    const report = await runAxe(page);
    expect(report.violations, `${name}: ${report.summary}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, name).toBeLessThanOrEqual(0);
  }

  for (const width of [375, 1280]) {
    it(`opens the topic from the list and follows an article to its own site at ${width} px`, async () => {
      const page = await open(width, false);
      await page.goto(`${server!.origin(SITE)}/chuyen-de`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('Chuyên đề');
      const checked = await open(width, true);
      await checked.goto(page.url(), { waitUntil: 'load' });
      await noViolations(checked, `topics-list-${width}`);

      await Promise.all([page.waitForURL(`**${TOPIC}`), page.getByRole('link', { name: DEMO_TOPIC_TITLE }).click()]);
      expect(await page.locator('h1').textContent()).toBe(DEMO_TOPIC_TITLE);
      expect(await page.locator('.topic-dates').textContent()).toBe('Thời gian: 15/11/2022 – 15/12/2022');
      const items = page.locator('main .article-list__item');
      expect(await items.count()).toBe(5);
      // Newest first: Gio Linh's article of 7/12 leads, Cam Lộ's seed article of 16/11 closes.
      expect(await items.first().textContent()).toContain('Gio Linh');
      expect(await items.last().textContent()).toContain('Cam Lộ');
      const sources = await page.locator('main .topic-source').allTextContents();
      expect(new Set(sources).size).toBe(5);
      await checked.goto(page.url(), { waitUntil: 'load' });
      await noViolations(checked, `topics-page-${width}`);

      const seed = page.getByRole('link', { name: SEED_TITLE });
      expect(await seed.getAttribute('href')).toMatch(/^http:\/\/camlo\.localhost:\d+\/tin-tuc-su-kien\/phat-dong-huong-ung-thanh-hanh-dong-binh-dang-gioi-nam-2022$/);
      await Promise.all([page.waitForURL(/camlo\.localhost/), seed.click()]);
      expect(await page.locator('h1').textContent()).toBe(SEED_TITLE);
    }, 60_000);
  }

  it('serves pages the Nu HTML Checker finds no error in', async () => {
    const paths = ['/chuyen-de', TOPIC];
    const documents = await Promise.all(
      paths.map(async (path) => {
        const res = await fetchPage(server!, SITE, path);
        expect(res.status, path).toBe(200);
        return { name: path, html: res.body };
      }),
    );
    const report = await checkHtml(documents, findJava());
    for (const path of paths) expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
  }, 120_000);
});
