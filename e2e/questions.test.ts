/**
 * A citizen's question in Chromium against the real app, without an account: the form
 * at 375 and 1280 px, the error summary when required fields are missing (each error
 * linked to its field) and when the form is sent too fast, then the form filled and sent
 * after a person's time (one real wait of more than MIN_FILL_MS) and the tracking code
 * shown; and a published answer page. Every state passes axe-core (WCAG 2.1 AA) and the
 * Nu HTML Checker. Screenshots go to e2e/screenshots/questions-*.png.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../src/security/form-guard.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml, type VnuDocument } from './support/vnu.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SITE = 'camlo';

describe.skipIf(!browserAvailable)('a citizen\'s question: the form, its errors, the tracking code and an answer', { shuffle: false }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  /** Documents for the Nu HTML Checker, as the server sent them. */
  const documents: VnuDocument[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 3 }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  async function open(width: number): Promise<Page> {
    const context = await newContext(browser!, width);
    contexts.push(context);
    return context.newPage();
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
    const report = await runAxe(page);
    expect(report.violations, `${name}: ${report.summary}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scrolling`).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  }

  /** Clicks "Gửi" and returns the HTML the server answered the post with. */
  async function send(page: Page): Promise<{ status: number; html: string }> {
    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    const response = await posted;
    const html = response.status() === 303 ? '' : await response.text();
    await page.waitForLoadState('load');
    return { status: response.status(), html };
  }

  it('takes a question filled in by a person and shows its tracking code; the error summary for a fast or incomplete post', async () => {
    const origin = server!.origin(SITE);
    // Both forms are served now; the one real wait below gives each a person's filling time.
    const wide = await open(1280);
    const narrow = await open(375);
    await Promise.all([wide.goto(`${origin}/hoi-dap/gui-cau-hoi`, { waitUntil: 'load' }), narrow.goto(`${origin}/hoi-dap/gui-cau-hoi`, { waitUntil: 'load' })]);
    const served = Date.now();
    await noViolations(wide, 'questions-form-1280');
    await noViolations(narrow, 'questions-form-375');
    documents.push({ name: 'form', html: (await fetchPage(server!, SITE, '/hoi-dap/gui-cau-hoi')).body });

    // Sent at once: shown again with the entries kept and a clear message.
    const hasty = await open(1280);
    await hasty.goto(`${origin}/hoi-dap/gui-cau-hoi`, { waitUntil: 'load' });
    await hasty.getByLabel('Tiêu đề').fill('Hỏi về lệ phí trước bạ');
    const fast = await send(hasty);
    expect(fast.status).toBe(400);
    expect(await hasty.getByRole('alert').textContent()).toContain('quá nhanh');
    expect(await hasty.getByLabel('Tiêu đề').inputValue()).toBe('Hỏi về lệ phí trước bạ');
    await noViolations(hasty, 'questions-too-fast-1280');
    documents.push({ name: 'too fast', html: fast.html });

    const waited = MIN_FILL_MS + 500 - (Date.now() - served);
    if (waited > 0) await new Promise((resolve) => setTimeout(resolve, waited));

    // Required fields missing: the summary lists each, linked to its field.
    await narrow.getByLabel('Tiêu đề').fill('Hỏi về đăng ký thường trú');
    const incomplete = await send(narrow);
    expect(incomplete.status).toBe(400);
    const summary = narrow.getByRole('alert');
    expect(await summary.textContent()).toContain('Hãy nhập họ và tên');
    await summary.getByRole('link', { name: 'Hãy nhập họ và tên' }).click();
    expect(await narrow.evaluate(() => document.activeElement?.id)).toBe('q-ho-ten');
    await noViolations(narrow, 'questions-errors-375');
    documents.push({ name: 'errors', html: incomplete.html });

    // Filled in full: received, with the tracking code and the deadline.
    await wide.getByLabel('Phản ánh, kiến nghị').check();
    await wide.getByLabel('Lĩnh vực').selectOption('giao-thong');
    await wide.getByLabel('Tiêu đề').fill('Phản ánh đèn tín hiệu giao thông hỏng');
    await wide.getByLabel('Nội dung').fill('Đèn tín hiệu tại ngã tư Quốc lộ 9 bị hỏng ba ngày nay.\n\nĐề nghị sửa chữa sớm.');
    await wide.getByLabel('Họ và tên').fill('Ngô Văn Sáng');
    await wide.getByLabel('Số điện thoại').fill('0912 000 111');
    const sent = await send(wide);
    expect(sent.status).toBe(303);
    const code = await wide.locator('.tracking-code').textContent();
    expect(code).toMatch(/^HD-[2-9A-Z]{8}$/);
    expect(await wide.locator('h1').textContent()).toBe('Đã nhận câu hỏi của bạn');
    await noViolations(wide, 'questions-received-1280');
    documents.push({ name: 'received', html: (await fetchPage(server!, SITE, new URL(wide.url()).pathname + new URL(wide.url()).search)).body });

    await wide.getByRole('link', { name: 'Tra cứu ngay' }).click();
    await wide.waitForLoadState('load');
    expect(await wide.getByRole('status').textContent()).toContain('Đã tiếp nhận');
    documents.push({ name: 'tracking', html: (await fetchPage(server!, SITE, `/hoi-dap/tra-cuu?ma=${code ?? ''}`)).body });
  }, 60_000);

  it('shows a published answer at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await open(width);
      await page.goto(`${server!.origin(SITE)}/hoi-dap`, { waitUntil: 'load' });
      await noViolations(page, `questions-list-${width}`);
      await page.locator('.article-list__title a').first().click();
      await page.waitForLoadState('load');
      expect(await page.locator('#tra-loi').textContent()).toBe('Trả lời');
      await noViolations(page, `questions-answer-${width}`);
      if (width === 1280) {
        documents.push({ name: 'list', html: (await fetchPage(server!, SITE, '/hoi-dap')).body });
        documents.push({ name: 'answer', html: (await fetchPage(server!, SITE, new URL(page.url()).pathname)).body });
      }
    }
  });

  it('passes the Nu HTML Checker on every state', async () => {
    const report = await checkHtml(documents, findJava());
    for (const d of documents) expect(report.errors.get(d.name) ?? [], report.summary(d.name)).toEqual([]);
  }, 120_000);
});
