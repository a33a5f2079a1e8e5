/**
 * Legal documents in Chromium against the real app: on the province, /van-ban filtered
 * by type and year and searched by a number written without diacritics, with
 * JavaScript off (the form is a plain GET), lists Nghị định 42/2022/NĐ-CP first; its
 * page shows its facts, its validity and the decree it replaced. Both pages, and the
 * list at 1280 px, pass axe-core and the Nu HTML Checker at 375 and 1280 px.
 * Screenshots go to e2e/screenshots/documents-*.png.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext, tooWide } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SITE = 'quangtri';
const DOCUMENT = '/van-ban/nghi-dinh-42-2022-nd-cp';

describe.skipIf(!browserAvailable)('legal documents in Chromium', () => {
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
    // No sideways scrolling at any width.
    expect(await tooWide(page), name).toBe('');
  }

  for (const width of [375, 1280]) {
    it(`filters without JavaScript and opens the document at ${width} px`, async () => {
      const page = await open(width, false);
      await page.goto(`${server!.origin(SITE)}/van-ban`, { waitUntil: 'load' });
      await page.getByLabel('Loại văn bản').selectOption('nghi-dinh');
      await page.getByLabel('Năm ban hành').selectOption('2022');
      await page.getByLabel('Số ký hiệu hoặc trích yếu').fill('nd 42');
      await Promise.all([page.waitForURL(/loai=nghi-dinh/), page.getByRole('button', { name: 'Lọc văn bản' }).click()]);
      expect(page.url()).toContain('nam=2022');
      const first = page.locator('.doc-list__number a').first();
      expect(await first.getAttribute('href')).toBe(DOCUMENT);
      // axe-core runs in the page: the same address, read with JavaScript on.
      const listUrl = page.url();
      const checked = await open(width, true);
      await checked.goto(listUrl, { waitUntil: 'load' });
      await noViolations(checked, `documents-list-${width}`);

      await Promise.all([page.waitForURL(`**${DOCUMENT}`), first.click()]);
      expect(await page.locator('h1').textContent()).toBe('Nghị định 42/2022/NĐ-CP');
      const facts = await page.locator('.doc-facts').textContent();
      expect(facts).toContain('Vũ Đức Đam');
      expect(facts).toContain('24/06/2022');
      expect(facts).toContain('01/08/2022');
      expect(facts).toContain('Còn hiệu lực');
      expect(await page.locator('.doc-related').textContent()).toContain('43/2011/NĐ-CP');
      await checked.goto(page.url(), { waitUntil: 'load' });
      await noViolations(checked, `documents-page-${width}`);
    }, 60_000);
  }

  it('serves pages the Nu HTML Checker finds no error in', async () => {
    const paths = ['/van-ban', '/van-ban?loai=nghi-dinh&nam=2022&q=nd+42', DOCUMENT, '/van-ban/nghi-dinh-43-2011-nd-cp'];
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
