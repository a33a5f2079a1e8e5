/**
 * Topics in Chromium against the real app: on the province, /chuyen-de lists the demo's
 * 2022 gender-equality month; its page, reached by its link with JavaScript off, shows
 * the campaign's dates and the articles of five districts, newest first, each naming its
 * district and linking to the article on that district's own site (followed to Cam Lộ's
 * seed article). Both pages pass axe-core at 375 and 1280 px without sideways scrolling,
 * and the Nu HTML Checker. In the admin, Đông Hà's approver finds one of the district's
 * published articles by title and proposes it to the topic, which then lists it as
 * waiting; both screens pass axe-core. Screenshots go to e2e/screenshots/topics-*.png.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_TOPIC_SLUG, DEMO_TOPIC_TITLE } from '../src/demo/topics.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { browserAvailable, findJava } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { fetchPage } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const SITE = 'quangtri';
const TOPIC = `/chuyen-de/${DEMO_TOPIC_SLUG}`;
const SEED_TITLE = 'Phát động hưởng ứng Thành hành động Bình đẳng giới năm 2022';

describe.skipIf(!browserAvailable)('topics in Chromium', () => {
  const journey = browserJourney({ articlesPerSite: 2, timeoutMs: 10000 });
  const { open, noViolations } = journey;

  for (const width of [375, 1280]) {
    it(`opens the topic from the list and follows an article to its own site at ${width} px`, async () => {
      const page = await open(width, { javaScriptEnabled: false });
      await page.goto(`${journey.server().origin(SITE)}/chuyen-de`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('Chuyên đề');
      const checked = await open(width);
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

  it('lets a district approver propose a published article to the topic in the admin', async () => {
    const { db, registry } = journey.server().testApp.services;
    const dongha = registry.bySlugOrUndefined('dongha');
    if (dongha === undefined) throw new Error('the demo has no site dongha');
    await createTestUser(db.kysely, 'duyet-dongha', [{ siteId: dongha.id, role: 'approver' }]);
    const article = await db.kysely.selectFrom('articles').select(['id', 'title']).where('site_id', '=', dongha.id).where('status', '=', 'published').where('title', 'not like', '%Tháng hành động%').orderBy('id').executeTakeFirstOrThrow();

    const page = await open(1280);
    await page.goto(`${journey.server().origin('dongha')}/admin/`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('duyet-dongha');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Bảng điều khiển');
    await page.getByRole('navigation').getByRole('link', { name: 'Chuyên đề' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Chuyên đề');
    await expect.poll(() => page.getByRole('link', { name: DEMO_TOPIC_TITLE }).count(), { timeout: 15_000 }).toBe(1);
    // A few words of the title, as a person would type them.
    await page.getByLabel('Tìm tin bài đã đăng theo tiêu đề').fill(article.title.split(' ').slice(0, 4).join(' '));
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const add = page.getByRole('listitem').filter({ hasText: article.title }).getByRole('button', { name: /^Đưa vào chuyên đề/ });
    await add.click();
    await expect.poll(() => page.getByText(`Đã đưa “${article.title}” vào chuyên đề (Chờ chấp nhận).`).count(), { timeout: 15_000 }).toBe(1);
    await noViolations(page, 'topics-admin-list-1280');

    await page.getByRole('link', { name: DEMO_TOPIC_TITLE }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(DEMO_TOPIC_TITLE);
    const row = page.getByRole('row', { name: new RegExp(article.title) });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Chờ chấp nhận');
    // Not the topic's owner: no form to change it, no accept or decline; taking its own article out is offered.
    expect(await page.getByLabel('Tên chuyên đề').count()).toBe(0);
    expect(await row.getByRole('button', { name: /Chấp nhận/ }).count()).toBe(0);
    expect(await row.getByRole('button', { name: /Bỏ khỏi chuyên đề/ }).count()).toBe(1);
    await noViolations(page, 'topics-admin-topic-1280');
  }, 90_000);

  it('serves pages the Nu HTML Checker finds no error in', async () => {
    const paths = ['/chuyen-de', TOPIC];
    const documents = await Promise.all(
      paths.map(async (path) => {
        const res = await fetchPage(journey.server(), SITE, path);
        expect(res.status, path).toBe(200);
        return { name: path, html: res.body };
      }),
    );
    const report = await checkHtml(documents, findJava());
    for (const path of paths) expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
  }, 120_000);
});
