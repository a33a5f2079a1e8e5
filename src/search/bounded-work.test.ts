/**
 * What one search may cost is bounded whatever the content: body occurrences are
 * counted in the opening of each body (BODY_PROBE_CHARS), excerpts are chosen in the
 * lead and the opening of the body (EXCERPT_SOURCE_CHARS), and the admin list reads
 * ranked ids without building excerpts. Long articles are still found by any word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles.service.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { BODY_PROBE_CHARS } from './candidates.js';
import { EXCERPT_SOURCE_CHARS, excerptSource } from './hits.js';

describe('the text an excerpt is chosen in', () => {
  it('is the lead and the opening of the body, cut between words', () => {
    const body = `<p>${'Nội dung bài viết dài. '.repeat(2000)}</p>`;
    const text = excerptSource('Sapo ngắn.', body);
    expect(text.startsWith('Sapo ngắn. Nội dung bài viết dài.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_SOURCE_CHARS);
    expect(text.length).toBeGreaterThan(EXCERPT_SOURCE_CHARS - 30);
    expect(text.endsWith(' ')).toBe(false);
    expect(`${text} `).toMatch(/(Nội|dung|bài|viết|dài\.) $/);
  });

  it('never shows the tag or entity that the cut split as text', () => {
    for (let shift = 0; shift < 12; shift += 1) {
      const opening = `${'x'.repeat(4 * EXCERPT_SOURCE_CHARS - 40 + shift)}<a href="https://vi.wikipedia.org/">Quảng Trị</a> &amp; Đông Hà`.slice(0, 4 * EXCERPT_SOURCE_CHARS);
      const text = excerptSource('', opening);
      expect(text).not.toMatch(/<|href|&am|&$/);
    }
  });

  it('keeps a short article whole', () => {
    expect(excerptSource('Sapo.', '<p>Một <strong>câu</strong>&nbsp;ngắn.</p>')).toBe('Sapo. Một câu ngắn.');
  });
});

describe.each(TEST_DIALECTS)('search over very long articles on %s', (dialect) => {
  let t: TestApp;
  let siteId: number;
  let categoryId: number;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const db = t.services.db.kysely;
    siteId = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    categoryId = (await db.selectFrom('categories').select('id').where('site_id', '=', siteId).orderBy('id').executeTakeFirstOrThrow()).id;
    const filler = 'Ủy ban nhân dân huyện triển khai nhiệm vụ phát triển kinh tế năm tới. ';
    const bodies = [
      // The word only far past the counted opening.
      `<p>${filler.repeat(Math.ceil((3 * BODY_PROBE_CHARS) / filler.length))}</p><p>Lễ hội vịnhquyxa cuối bài.</p>`,
      // The word in the opening, many times.
      `<p>${'Lễ hội vịnhquyxa. '.repeat(20)}</p><p>${filler.repeat(1000)}</p>`,
      // Short.
      '<p>Nói về vịnhquyxa một lần.</p>',
    ];
    for (const [i, bodyHtml] of bodies.entries()) {
      const article = await createArticle(db, {
        siteId, categoryId, title: `Bài dài số ${i + 1}`, lead: 'Tin thử nghiệm.', bodyHtml, status: 'published',
        publishedAt: `2026-11-2${i}T01:00:00Z`,
      });
      ids.push(article.id);
    }
  });
  afterAll(() => t.close());

  it('finds a word wherever it is in the body, ranking the article that opens with it first', async () => {
    const result = await t.services.search.search({ text: 'vinhquyxa', siteIds: [siteId], page: 1, pageSize: 10 });
    expect(result.total).toBe(3);
    expect(result.hits[0]?.id).toBe(ids[1]);
    expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(ids));
    for (const hit of result.hits) expect(hit.snippetHtml.length).toBeLessThan(2000);
  });

  it('gives the admin list the same order as search, as ids', async () => {
    const query = { text: 'lễ hội vịnhquyxa', siteIds: [siteId], includeUnpublished: true };
    const result = await t.services.search.search({ ...query, page: 1, pageSize: 100 });
    const ranked = await t.services.search.rankedIds({ ...query, limit: 100 });
    expect(ranked).toEqual(result.hits.map((h) => ({ type: h.type, id: h.id })));
    expect(await t.services.search.rankedIds({ ...query, limit: 1 })).toEqual(ranked.slice(0, 1));
    expect(await t.services.search.rankedIds({ ...query, text: '   ', limit: 10 })).toEqual([]);
  });
});
