/**
 * The editorial journey through the admin at /admin, in Chromium against the real app:
 * a contributor writes an article with an uploaded image and submits it; an editor
 * returns it with a note; the contributor reads the note, fixes the text and submits
 * again; an approver approves and publishes; the article is then on the public site
 * with its image. Every admin screen visited passes axe-core (WCAG 2.1 AA) and no page
 * logs an error or a CSP violation. Screenshots go to e2e/screenshots/admin-*.png.
 *
 * Needs the built admin (`npm run build:admin`; `npm test` builds it first).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCategoryBySlug } from '../src/categories/index.js';
import { loadSeedArticle } from '../src/demo/demo-files.js';
import { totpCodeAt } from '../src/accounts/totp.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { ADMIN_DIST_DIR } from '../src/web/admin/admin-app.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, launchBrowser, newContext, watchPageProblems, type PageProblems } from './support/browser.js';
import { gradientPng } from './support/png.js';
import { startServer, type RunningServer } from './support/server.js';

const SITE = 'camlo';
const seed = loadSeedArticle();
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const TITLE = 'Cam Lộ ra quân hưởng ứng Tháng hành động vì bình đẳng giới năm 2026';
const LEAD_DRAFT = 'Sáng nay, Ủy ban nhân dân huyện Cam Lộ tổ chức lễ ra quân, với sự tham gia của đông đảo đoàn viên, hội viên và nhân dân trên địa bàn huyện trong nhiều xã, thị trấn.';
const LEAD_FIXED = 'Sáng nay, UBND huyện Cam Lộ tổ chức lễ ra quân hưởng ứng Tháng hành động vì bình đẳng giới.';
const BODY = 'Tham dự buổi lễ có đại diện lãnh đạo Huyện ủy, HĐND, UBND huyện và các đoàn thể.';
const ALT = 'Đoàn viên thanh niên Cam Lộ diễu hành hưởng ứng bình đẳng giới';
const CAPTION = 'Lễ ra quân tại trung tâm huyện Cam Lộ';
const RETURN_NOTE = 'Sapo quá dài, hãy rút gọn còn một câu.';
const IMAGE_NAME = 'le-ra-quan.png';
const TITLE_EDITED = 'Cam Lộ ra quân hưởng ứng Tháng hành động vì bình đẳng giới';
const LEAD_EDITED = 'UBND huyện Cam Lộ ra quân hưởng ứng Tháng hành động vì bình đẳng giới năm 2026.';

interface Actor {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** An <input type="datetime-local"> value for an instant, in Vietnam's time (UTC+7 all year). */
function vietnamLocal(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** How the admin shows that datetime-local value: "08:05, 29-11-2026". */
function shownAs(local: string): string {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(local) ?? [];
  return `${h}:${mi}, ${d}-${mo}-${y}`;
}

/**
 * Takes the problems logged since `from` off the list, and returns those that are not the
 * one deliberately provoked refusal (a response with `status`), which should be none.
 */
function refusedOnly(problems: PageProblems, from: number, status: number): string[] {
  return problems.messages.splice(from).filter((m) => !new RegExp(`Failed to load resource: the server responded with a status of ${status}`).test(m));
}

/**
 * A signed-out visitor's first request asks who they are (GET /api/v1/auth/me → 401), which
 * Chromium logs as a failed resource. That answer is the contract; every other error counts.
 */
function unexpected(problems: PageProblems): string[] {
  return problems.messages.filter((m) => !/Failed to load resource: the server responded with a status of 401/.test(m));
}

// One newsroom's day in the browser, told in order: each step acts on what the step before
// made (the article written, returned, approved, published). So this story keeps its order
// even when the suite runs shuffled; the other test files do not depend on order.
describe.skipIf(!browserAvailable)('the admin: writing, returning, approving and publishing an article', { shuffle: false }, () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let categoryId = 0;
  let siteName = '';
  let articlePath = '';
  let publicUrl = '';
  const actors: Actor[] = [];
  let approver: Actor | undefined;
  const axeFailures: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(`${ADMIN_DIST_DIR}index.html`)) {
      throw new Error(`The admin is not built (${ADMIN_DIST_DIR} is missing): run \`npm run build:admin\` (npm test does it first).`);
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const { db, registry } = server.testApp.services;
    const site = registry.bySlugOrUndefined(SITE);
    if (site === undefined) throw new Error(`the demo has no site ${SITE}`);
    const category = await findCategoryBySlug(db.kysely, site.id, seed.category);
    if (category === undefined) throw new Error(`the demo site has no category ${seed.category}`);
    categoryId = category.id;
    await createTestUser(db.kysely, 'phongvien', [{ siteId: site.id, role: 'contributor' }]);
    await createTestUser(db.kysely, 'bientapvien', [{ siteId: site.id, role: 'editor' }]);
    await createTestUser(db.kysely, 'truongban', [{ siteId: site.id, role: 'approver' }]);
    await createTestUser(db.kysely, 'quantri', [{ siteId: site.id, role: 'site_admin' }]);
    await createTestUser(db.kysely, 'hethong', [], { isSystemAdmin: true });
    siteName = site.name;
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(actors.map((a) => a.context.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  const admin = (path = '') => `${server!.origin(SITE)}/admin/${path}`;

  /** Runs axe on the screen as it is now and keeps a screenshot of it. */
  async function check(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}admin-${name}.png`, fullPage: true });
    const report = await runAxe(page);
    if (report.violations.length > 0) axeFailures.push(`${name}:\n${report.summary}`);
    expect(report.violations, `${name}: ${report.summary}`).toEqual([]);
  }

  async function heading(page: Page, text: string): Promise<void> {
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(text);
  }

  async function statusOf(page: Page): Promise<string | null> {
    return page.locator('.side-box .tag').textContent();
  }

  /** Each step builds on the one before; without its result there is nothing to check. */
  function needs(value: string, what: string): void {
    if (value === '') throw new Error(`an earlier step failed: no ${what}`);
  }

  async function signIn(username: string, width = 1280, landing = 'Bảng điều khiển'): Promise<Actor> {
    const context = await newContext(browser!, width);
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    const actor = { context, page, problems };
    actors.push(actor);
    await page.goto(admin(), { waitUntil: 'load' });
    await heading(page, 'Đăng nhập');
    await check(page, `dang-nhap-${width}`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // One site: the dashboard opens directly; with several, the site picker.
    await heading(page, landing);
    await page.waitForLoadState('networkidle');
    return actor;
  }

  async function transition(page: Page, label: string, expectedStatus: string): Promise<void> {
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe(expectedStatus);
  }

  it('a wrong password gets the API’s message, in Vietnamese, at the top of the form', async () => {
    const context = await newContext(browser!, 1280);
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    actors.push({ context, page, problems });
    await page.goto(admin('camlo/tin-bai'), { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('phongvien');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-hoan-toan');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await check(page, 'dang-nhap-loi');
    const others = unexpected(problems).filter((m) => !/status of 401/.test(m));
    expect(others, others.join('\n')).toEqual([]);
  });

  it('a contributor writes an article with an uploaded image and submits it', async () => {
    const { page, problems } = await signIn('phongvien');
    await check(page, 'bang-dieu-khien');

    await page.getByRole('link', { name: 'Viết bài mới' }).click();
    await heading(page, 'Viết bài mới');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await page.getByLabel('Sapo (tóm tắt)').fill(LEAD_DRAFT);
    await page.getByLabel('Chuyên mục').selectOption(String(categoryId));
    await page.getByLabel('Bút danh').fill('Hoàng Lan');
    await page.getByLabel('Nguồn').fill('Trung tâm Văn hóa – Thông tin huyện Cam Lộ');

    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await page.keyboard.type(BODY);
    // Tab belongs to lists and tables inside the text; Escape leaves it for the next field.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('article-category');
    await check(page, 'viet-bai');

    // The image: uploaded in the editor's dialog (alt text required), then placed with its caption.
    await page.getByRole('button', { name: 'Chèn ảnh' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chèn ảnh vào nội dung' });
    await dialog.getByLabel('Tệp', { exact: true }).setInputFiles({ name: IMAGE_NAME, mimeType: 'image/png', buffer: gradientPng() });
    await dialog.getByLabel('Mô tả ảnh (văn bản thay thế)').fill(ALT);
    await dialog.getByLabel('Chú thích', { exact: true }).fill(CAPTION);
    await dialog.getByRole('button', { name: 'Tải lên' }).click();
    await expect.poll(() => dialog.getByLabel('Chú thích ảnh', { exact: true }).inputValue(), { timeout: 15_000 }).toBe(CAPTION);
    await check(page, 'chen-anh');
    await dialog.getByRole('button', { name: 'Chèn', exact: true }).click();
    await expect.poll(() => body.locator('figure img').getAttribute('alt')).toBe(ALT);

    // The same picture as the featured image, picked from the library.
    await page.getByRole('button', { name: 'Chọn ảnh từ thư viện' }).click();
    const picker = page.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
    await picker.getByRole('button', { name: `Chọn ${IMAGE_NAME}` }).first().click();
    await expect.poll(() => page.locator('.featured-preview img').count()).toBe(1);

    await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await page.waitForURL(/\/admin\/camlo\/tin-bai\/\d+$/, { timeout: 15_000 });
    articlePath = new URL(page.url()).pathname;
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('Bản nháp');
    await expect.poll(() => page.getByRole('textbox', { name: 'Nội dung' }).locator('figcaption').textContent()).toBe(CAPTION);
    // A contributor fills in the royalty data but sees the coefficient only as the approver set it.
    const royalty = page.getByRole('region', { name: 'Nhuận bút' });
    expect(await royalty.getByLabel('Thể loại').count()).toBe(1);
    expect(await royalty.getByLabel('Hệ số nhuận bút').count()).toBe(0);
    expect(await royalty.locator('#royalty-coefficient').textContent()).toBe('Chưa chấm');

    await transition(page, 'Gửi duyệt', 'Chờ biên tập');
    await check(page, 'bien-tap-da-gui');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  }, 120_000);

  it('an editor returns it with a note', async () => {
    needs(articlePath, 'article');
    const { page, problems } = await signIn('bientapvien');
    const waiting = page.getByRole('region', { name: /Chờ tôi xử lý/ });
    await waiting.getByRole('link', { name: TITLE }).click();
    await heading(page, 'Biên tập tin bài');
    await page.waitForLoadState('networkidle');
    await check(page, 'bien-tap-vien');

    await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Trả lại' });
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    // Without a note the dialog says what is missing.
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Hãy ghi rõ lý do.');
    await check(page, 'tra-lai-thieu-ghi-chu');
    await dialog.getByLabel('Ghi chú').fill(RETURN_NOTE);
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('Bị trả lại');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  });

  it('the contributor sees the note, fixes the lead and submits again', async () => {
    needs(articlePath, 'article');
    const { page, problems } = actors.find((a) => a.page.url().includes(articlePath))!;
    await page.reload({ waitUntil: 'networkidle' });
    const note = page.getByRole('region', { name: 'Tin bài bị trả lại' });
    await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain(RETURN_NOTE);
    await check(page, 'bi-tra-lai');

    await page.getByLabel('Sapo (tóm tắt)').fill(LEAD_FIXED);
    // Unsaved changes are saved before the transition.
    await transition(page, 'Gửi duyệt', 'Chờ biên tập');
    await expect.poll(() => page.getByRole('region', { name: 'Tin bài bị trả lại' }).count()).toBe(0);
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  }, 120_000);

  it('an approver compares the revisions, approves and publishes', async () => {
    needs(articlePath, 'article');
    approver = await signIn('truongban');
    const { page, problems } = approver;
    await page.getByRole('region', { name: /Chờ tôi xử lý/ }).getByRole('link', { name: TITLE }).click();
    await heading(page, 'Biên tập tin bài');
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel('Sapo (tóm tắt)').inputValue()).toBe(LEAD_FIXED);

    await page.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
    await heading(page, 'Lịch sử phiên bản');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'So sánh' }).click();
    await expect.poll(() => page.locator('.diff ins, .diff del').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await check(page, 'lich-su');
    await page.getByRole('link', { name: /Quay lại biên tập/ }).click();
    await heading(page, 'Biên tập tin bài');
    await page.waitForLoadState('networkidle');

    await transition(page, 'Duyệt', 'Đã duyệt');

    // Publishing asks, optionally, when to take the article down again; the server refuses
    // a time before publication, and its reason shows in the dialog beside the field.
    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Đăng' });
    const unpublishField = publish.getByLabel('Tự động gỡ bài lúc');
    await unpublishField.fill(vietnamLocal(Date.now() - 86_400_000));
    const beforeRefusal = problems.messages.length;
    await publish.getByRole('button', { name: 'Đăng', exact: true }).click();
    await expect.poll(() => publish.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('Thời điểm gỡ bài phải sau thời điểm đăng.');
    expect(await unpublishField.getAttribute('aria-invalid')).toBe('true');
    expect(await publish.locator('.error-message').textContent()).toContain('Thời điểm gỡ bài phải sau thời điểm đăng.');
    await check(page, 'dang-loi-go-bai');
    expect(refusedOnly(problems, beforeRefusal, 400), 'only the refused publication may fail').toEqual([]);
    const unpublishAt = vietnamLocal(Date.now() + 30 * 86_400_000);
    await unpublishField.fill(unpublishAt);
    await publish.getByRole('button', { name: 'Đăng', exact: true }).click();
    await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('Đã đăng');
    expect(await page.getByRole('complementary', { name: 'Xử lý tin bài' }).locator('.side-box').first().textContent()).toContain(`Tự động gỡ bài lúc${shownAs(unpublishAt)}`);
    await check(page, 'da-dang');

    // Royalty: the approver grades the article and names its authors. Until their shares
    // add up to 100 % the API refuses, and says so beside the authors.
    const royalty = page.getByRole('region', { name: 'Nhuận bút' });
    await royalty.getByLabel('Thể loại').fill('Tin');
    await royalty.getByLabel('Hệ số nhuận bút').fill('1,5');
    await royalty.getByRole('button', { name: 'Thêm tác giả' }).click();
    const first = royalty.getByRole('group', { name: 'Tác giả 1', exact: true });
    // The panel moves focus to the new author's name once it has drawn the row (a task later).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('royalty-author-0-name');
    await first.getByLabel('Họ tên').fill('Hoàng Lan');
    await first.getByLabel('Tỷ lệ (%)').fill('60');
    await royalty.getByRole('button', { name: 'Thêm tác giả' }).click();
    const second = royalty.getByRole('group', { name: 'Tác giả 2', exact: true });
    // A new author takes what is left of the 100 %.
    expect(await second.getByLabel('Tỷ lệ (%)').inputValue()).toBe('40');
    await second.getByLabel('Họ tên').fill('Trần Minh');
    await second.getByLabel('Tỷ lệ (%)').fill('30');
    const beforeTotal = problems.messages.length;
    await royalty.getByRole('button', { name: 'Lưu nhuận bút' }).click();
    await expect.poll(() => royalty.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('Tổng tỷ lệ của các tác giả phải bằng 100');
    expect(await royalty.locator('#royalty-authors-error').textContent()).toContain('Tổng tỷ lệ của các tác giả phải bằng 100');
    await check(page, 'nhuan-but-loi');
    expect(refusedOnly(problems, beforeTotal, 400), 'only the refused royalty may fail').toEqual([]);
    await second.getByLabel('Tỷ lệ (%)').fill('40');
    await royalty.getByRole('button', { name: 'Lưu nhuận bút' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Đã lưu thông tin nhuận bút.');
    expect(await royalty.getByRole('alert').count()).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, 'Biên tập tin bài');
    expect(await royalty.getByLabel('Hệ số nhuận bút').inputValue()).toBe('1,5');
    expect(await royalty.getByRole('group', { name: 'Tác giả 2', exact: true }).getByLabel('Họ tên').inputValue()).toBe('Trần Minh');
    await check(page, 'nhuan-but-bai');
    const link = page.getByRole('link', { name: 'Xem trên cổng' });
    publicUrl = (await link.getAttribute('href')) ?? '';
    expect(publicUrl).toMatch(new RegExp(`^${server!.origin(SITE)}/${seed.category}/`));

    // The lists an approver works from.
    await page.getByRole('link', { name: 'Tin bài', exact: true }).click();
    await heading(page, 'Danh sách tin bài');
    await page.waitForLoadState('networkidle');
    await check(page, 'danh-sach');
    await page.getByRole('link', { name: 'Thư viện ảnh/tệp' }).click();
    await heading(page, 'Thư viện ảnh/tệp');
    await page.waitForLoadState('networkidle');
    await check(page, 'thu-vien');
    await page.getByRole('link', { name: 'Nhuận bút' }).click();
    await heading(page, 'Nhuận bút');
    await page.waitForLoadState('networkidle');
    // This month's report lists the article once per author, with the approver's grade.
    await expect.poll(() => page.locator('main table').first().textContent(), { timeout: 15_000 }).toContain('Trần Minh');
    expect(await page.locator('main').textContent()).toContain('1,5');
    await check(page, 'nhuan-but');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  }, 120_000);

  it('the article is on the public site, with its image', async () => {
    needs(publicUrl, 'public address');
    const { page, problems } = approver!;
    const response = await page.goto(publicUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain(TITLE);
    const image = page.locator(`article img[alt="${ALT}"], main img[alt="${ALT}"]`).first();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(await page.locator('main').textContent()).toContain(CAPTION);
    await page.screenshot({ path: `${SCREENSHOTS}admin-cong-cong-khai.png`, fullPage: true });
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  });

  it('two people save the same article at once: the second sees both versions side by side and nothing is lost', async () => {
    needs(articlePath, 'article');
    const stale = approver!.page;
    await stale.goto(`${server!.origin(SITE)}${articlePath}`, { waitUntil: 'load' });
    await heading(stale, 'Biên tập tin bài');
    await stale.waitForLoadState('networkidle');

    const other = await signIn('quantri');
    await other.page.goto(`${server!.origin(SITE)}${articlePath}`, { waitUntil: 'load' });
    await heading(other.page, 'Biên tập tin bài');
    await other.page.waitForLoadState('networkidle');
    await other.page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE_EDITED);
    await other.page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await expect.poll(() => other.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Đã lưu/);

    // The first page still holds the old revision: its save is refused and the versions are shown.
    await stale.getByLabel('Sapo (tóm tắt)').fill(LEAD_EDITED);
    await stale.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    const conflict = stale.getByRole('region', { name: 'Tin bài vừa được người khác sửa' });
    await expect.poll(() => conflict.count(), { timeout: 15_000 }).toBe(1);
    await check(stale, 'xung-dot');
    // Each side's own edit is the default choice.
    expect(await conflict.getByRole('group', { name: 'Chọn bản cho trường Tiêu đề' }).getByLabel('Dùng bản hiện tại', { exact: true }).isChecked()).toBe(true);
    expect(await conflict.getByRole('group', { name: 'Chọn bản cho trường Sapo' }).getByLabel('Giữ bản của bạn', { exact: true }).isChecked()).toBe(true);
    await conflict.getByRole('button', { name: 'Lưu với các lựa chọn này' }).click();
    await expect.poll(() => stale.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Đã lưu/);
    await stale.reload({ waitUntil: 'networkidle' });
    await heading(stale, 'Biên tập tin bài');
    expect(await stale.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(TITLE_EDITED);
    expect(await stale.getByLabel('Sapo (tóm tắt)').inputValue()).toBe(LEAD_EDITED);
    expect(unexpected(approver!.problems).filter((m) => !/status of 409/.test(m)), 'only the refused save may fail').toEqual([]);
    expect(unexpected(other.problems)).toEqual([]);
  }, 120_000);

  it('on a 768 px tablet, a site admin manages categories, staff and settings and reads the audit log', async () => {
    const { page, problems } = await signIn('quantri', 768);
    await check(page, 'bang-dieu-khien-768');

    await page.getByRole('link', { name: 'Chuyên mục' }).click();
    await heading(page, 'Chuyên mục');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Tên chuyên mục').fill('Thông báo khẩn');
    await page.getByLabel('Thứ tự trên menu').fill('30');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.locator('.tree').textContent(), { timeout: 15_000 }).toContain('Thông báo khẩn');
    await check(page, 'chuyen-muc-768');

    await page.getByRole('link', { name: 'Nhân sự' }).click();
    await heading(page, 'Nhân sự');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('table').textContent()).toContain('phongvien');
    await check(page, 'nhan-su-768');

    await page.getByRole('link', { name: 'Cài đặt cổng' }).click();
    await heading(page, 'Cài đặt cổng');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Người chịu trách nhiệm').fill('Chánh Văn phòng HĐND và UBND huyện');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Đã lưu cài đặt cổng.');
    await check(page, 'cai-dat-768');

    await page.getByRole('link', { name: 'Nhật ký' }).click();
    await heading(page, 'Nhật ký');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('table').count(), { timeout: 15_000 }).toBe(1);
    await check(page, 'nhat-ky-768');

    await page.getByRole('link', { name: 'Tin bài', exact: true }).click();
    await heading(page, 'Danh sách tin bài');
    await page.getByLabel('Tìm theo tiêu đề, nội dung').fill('ra quân hưởng ứng');
    await page.getByRole('button', { name: 'Lọc' }).click();
    // (The title as the conflict left it: TITLE_EDITED is how both versions begin.)
    await expect.poll(() => page.locator('table').textContent(), { timeout: 15_000 }).toContain(TITLE_EDITED);
    await check(page, 'tim-kiem-768');

    // The editor on a tablet: state and actions first, then the article, then its royalty data.
    await page.locator('table').getByRole('link', { name: TITLE_EDITED }).first().click();
    await heading(page, 'Biên tập tin bài');
    const royalty = page.getByRole('heading', { name: 'Nhuận bút', level: 2 });
    await expect.poll(() => royalty.count(), { timeout: 15_000 }).toBe(1);
    const formEnd = await page.locator('#article-form').boundingBox();
    const royaltyTop = await royalty.boundingBox();
    expect((royaltyTop?.y ?? 0) > (formEnd?.y ?? 0) + (formEnd?.height ?? 0)).toBe(true);
    await check(page, 'bien-tap-768');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
  }, 120_000);

  it('a system admin creates an account; its owner sets a password, turns on two-factor and signs in with a code', async () => {
    const { page, problems } = await signIn('hethong', 1280, 'Chọn cổng thông tin');
    await check(page, 'chon-cong');
    await page.getByRole('link', { name: siteName }).click();
    await heading(page, 'Bảng điều khiển');
    await page.getByRole('link', { name: 'Nhân sự' }).click();
    await heading(page, 'Nhân sự');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await page.getByLabel('Họ và tên').fill('Lê Thị Mới');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const temporary = page.locator('.temporary-password');
    await expect.poll(() => temporary.count(), { timeout: 15_000 }).toBe(1);
    const temporaryPassword = (await temporary.textContent()) ?? '';
    await page.getByLabel('Tài khoản', { exact: true }).selectOption({ label: 'Lê Thị Mới (canbo.moi)' });
    await page.getByLabel('Vai trò', { exact: true }).last().selectOption('contributor');
    await page.getByRole('button', { name: 'Cấp quyền' }).click();
    await expect.poll(() => page.locator('table').textContent(), { timeout: 15_000 }).toContain('canbo.moi');
    await check(page, 'tao-tai-khoan');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);

    // The new person: a temporary password must be replaced before anything else.
    const context = await newContext(browser!, 1280);
    const fresh = await context.newPage();
    const freshProblems = await watchPageProblems(fresh);
    actors.push({ context, page: fresh, problems: freshProblems });
    const NEW_PASSWORD = 'song-huong-nui-ngu-2026';
    await fresh.goto(admin(), { waitUntil: 'load' });
    await heading(fresh, 'Đăng nhập');
    await fresh.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await fresh.getByLabel('Mật khẩu').fill(temporaryPassword);
    await fresh.getByRole('button', { name: 'Đăng nhập' }).click();
    await heading(fresh, 'Đặt mật khẩu mới');
    await check(fresh, 'doi-mat-khau-bat-buoc');
    await fresh.getByLabel('Mật khẩu hiện tại').fill(temporaryPassword);
    await fresh.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await fresh.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await fresh.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await heading(fresh, 'Bảng điều khiển');

    // The account page: an e-mail address, then two-factor; each asks for the password again.
    await fresh.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await heading(fresh, 'Tài khoản của tôi');
    await fresh.getByLabel('Địa chỉ thư điện tử mới').fill('canbo.moi@camlo.quangtri.gov.vn');
    await fresh.getByLabel('Mật khẩu (để đổi thư điện tử)').fill(NEW_PASSWORD);
    await fresh.getByRole('button', { name: 'Đổi thư điện tử' }).click();
    await expect.poll(() => fresh.locator('main').textContent(), { timeout: 15_000 }).toContain('Địa chỉ hiện tại: canbo.moi@camlo.quangtri.gov.vn');
    // Two-factor: the password, then scan (here: read the secret), confirm with a code, keep the recovery codes.
    await fresh.getByLabel('Mật khẩu (để bật xác thực hai lớp)').fill(NEW_PASSWORD);
    await fresh.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    const qr = fresh.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' });
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), { timeout: 15_000 }).toBe(true);
    await check(fresh, 'bat-xac-thuc-hai-lop');
    const secret = ((await fresh.locator('.secret').textContent()) ?? '').trim();
    await fresh.getByLabel('Mã 6 chữ số').fill(totpCodeAt(secret));
    await fresh.getByRole('button', { name: 'Xác nhận và bật' }).click();
    const codes = fresh.getByRole('region', { name: 'Mã khôi phục' }).locator('code');
    await expect.poll(() => codes.count(), { timeout: 15_000 }).toBe(10);
    const recoveryCode = ((await codes.first().textContent()) ?? '').trim();
    await check(fresh, 'ma-khoi-phuc');

    // Signing in again now asks for the second factor; a recovery code answers it.
    await fresh.getByRole('button', { name: 'Đăng xuất' }).click();
    await heading(fresh, 'Đăng nhập');
    await fresh.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await fresh.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
    await fresh.getByRole('button', { name: 'Đăng nhập' }).click();
    await heading(fresh, 'Xác thực hai lớp');
    await check(fresh, 'nhap-ma-xac-thuc');
    await fresh.getByLabel('Mã xác thực').fill(recoveryCode);
    await fresh.getByRole('button', { name: 'Xác nhận' }).click();
    await heading(fresh, 'Bảng điều khiển');
    expect(unexpected(freshProblems), unexpected(freshProblems).join('\n')).toEqual([]);
    expect(axeFailures, axeFailures.join('\n\n')).toEqual([]);
  }, 120_000);
  it('a system admin lists the accounts, resets a password shown just once, and reads the system-wide audit log', async () => {
    const { page, problems } = await signIn('hethong', 1280, 'Chọn cổng thông tin');
    const systemNav = page.getByRole('navigation', { name: 'Quản trị hệ thống' });
    await systemNav.getByRole('link', { name: 'Tài khoản người dùng' }).click();
    await heading(page, 'Tài khoản người dùng');
    await page.waitForLoadState('networkidle');
    const table = page.getByRole('table', { name: 'Tài khoản trong hệ thống' });
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('bientapvien');
    expect(await table.textContent()).toContain(`${siteName}: Biên tập viên`);
    // Their own password an administrator changes on their account page, not by a reset.
    expect(await table.getByRole('button', { name: 'Đặt lại mật khẩu của hethong' }).count()).toBe(0);
    await check(page, 'tai-khoan-nguoi-dung');

    await page.getByLabel('Tên đăng nhập hoặc họ tên').fill('bientap');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    await table.getByRole('button', { name: 'Đặt lại mật khẩu của bientapvien' }).click();
    const confirm = page.getByRole('dialog', { name: 'Đặt lại mật khẩu của bientapvien' });
    await check(page, 'dat-lai-mat-khau-hoi');
    await confirm.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    const issued = page.getByRole('region', { name: 'Mật khẩu tạm thời mới của bientapvien' });
    await expect.poll(() => issued.count(), { timeout: 15_000 }).toBe(1);
    const temporaryPassword = ((await issued.locator('.temporary-password').textContent()) ?? '').trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    // The panel takes focus, so a screen reader reads the password out.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('one-time-password')), { timeout: 5_000 }).toBe(true);
    expect(await table.textContent()).toContain('Chờ đổi mật khẩu tạm thời');
    await check(page, 'dat-lai-mat-khau');

    // Shown once: the server keeps only its hash, and the screen forgets it.
    await page.reload({ waitUntil: 'networkidle' });
    await heading(page, 'Tài khoản người dùng');
    expect(await page.locator('.temporary-password').count()).toBe(0);

    // The editor now signs in with it and must choose their own password first.
    const context = await newContext(browser!, 1280);
    const editor = await context.newPage();
    const editorProblems = await watchPageProblems(editor);
    actors.push({ context, page: editor, problems: editorProblems });
    await editor.goto(admin(), { waitUntil: 'load' });
    await heading(editor, 'Đăng nhập');
    await editor.getByLabel('Tên đăng nhập').fill('bientapvien');
    await editor.getByLabel('Mật khẩu').fill(temporaryPassword);
    await editor.getByRole('button', { name: 'Đăng nhập' }).click();
    await heading(editor, 'Đặt mật khẩu mới');
    expect(unexpected(editorProblems), unexpected(editorProblems).join('\n')).toEqual([]);

    // The system-wide log: the reset (which belongs to no site) and one site's publication.
    await page.getByRole('navigation', { name: 'Quản trị hệ thống' }).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await heading(page, 'Nhật ký hệ thống');
    await page.waitForLoadState('networkidle');
    const log = page.getByRole('table', { name: 'Nhật ký hoạt động' });
    await expect.poll(() => log.count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel('Hành động').fill('password_reset');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/\/admin\/nhat-ky-he-thong\?action=password_reset$/, { timeout: 15_000 });
    await expect.poll(() => log.locator('tbody tr').first().textContent(), { timeout: 15_000 }).toContain('password_reset');
    expect(await log.locator('tbody tr').first().textContent()).toContain('Toàn hệ thống');
    await page.getByLabel('Cổng', { exact: true }).selectOption({ label: siteName });
    await page.getByLabel('Hành động').fill('workflow_publish');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => log.locator('tbody tr').first().textContent(), { timeout: 15_000 }).toContain('workflow_publish');
    expect(await log.locator('tbody').textContent()).toContain(siteName);
    expect(await log.locator('tbody').textContent()).not.toContain('password_reset');
    await check(page, 'nhat-ky-he-thong');
    expect(unexpected(problems), unexpected(problems).join('\n')).toEqual([]);
    expect(axeFailures, axeFailures.join('\n\n')).toEqual([]);
  }, 120_000);
});
