/**
 * Syndication in Chromium against the real app: Cam Lộ's approver proposes a published
 * article from the article's screen; the province's approver accepts it with a note on
 * Tin đề xuất; the province's home block and /tin-dia-phuong then list it, named and
 * linked to Cam Lộ, and following the link opens it on Cam Lộ. The admin screen, the
 * home page and the list pass axe-core at 375 and 1280 px without sideways scrolling,
 * and the Nu HTML Checker. Screenshots go to e2e/screenshots/syndication-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { browserAvailable, findJava } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { fetchPage } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const NOTE = 'Đăng ở mục tin từ các địa phương.';

describe.skipIf(!browserAvailable)('syndication in Chromium', () => {
  let article = { id: 0, title: '' };
  const journey = browserJourney({ articlesPerSite: 3, prepare: async (server) => {
    const { db, registry } = server.testApp.services;
    const camlo = registry.bySlugOrUndefined('camlo');
    const province = registry.bySlugOrUndefined('quangtri');
    if (camlo === undefined || province === undefined) throw new Error('demo sites missing');
    await createTestUser(db.kysely, 'duyet.camlo', [{ siteId: camlo.id, role: 'approver' }]);
    await createTestUser(db.kysely, 'duyet.tinh', [{ siteId: province.id, role: 'approver' }]);
    // A published Cam Lộ article the demo has not proposed.
    article = await db.kysely
      .selectFrom('articles')
      .select(['id', 'title'])
      .where('site_id', '=', camlo.id)
      .where('status', '=', 'published')
      .where('id', 'not in', db.kysely.selectFrom('syndications').select('article_id'))
      .orderBy('id')
      .executeTakeFirstOrThrow();
  } });
  const { open } = journey;
  const noViolations = (page: Page, name: string) => journey.noViolations(page, `syndication-${name}`);

  async function signIn(site: string, username: string, width: number): Promise<Page> {
    const page = await open(width);
    await page.goto(`${journey.server().origin(site)}/admin/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng nhập');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điều khiển');
    return page;
  }

  it('proposes from the article, accepts with a note on Tin đề xuất, then shows it on the province linked to Cam Lộ', async () => {
    const district = await signIn('camlo', 'duyet.camlo', 1280);
    await district.goto(`${journey.server().origin('camlo')}/admin/camlo/tin-bai/${article.id}`, { waitUntil: 'load' });
    const propose = district.getByRole('button', { name: 'Đề xuất lên cổng cấp trên', exact: true });
    await propose.click();
    await expect.poll(() => district.locator('.syndication-panel').textContent()).toContain('Đề xuất gần nhất: Chờ cổng cấp trên xem xét.');
    expect(await district.getByRole('button', { name: 'Rút đề xuất', exact: true }).isVisible()).toBe(true);

    for (const width of [1280, 375]) {
      const province = await signIn('quangtri', 'duyet.tinh', width);
      await province.getByRole('link', { name: 'Tin đề xuất', exact: true }).first().click();
      await expect.poll(() => province.locator('h1').textContent()).toBe('Tin đề xuất');
      await expect.poll(() => province.locator('.syndication-decision').count()).toBeGreaterThan(0);
      await noViolations(province, `admin-${width}`);
    }
    const province = await signIn('quangtri', 'duyet.tinh', 1280);
    await province.goto(`${journey.server().origin('quangtri')}/admin/quangtri/tin-de-xuat`, { waitUntil: 'load' });
    const decision = province.locator('.syndication-decision', { hasText: article.title });
    await decision.getByRole('button', { name: 'Từ chối', exact: true }).click();
    // Declining without a note: the server's Vietnamese reason, on the note field.
    await expect.poll(() => decision.locator('.error-summary').textContent()).toContain('ghi rõ lý do');
    await decision.getByLabel(`Ghi chú cho "${article.title}"`).fill(NOTE);
    await decision.getByRole('button', { name: 'Nhận đăng', exact: true }).click();
    await expect.poll(() => province.locator('table', { hasText: article.title }).textContent()).toContain('Đã được nhận đăng');
    await noViolations(province, 'admin-after-accept');

    const reader = await open(1280, { javaScriptEnabled: false });
    await reader.goto(`${journey.server().origin('quangtri')}/tin-dia-phuong`, { waitUntil: 'load' });
    const link = reader.getByRole('link', { name: new RegExp(article.title) });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${journey.server().origin('camlo')}/[a-z0-9-]+/[a-z0-9-]+$`));
    await Promise.all([reader.waitForURL(`${journey.server().origin('camlo')}/**`), link.click()]);
    expect(await reader.locator('h1').textContent()).toBe(article.title);
  }, 120_000);

  for (const width of [375, 1280]) {
    it(`shows the block on the province's home and the list, accessible at ${width} px`, async () => {
      const page = await open(width);
      await page.goto(`${journey.server().origin('quangtri')}/`, { waitUntil: 'load' });
      const block = page.locator('section.syndicated-block');
      expect(await block.locator('h2').textContent()).toBe('Tin từ các địa phương');
      expect(await block.locator('.article-list__meta a').first().textContent()).toMatch(/^Huyện /);
      await noViolations(page, `home-${width}`);
      await page.goto(`${journey.server().origin('quangtri')}/tin-dia-phuong`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('Tin từ các địa phương');
      await noViolations(page, `list-${width}`);
    }, 60_000);
  }

  it('serves pages the Nu HTML Checker finds no error in', async () => {
    const paths = ['/', '/tin-dia-phuong'];
    const documents = await Promise.all(
      paths.map(async (path) => {
        const res = await fetchPage(journey.server(), 'quangtri', path);
        expect(res.status, path).toBe(200);
        return { name: path, html: res.body };
      }),
    );
    const report = await checkHtml(documents, findJava());
    for (const path of paths) expect(report.errors.get(path) ?? [], report.summary(path)).toEqual([]);
  }, 120_000);
});
