/**
 * The candidate pool on every database: words found together rank above the same words
 * scattered, the exact diacritics above a folded match, and a query over many matches
 * reads at most the pool's bound whatever the number of matches.
 */
import { type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles.service.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { createSearchService } from './service.js';

/** Counts the rows every query of one Kysely instance returns. */
class RowCounter implements KyselyPlugin {
  readonly perQuery: number[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.perQuery.push(args.result.rows.length);
    return Promise.resolve(args.result);
  }
}

describe.each(TEST_DIALECTS)('the candidate pool on %s', (dialect) => {
  let t: TestApp;
  let siteId: number;
  let categoryId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const db = t.services.db.kysely;
    siteId = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    categoryId = (await db.selectFrom('categories').select('id').where('site_id', '=', siteId).orderBy('id').executeTakeFirstOrThrow()).id;
    const add = async (name: string, title: string, bodyHtml: string, publishedAt: string) => {
      const article = await createArticle(db, { siteId, categoryId, title, lead: 'Tin từ cơ sở.', bodyHtml, status: 'published', publishedAt });
      ids[name] = article.id;
    };
    // Together in the body, older, and no query word in its title.
    await add('together', 'Hội nghị tổng kết công tác năm của huyện Cam Lộ', '<p>Huyện tiếp tục thực hiện bình đẳng giới trong các cơ quan, đơn vị.</p>', '2026-10-01T01:00:00Z');
    // The same three words scattered in different sentences, two of them in the title, newer.
    await add(
      'scattered',
      'Cơ giới hóa nông nghiệp đang được đẩy mạnh ở Cam Lộ',
      '<p>Thu nhập bình quân đầu người tăng nhanh trong năm qua. Nhiều hợp tác xã mua thêm máy gặt. Năng suất lúa vụ đông xuân đạt cao.</p>',
      '2026-11-01T01:00:00Z',
    );
    // Exact diacritics against a folded look-alike: the exact one is the older.
    await add('exact', 'Lễ hội làng Dương Xuân năm nay', '<p>Người dân chuẩn bị lễ hội.</p>', '2026-09-01T01:00:00Z');
    await add('folded', 'Lễ hội làng Đường Xuân năm nay', '<p>Người dân chuẩn bị lễ hội.</p>', '2026-11-02T01:00:00Z');
    // Many matches of one word, to go past the pool's bound.
    for (let i = 0; i < 40; i += 1) {
      await add(`many${i}`, `Tin số ${i} về đề án xyzwidget của huyện`, `<p>Đề án xyzwidget số ${i} được triển khai ở xyzwidget thôn ${i}.</p>`, `2026-08-${String(1 + (i % 28)).padStart(2, '0')}T01:00:00Z`);
    }
  });
  afterAll(() => t.close());

  const ranked = async (text: string) => (await t.services.search.search({ text, siteIds: [siteId], page: 1, pageSize: 50 })).hits.map((h) => h.id);

  it('ranks the words found together above the same words scattered, folded or exact', async () => {
    for (const text of ['binh dang gioi', 'bình đẳng giới']) {
      const order = await ranked(text);
      expect(order, text).toContain(ids['scattered']);
      expect(order.indexOf(ids['together'] ?? -1), text).toBeLessThan(order.indexOf(ids['scattered'] ?? -1));
      expect(order.indexOf(ids['together'] ?? -1), text).toBeGreaterThanOrEqual(0);
    }
  });

  it('ranks the exact diacritics above a folded match, and finds both', async () => {
    const order = await ranked('Dương Xuân');
    expect(order.slice(0, 2)).toEqual([ids['exact'], ids['folded']]);
    expect(new Set((await ranked('duong xuan')).slice(0, 2))).toEqual(new Set([ids['exact'], ids['folded']]));
  });

  it('reads at most the pool bound for a query over many matches, and says there are more', async () => {
    // PostgreSQL's unordered first read is lowered too, below the 40 matches (candidate-passes.ts SPARSE_PROBE).
    const limits = { candidateLimit: 6, titlePass: 3, togetherPass: 3, resultBound: 12, sparseProbe: 10 };
    const counter = new RowCounter();
    const search = createSearchService({ ...t.services.db, kysely: t.services.db.kysely.withPlugin(counter) }, limits);
    const pageSize = 5;
    const result = await search.search({ text: 'xyzwidget', siteIds: [siteId], page: 1, pageSize });
    expect(result.total).toBe(limits.resultBound);
    expect(result.totalCapped).toBe(true);
    expect(result.hits).toHaveLength(pageSize);
    // The pool: the title and together passes' finds, the recent pass filling the rest.
    const pool = limits.candidateLimit;
    // The count reads ids up to the counting bound + 1.
    const recentRead = Math.max(limits.candidateLimit, limits.resultBound + 1);
    // The passes' ids, the pool's text (at most the pool), a count where the passes did not tell, the page's hits: never the 40 matches.
    expect(Math.max(...counter.perQuery)).toBeLessThanOrEqual(Math.max(pool, recentRead));
    // Each pass's unordered first ids on PostgreSQL, the title pass's on SQLite (at most sparseProbe each).
    const probes = dialect === 'postgres' ? 3 * limits.sparseProbe : limits.sparseProbe;
    expect(counter.perQuery.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(limits.titlePass + limits.togetherPass + recentRead + pool + 1 + pageSize + probes);
  });
});
