/**
 * A consultation on a draft in Chromium against the real app: a citizen opens an open
 * draft, fills the comment form without an account, waits as a person does (over the
 * form guard's three seconds, in real time) and sends it; the comment waits for a
 * moderator and then shows with the name and organisation, never the contact. A form
 * sent with missing fields comes back with the error summary. The list, the draft, the
 * form with errors and the confirmation pass axe-core (WCAG 2.1 AA) at 375 and 1280 px
 * and the Nu HTML Checker. Screenshots go to e2e/screenshots/consultation-*.png.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsultation, moderateComment, transitionConsultation } from '../src/consultations/consultation-editing.js';
import type { EditContext } from '../src/editorial/editing.js';
import { vietnamDayOf } from '../src/time/vietnam-time.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml, type VnuDocument } from './support/vnu.js';

const SITE = 'camlo';
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CITIZEN = { name: 'Hoàng Thị Lan', organisation: 'Hội Nông dân xã Cam Thành', email: 'lan.hoang.e2e@example.vn', phone: '0912 345 678', address: 'Thôn Tân Xuân, xã Cam Thành' };
const TEXT = 'Đề nghị bổ sung tuyến du lịch kết hợp tham quan vùng chè Tân Lâm vào mục II.';

// The comment is sent, then approved, then shown: this story keeps its order.
describe.skipIf(!browserAvailable)('a consultation: a citizen comments in Chromium', { shuffle: false }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const documents: VnuDocument[] = [];
  let path = '';
  let consultationId = 0;
  let ctx: EditContext;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 3 }), launchBrowser()]);
    const db = server.testApp.services.db.kysely;
    const site = server.testApp.services.registry.bySlugOrUndefined(SITE);
    const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    if (site === undefined) throw new Error('demo site missing');
    ctx = { actor: { userId: admin.id, isSystemAdmin: true, role: undefined }, actorName: 'Quản trị hệ thống', siteId: site.id };
    const day = (n: number) => vietnamDayOf(new Date(Date.now() + n * 86_400_000));
    const row = await createConsultation(db, ctx, {
      title: 'Dự thảo Quy chế quản lý điểm du lịch cộng đồng huyện Cam Lộ',
      summary: 'Lấy ý kiến về quy chế quản lý các điểm du lịch cộng đồng trên địa bàn huyện.',
      bodyHtml: '<p><strong>Điều 1.</strong> Quy chế này quy định việc quản lý các điểm du lịch cộng đồng.</p>',
      draftingBody: 'Phòng Văn hóa, Khoa học và Thông tin huyện Cam Lộ',
      opensOn: day(-1),
      closesOn: day(14),
      attachmentIds: [],
    });
    for (const transition of ['submit', 'approve', 'publish'] as const) await transitionConsultation(db, ctx, row.id, { transition });
    consultationId = row.id;
    path = `/lay-y-kien/${row.slug}`;
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

  /** Submits the form and keeps the HTML the server answered, for the checker. */
  async function submit(page: Page, name: string): Promise<number> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi ý kiến' }).click()]);
    documents.push({ name, html: await response.text() });
    await page.waitForLoadState('load');
    return response.status();
  }

  it('lists the open draft first at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await open(width);
      await page.goto(`${server!.origin(SITE)}/lay-y-kien`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('Lấy ý kiến dự thảo');
      expect(await page.locator('.consultation-list').textContent()).toContain('còn 14 ngày');
      await noViolations(page, `consultation-list-${width}`);
    }
  });

  it('sends back a form with missing fields, with the error summary linked to them (375 px)', async () => {
    const page = await open(375);
    await page.goto(`${server!.origin(SITE)}${path}`, { waitUntil: 'load' });
    await noViolations(page, 'consultation-draft-375');
    await page.getByLabel('Họ và tên').fill(CITIZEN.name);
    await page.waitForTimeout(3_500); // as a person: past the guard's three seconds
    expect(await submit(page, 'form with errors')).toBe(400);
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('Hãy nhập địa chỉ thư điện tử');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(CITIZEN.name);
    await summary.getByRole('link', { name: 'Hãy nhập nội dung góp ý' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gop-y-noi-dung');
    await noViolations(page, 'consultation-errors-375');
  });

  it('takes a comment from a citizen without an account, and holds it for moderation (1280 px)', async () => {
    const page = await open(1280);
    await page.goto(`${server!.origin(SITE)}${path}`, { waitUntil: 'load' });
    await noViolations(page, 'consultation-draft-1280');
    await page.getByLabel('Họ và tên').fill(CITIZEN.name);
    await page.getByLabel('Cơ quan, tổ chức (không bắt buộc)').fill(CITIZEN.organisation);
    await page.getByLabel('Thư điện tử').fill(CITIZEN.email);
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill(CITIZEN.phone);
    await page.getByLabel('Địa chỉ (không bắt buộc)').fill(CITIZEN.address);
    await page.getByLabel('Nội dung góp ý').fill(TEXT);
    await page.waitForTimeout(3_500);
    expect(await submit(page, 'comment sent')).toBe(200);
    expect(await page.getByRole('status').textContent()).toContain('Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được kiểm duyệt');
    await noViolations(page, 'consultation-sent-1280');
    const rows = await server!.testApp.services.db.kysely.selectFrom('consultation_comments').selectAll().where('consultation_id', '=', consultationId).execute();
    expect(rows.map((r) => [r.state, r.name, r.email])).toEqual([['pending', CITIZEN.name, CITIZEN.email]]);
    await page.goto(`${server!.origin(SITE)}${path}`, { waitUntil: 'load' });
    expect(await page.locator('.comment-list').count()).toBe(0);
  });

  it('shows the approved comment with name and organisation, never the contact, at 375 and 1280 px', async () => {
    const db = server!.testApp.services.db.kysely;
    const comment = await db.selectFrom('consultation_comments').select('id').where('consultation_id', '=', consultationId).executeTakeFirstOrThrow();
    await moderateComment(db, ctx, consultationId, comment.id, 'approve');
    for (const width of [375, 1280]) {
      const page = await open(width);
      await page.goto(`${server!.origin(SITE)}${path}`, { waitUntil: 'load' });
      const list = page.locator('.comment-list');
      expect(await list.textContent()).toContain(CITIZEN.name);
      expect(await list.textContent()).toContain(CITIZEN.organisation);
      expect(await list.textContent()).toContain(TEXT);
      const html = await page.content();
      for (const secret of [CITIZEN.email, CITIZEN.phone, CITIZEN.address]) expect(html).not.toContain(secret);
      await noViolations(page, `consultation-comment-${width}`);
    }
  });

  it('serves valid HTML (Nu HTML Checker): list, draft with its comment, form with errors, confirmation', async () => {
    for (const p of ['/lay-y-kien', '/lay-y-kien?trang-thai=da-ket-thuc', path]) {
      const res = await fetchPage(server!, SITE, p);
      expect(res.status, p).toBe(200);
      documents.push({ name: p, html: res.body });
    }
    const report = await checkHtml(documents, findJava());
    for (const d of documents) expect(report.errors.get(d.name) ?? [], report.summary(d.name)).toEqual([]);
  }, 120_000);
});
