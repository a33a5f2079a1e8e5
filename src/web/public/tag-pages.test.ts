/**
 * Tags as readers meet them: under an article, each a link to `/tag/{slug}`, which lists
 * the site's public articles with that tag, newest first. A draft or a future-dated
 * article never shows there, a tag only drafts carry has no page, and a tag is a site's own.
 * On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelations } from '../../articles/articles.repo.js';
import { createArticle } from '../../articles/articles.service.js';
import { findCategoryBySlug } from '../../categories/index.js';
import type { ArticleRow } from '../../db/schema.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { articlePath } from '../../urls/paths.js';

describe.each(TEST_DIALECTS)('tag pages on %s', (dialect) => {
  let t: TestApp;
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });
  const written: Record<string, ArticleRow> = {};

  async function article(key: string, site: string, status: 'published' | 'draft', publishedAt: string | undefined, tags: string[]): Promise<void> {
    const db = t.database.db.kysely;
    const siteId = t.services.registry.bySlugOrUndefined(site)?.id ?? 0;
    const category = await findCategoryBySlug(db, siteId, 'tin-tuc-su-kien');
    if (category === undefined) throw new Error('demo category missing');
    const row = await createArticle(db, { siteId, categoryId: category.id, title: `Tin gắn từ khóa ${key}`, lead: `Tóm tắt ${key}.`, bodyHtml: `<p>Nội dung ${key}.</p>`, status, publishedAt });
    await writeRelations(db, row, { tags, attachmentIds: [] });
    written[key] = row;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    await article('older', 'camlo', 'published', '2026-01-02T01:00:00.000Z', ['Bình đẳng giới', 'Cam Lộ']);
    await article('newer', 'camlo', 'published', '2026-02-03T01:00:00.000Z', ['Bình đẳng giới']);
    await article('draft', 'camlo', 'draft', undefined, ['Bình đẳng giới', 'Chỉ bản nháp']);
    await article('future', 'camlo', 'published', '2099-01-01T01:00:00.000Z', ['Bình đẳng giới']);
    await article('elsewhere', 'dongha', 'published', '2026-03-01T01:00:00.000Z', ['Đông Hà']);
  });
  afterAll(() => t.close());

  it('shows the article’s tags under it, each linked to its page, and none in the print view', async () => {
    const path = articlePath('tin-tuc-su-kien', written['older']?.slug ?? '');
    const doc = parseDocument((await get(path)).body);
    const links = Array.from(doc.querySelectorAll('.article .tags a')).map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['Bình đẳng giới', '/tag/binh-dang-gioi', 'tag'],
      ['Cam Lộ', '/tag/cam-lo', 'tag'],
    ]);
    expect(parseDocument((await get(`${path}?ban-in=1`)).body).querySelector('.tags')).toBeNull();
  });

  it('lists the public articles of a tag, newest first, and nothing a reader may not see', async () => {
    const res = await get('/tag/binh-dang-gioi');
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('h1'))).toBe('Từ khóa: Bình đẳng giới');
    expect(textOf(doc.querySelector('title'))).toBe('Từ khóa: Bình đẳng giới - Huyện Cam Lộ');
    expect(textOf(doc.querySelector('main .lead'))).toBe('2 tin bài');
    const titles = Array.from(doc.querySelectorAll('main .article-list__item h2')).map(textOf);
    expect(titles).toEqual(['Tin gắn từ khóa newer', 'Tin gắn từ khóa older']);
    expect(res.body).not.toContain('Tin gắn từ khóa draft');
    expect(res.body).not.toContain('Tin gắn từ khóa future');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/tag\/binh-dang-gioi$/);
  });

  it('answers 404 for a tag no public article carries, an unknown or malformed tag, a page past the end, and another site’s tag', async () => {
    for (const url of ['/tag/chi-ban-nhap', '/tag/khong-co-tu-khoa-nay', '/tag/Binh_Dang', '/tag/binh-dang-gioi?trang=2', '/tag/dong-ha']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('Không tìm thấy');
    }
    expect((await get('/tag/dong-ha', 'dongha.localhost')).statusCode).toBe(200);
    expect((await get('/tag/binh-dang-gioi?trang=abc')).statusCode).toBe(400);
  });
});
