/**
 * A site's search on every database: it finds its own documents and no other site's,
 * follows a document that a merge moves to another site (SQLite's FTS row names the
 * site, schema-sqlite.ts), and still ranks the exact diacritics first when many other
 * documents with that exact word lie between the candidates (candidates.ts: the walk
 * stops early and the rest are looked up one by one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles.service.js';
import { moveSiteContent } from '../sites/merge/merge.repo.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { EXACT_WALK_FACTOR } from './candidates.js';

describe.each(TEST_DIALECTS)('a site searches its own documents on %s', (dialect) => {
  let t: TestApp;
  const sites: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const ids: Record<string, number> = {};

  const add = async (name: string, site: string, title: string, bodyHtml: string, publishedAt: string) => {
    const db = t.services.db.kysely;
    const siteId = sites[site] ?? -1;
    const categoryId = categories[site] ?? -1;
    ids[name] = (await createArticle(db, { siteId, categoryId, title, lead: 'Tin từ cơ sở.', bodyHtml, status: 'published', publishedAt })).id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 0 });
    const db = t.services.db.kysely;
    for (const slug of ['camlo', 'giolinh', 'quangtri', 'huonghoa']) {
      sites[slug] = (await db.selectFrom('sites').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
      categories[slug] = (await db.selectFrom('categories').select('id').where('site_id', '=', sites[slug] ?? -1).orderBy('id').executeTakeFirstOrThrow()).id;
    }
    await add('camlo', 'camlo', 'Cam Lộ khánh thành cầu zqcau', '<p>Cầu zqcau nối hai xã.</p>', '2026-10-01T01:00:00Z');
    await add('gioLinh', 'giolinh', 'Gio Linh khánh thành cầu zqcau', '<p>Cầu zqcau nối hai thôn.</p>', '2026-10-02T01:00:00Z');
    // Moved by the merge test (its own site and word: the tests run in any order).
    await add('huongHoa', 'huonghoa', 'Hướng Hóa khánh thành trường zqmerge', '<p>Trường zqmerge.</p>', '2026-10-03T01:00:00Z');
    // The exact word ("dương") in an old body, its folded look-alike ("đường") in a newer one,
    // and between them many bodies with the exact word but not the rare one.
    await add('exactOld', 'camlo', 'Tin zqhiem thứ nhất', '<p>Làng dương liễu zqhiem.</p>', '2026-01-01T01:00:00Z');
    for (let i = 0; i < 3 * EXACT_WALK_FACTOR * 2; i += 1) {
      await add(`between${i}`, 'camlo', `Tin thứ ${i}`, '<p>Hàng dương ven biển.</p>', `2026-02-${String(1 + i).padStart(2, '0')}T01:00:00Z`);
    }
    await add('foldedNew', 'camlo', 'Tin zqhiem thứ hai', '<p>Làng đường liễu zqhiem.</p>', '2026-06-01T01:00:00Z');
  });
  afterAll(() => t.close());

  const found = async (text: string, site: string) =>
    (await t.services.search.search({ text, siteIds: [sites[site] ?? -1], page: 1, pageSize: 50 })).hits.map((h) => h.id);

  it("finds the site's own documents and none of another site's, as typed or without diacritics", async () => {
    for (const text of ['khánh thành cầu zqcau', 'khanh thanh cau zqcau', 'khanh than']) {
      expect(await found(text, 'camlo'), text).toEqual([ids['camlo']]);
      expect(await found(text, 'giolinh'), text).toEqual([ids['gioLinh']]);
    }
    const province = await t.services.search.search({ text: 'zqcau', page: 1, pageSize: 50 });
    expect(new Set(province.hits.map((h) => h.id))).toEqual(new Set([ids['camlo'], ids['gioLinh']]));
  });

  it('finds a document under the site a merge moved it to, and no longer under the old one', async () => {
    expect(await found('khanh thanh zqmerge', 'huonghoa')).toEqual([ids['huongHoa']]);
    await t.services.db.kysely.transaction().execute((trx) => moveSiteContent(trx, sites['huonghoa'] ?? -1, sites['quangtri'] ?? -1));
    expect(await found('khanh thanh zqmerge', 'quangtri')).toEqual([ids['huongHoa']]);
    expect(await found('khanh thanh zqmerge', 'huonghoa')).toEqual([]);
    expect(await found('khanh thanh zqcau', 'camlo')).toEqual([ids['camlo']]);
  });

  it('ranks the exact diacritics in an old body above a newer folded match, past many other bodies with that word', async () => {
    expect(await found('dương zqhiem', 'camlo')).toEqual([ids['exactOld'], ids['foldedNew']]);
    expect(await found('đường zqhiem', 'camlo')).toEqual([ids['foldedNew'], ids['exactOld']]);
  });
});
