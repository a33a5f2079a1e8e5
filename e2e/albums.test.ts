/**
 * Albums (Thư viện ảnh) in Chromium against the real app, with the demo's albums: the
 * list at /thu-vien-anh shows each album's cover, title, date and count; an album's page
 * shows its photos with captions as a responsive grid and an uploaded video in <video
 * controls>, without JavaScript too, and with no sideways scrolling. Both pages pass
 * axe-core (WCAG 2.1 AA) and the Nu HTML Checker at 375 and 1280 px.
 * Screenshots go to e2e/screenshots/albums-*.png.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAlbum } from '../src/albums/album-editing.js';
import { albumItems, findAlbumBySlug } from '../src/albums/albums.repo.js';
import { makeMp4 } from '../src/albums/test-videos.js';
import { seedDemoAlbums } from '../src/demo/albums.js';
import { uploadMedia } from '../src/media/index.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { runAxe } from './support/axe.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml } from './support/vnu.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ALBUM = '/thu-vien-anh/le-hoi-xuan-cam-lo-nam-2023';

describe.skipIf(!browserAvailable)('albums on the public pages', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 2 }), launchBrowser()]);
    const { services } = server.testApp;
    const db = services.db.kysely;
    const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    const sites = new Map((await db.selectFrom('sites').select(['id', 'slug']).execute()).map((s) => [s.slug, s.id]));
    expect(await seedDemoAlbums(db, services.config.mediaDir, admin.id, sites)).toBe(3);
    // The festival album also gets an uploaded video and a link to the provincial television.
    const camlo = sites.get('camlo')!;
    const actor = { userId: admin.id, isSystemAdmin: true, role: undefined };
    const video = await uploadMedia({ db, mediaDir: services.config.mediaDir }, { siteId: camlo, siteSlug: 'camlo', bytes: makeMp4(), originalName: 'van-nghe.mp4', altText: null, caption: null, by: { actor, username: 'admin', ip: null } });
    const album = (await findAlbumBySlug(db, camlo, 'le-hoi-xuan-cam-lo-nam-2023'))!;
    const items = (await albumItems(db, album.id)).map((i) => ({ kind: 'photo' as const, mediaId: i.media_id!, caption: i.caption, credit: i.credit }));
    await saveAlbum(db, { actor, actorName: 'admin', siteId: camlo }, album.id, album.revision, {
      title: album.title, description: album.description, coverMediaId: null,
      items: [...items, { kind: 'video_file', mediaId: video.id, caption: 'Chương trình văn nghệ đêm giao thừa', credit: 'Đài Truyền thanh Cam Lộ' }, { kind: 'video_link', url: 'https://qrt.vn/', caption: 'Bản tin thời sự QRT', credit: 'QRT' }],
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  async function open(width: number, javaScriptEnabled = true): Promise<Page> {
    const context = await newContext(browser!, width, { javaScriptEnabled });
    contexts.push(context);
    return context.newPage();
  }

  for (const width of [375, 1280]) {
    it(`shows the list and an album at ${width} px, accessible and without sideways scrolling`, async () => {
      const page = await open(width);
      await page.goto(`${server!.origin('camlo')}/thu-vien-anh`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('Thư viện ảnh');
      const cards = page.locator('.album-card');
      expect(await cards.count()).toBe(2);
      await expect.poll(() => cards.first().locator('img').count()).toBe(1);
      expect(await page.locator('.album-card').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Lễ hội Xuân Cam Lộ năm 2023')]));
      await page.screenshot({ path: `${SCREENSHOTS}albums-list-${width}.png`, fullPage: true });
      expect((await runAxe(page)).violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      await page.getByRole('link', { name: 'Lễ hội Xuân Cam Lộ năm 2023' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(ALBUM);
      expect(await page.locator('.album-item figcaption').first().textContent()).toContain('Quảng trường huyện trang hoàng cờ hoa đón Xuân mới');
      expect(await page.locator('.album-item picture img').count()).toBe(3);
      expect(await page.locator('video[controls]').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Xem video: Bản tin thời sự QRT' }).getAttribute('href')).toBe('https://qrt.vn/');
      await page.screenshot({ path: `${SCREENSHOTS}albums-album-${width}.png`, fullPage: true });
      expect((await runAxe(page)).violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }, 60_000);
  }

  it('edits an album in the admin: a link to another host is refused naming the allowed ones', async () => {
    await createTestUser(server!.testApp.services.db.kysely, 'album-admin', [], { isSystemAdmin: true });
    const page = await open(1280);
    await page.goto(`${server!.origin('camlo')}/admin/camlo/thu-vien-anh`, { waitUntil: 'load' });
    await page.getByLabel('Tên đăng nhập').fill('album-admin');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Thư viện ảnh');
    await page.getByRole('link', { name: 'Mùa hồ tiêu trên vùng đất đỏ Cam Lộ' }).click();
    await expect.poll(() => page.getByLabel('Chú thích mục 1').inputValue(), { timeout: 15_000 }).toBe('Vườn hồ tiêu trên đất đỏ bazan xã Cam Tuyền');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SCREENSHOTS}albums-admin-1280.png`, fullPage: true });
    expect((await runAxe(page)).violations).toEqual([]);
    await page.getByLabel('Liên kết video').fill('https://vimeo.com/123');
    await page.getByRole('button', { name: 'Thêm liên kết video' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 }).toContain('youtube.com, youtu.be, qrt.vn, vtv.vn');
    await page.getByRole('button', { name: 'Bỏ mục 3' }).click();
    await page.getByLabel('Chú thích mục 2').fill('Nông dân thu hái tiêu chín');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => (await fetchPage(server!, 'camlo', '/thu-vien-anh/mua-ho-tieu-tren-vung-dat-do-cam-lo')).body, { timeout: 15_000 }).toContain('Nông dân thu hái tiêu chín');
  }, 90_000);

  it('shows the album without JavaScript', async () => {
    const page = await open(375, false);
    await page.goto(`${server!.origin('camlo')}${ALBUM}`, { waitUntil: 'load' });
    expect(await page.locator('.album-item picture img').count()).toBe(3);
    expect(await page.locator('video[controls]').count()).toBe(1);
  }, 60_000);

  it('serves valid HTML (Nu HTML Checker)', async () => {
    const documents = await Promise.all(
      ['/thu-vien-anh', ALBUM].map(async (path) => {
        const res = await fetchPage(server!, 'camlo', path);
        expect(res.status).toBe(200);
        return { name: path, html: res.body };
      }),
    );
    const report = await checkHtml(documents, findJava());
    for (const d of documents) expect(report.errors.get(d.name) ?? [], report.summary(d.name)).toEqual([]);
  }, 120_000);
});
