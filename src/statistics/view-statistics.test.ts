/**
 * Views are counted in memory and reach the database only when the counter writes its
 * batch: none on a view, every one of them at the flush (10,000 concurrent recordings with
 * flushes in between lose none), each site, day and article its own sum; a failed write
 * keeps them for the next turn; what is held is bounded. The footer's numbers (snapshot plus
 * what was counted since) are right across flushes, refreshes and midnight; visitors are
 * counted once within five minutes, then forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { createArticle } from '../articles/articles.service.js';
import { insertMenuCategories } from '../categories/categories.repo.js';
import type { Database } from '../db/schema.js';
import { createViewStatistics } from './view-statistics.js';

describe.each(TEST_DIALECTS)('the view statistics on %s', (dialect) => {
  let t: TestDatabase;
  let db: Kysely<Database>;
  let siteId = 0;
  let otherSite = 0;
  let categoryId = 0;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    db = t.db.kysely;
    const stamp = new Date().toISOString();
    const site = (slug: string) =>
      db
        .insertInto('sites')
        .values({ slug, kind: 'province', parent_id: null, name: `Cổng ${slug}`, short_name: slug, hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#00509e', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
    siteId = (await site('thu')).id;
    otherSite = (await site('khac')).id;
    const [category] = await insertMenuCategories(db, siteId, [{ slug: 'tin-tuc', name: 'Tin tức', description: '', menuOrder: 1 }], stamp);
    categoryId = category?.id ?? 0;
    for (const title of ['Bài một', 'Bài hai', 'Bài ba']) {
      const row = await createArticle(db, { siteId, categoryId, title, lead: '', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt: stamp });
      ids.push(row.id);
    }
  });
  afterAll(() => t.drop());

  const viewCounts = async () => (await db.selectFrom('articles').select(['id', 'view_count']).orderBy('id').execute()).map((r) => r.view_count);
  /** Each test uses its own days, so they pass in any order. */
  const siteDays = async (id: number, month: string) =>
    (await db.selectFrom('view_days').select(['day', 'views']).where('site_id', '=', id).where('day', 'like', `${month}-%`).orderBy('day').execute()).map((r) => [r.day, r.views]);
  const articleDays = async (id: number, month: string) =>
    (await db.selectFrom('article_view_days').select(['day', 'views', 'category_id', 'site_id']).where('article_id', '=', id).where('day', 'like', `${month}-%`).orderBy('day').execute()).map((r) => [
      r.day, r.views, r.category_id, r.site_id,
    ]);

  it('writes nothing on a view, and every site’s, day’s and article’s sum at the flush', async () => {
    let clock = Date.parse('2031-03-01T10:00:00Z'); // 17:00 in Vietnam
    const stats = createViewStatistics(db, { intervalMs: 3_600_000, now: () => clock });
    const [a, b, c] = ids as [number, number, number];
    const before = await viewCounts();
    for (let i = 0; i < 3; i++) stats.record({ siteId, article: { id: a, categoryId } });
    stats.record({ siteId, article: { id: b, categoryId } });
    stats.record({ siteId }); // the home page
    stats.record({ siteId: otherSite });
    expect(await viewCounts()).toEqual(before);
    expect(await siteDays(siteId, '2031-03')).toEqual([]);
    await stats.flush();
    expect(await viewCounts()).toEqual([(before[0] ?? 0) + 3, (before[1] ?? 0) + 1, before[2]]);
    expect(await siteDays(siteId, '2031-03')).toEqual([['2031-03-01', 5]]);
    expect(await siteDays(otherSite, '2031-03')).toEqual([['2031-03-01', 1]]);
    expect(await articleDays(a, '2031-03')).toEqual([['2031-03-01', 3, categoryId, siteId]]);
    // Past midnight in Vietnam (17:00 UTC) the views belong to the next day; the same day adds to its row.
    clock = Date.parse('2031-03-01T17:00:00Z');
    stats.record({ siteId, article: { id: a, categoryId } });
    clock = Date.parse('2031-03-01T16:59:00Z');
    stats.record({ siteId, article: { id: a, categoryId } });
    await stats.close();
    expect(await siteDays(siteId, '2031-03')).toEqual([['2031-03-01', 6], ['2031-03-02', 1]]);
    expect(await articleDays(a, '2031-03')).toEqual([['2031-03-01', 4, categoryId, siteId], ['2031-03-02', 1, categoryId, siteId]]);
    expect(await articleDays(c, '2031-03')).toEqual([]);
  });

  it('loses no view among 10,000 concurrent recordings with flushes in between', async () => {
    const clock = Date.parse('2031-04-10T03:00:00Z');
    const stats = createViewStatistics(db, { intervalMs: 3_600_000, now: () => clock });
    const before = await viewCounts();
    const flushes: Promise<void>[] = [];
    await Promise.all(
      Array.from({ length: 10_000 }, async (_, i) => {
        await Promise.resolve();
        const id = ids[i % 3] ?? 0;
        stats.record(i % 5 === 0 ? { siteId } : { siteId, article: { id, categoryId } });
        if (i % 700 === 0) flushes.push(stats.flush());
      }),
    );
    await Promise.all(flushes);
    await stats.close();
    expect(await siteDays(siteId, '2031-04')).toEqual([['2031-04-10', 10_000]]);
    // i % 5 === 0 is a page without an article: 2,000 of them; the other 8,000 spread over three articles.
    const perArticle = [0, 1, 2].map((k) => Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 5 !== 0 && i % 3 === k).length);
    expect(perArticle.reduce((x, y) => x + y, 0)).toBe(8_000);
    const after = await viewCounts();
    expect(after).toEqual(before.map((v, k) => v + (perArticle[k] ?? 0)));
    for (const [k, id] of ids.entries()) expect(await articleDays(id, '2031-04')).toEqual([['2031-04-10', perArticle[k], categoryId, siteId]]);
  });

  it('keeps the views of a failed write for the next turn, and holds a bounded number of keys', async () => {
    const errors: unknown[] = [];
    let failing = true;
    const flaky = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'transaction' && failing) return () => ({ execute: () => Promise.reject(new Error('database away')) });
        const value = Reflect.get(target, key, receiver) as unknown;
        // Kysely's methods read private fields: call them on the instance itself.
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const clock = Date.parse('2031-05-20T03:00:00Z');
    const stats = createViewStatistics(flaky, { intervalMs: 3_600_000, maxKeys: 3, now: () => clock, onError: (e) => errors.push(e) });
    const [a, b, c] = ids as [number, number, number];
    stats.record({ siteId, article: { id: a, categoryId } }); // two keys: the site's day and the article's day
    stats.record({ siteId, article: { id: b, categoryId } }); // the third key
    stats.record({ siteId, article: { id: c, categoryId } }); // the site counts again; a fourth key is past the bound
    stats.record({ siteId: otherSite }); // a new key past the bound: not held
    const before = await viewCounts();
    await stats.flush();
    expect(errors).toHaveLength(1);
    expect(await viewCounts()).toEqual(before);
    failing = false;
    await stats.close();
    expect(await viewCounts()).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 1, before[2]]);
    expect(await siteDays(siteId, '2031-05')).toEqual([['2031-05-20', 3]]);
    expect(await siteDays(otherSite, '2031-05')).toEqual([]);
  });

  it('gives the footer today’s and all views from a snapshot and what was counted since, across flushes and midnight', async () => {
    let clock = Date.parse('2031-06-01T16:00:00Z'); // 23:00 in Vietnam
    const stats = createViewStatistics(db, { intervalMs: 3_600_000, snapshotMs: 30_000, now: () => clock });
    expect(stats.counts(siteId)).toBeUndefined(); // asks for the first snapshot
    await stats.refresh();
    const start = stats.counts(otherSite);
    if (start === undefined) throw new Error('snapshot read');
    expect(start.today).toBe(0);
    stats.record({ siteId: otherSite });
    stats.record({ siteId: otherSite });
    expect(stats.counts(otherSite)).toEqual({ online: 0, today: 2, total: start.total + 2 });
    await stats.flush(); // written, not yet in the snapshot: still counted once
    expect(stats.counts(otherSite)).toEqual({ online: 0, today: 2, total: start.total + 2 });
    stats.record({ siteId: otherSite });
    await stats.refresh(); // read again: the written two are in it, the pending one is not
    expect(stats.counts(otherSite)).toEqual({ online: 0, today: 3, total: start.total + 3 });
    clock = Date.parse('2031-06-01T17:00:01Z'); // midnight passed in Vietnam
    stats.record({ siteId: otherSite });
    expect(stats.counts(otherSite)).toEqual({ online: 0, today: 1, total: start.total + 4 });
    await stats.close();
    await stats.refresh();
    expect(stats.counts(otherSite)).toEqual({ online: 0, today: 1, total: start.total + 4 });
  });

  it('counts a visitor once within five minutes, per site, and forgets them after', async () => {
    let clock = Date.parse('2031-07-01T03:00:00Z');
    const stats = createViewStatistics(db, { intervalMs: 3_600_000, snapshotMs: Number.POSITIVE_INFINITY, now: () => clock });
    await stats.refresh();
    const online = () => ({ here: stats.counts(siteId)?.online, there: stats.counts(otherSite)?.online });
    stats.noteVisitor(siteId, '203.0.113.5', 'Trình duyệt A');
    stats.noteVisitor(siteId, '203.0.113.5', 'Trình duyệt A');
    stats.noteVisitor(siteId, '203.0.113.5', 'Trình duyệt B'); // another browser behind the same address
    stats.noteVisitor(otherSite, '198.51.100.7', 'Trình duyệt A');
    expect(online()).toEqual({ here: 2, there: 1 });
    clock += 4 * 60_000;
    stats.noteVisitor(siteId, '203.0.113.5', 'Trình duyệt A'); // still here: seen again
    clock += 2 * 60_000; // six minutes after the first views, two after the last
    expect(online()).toEqual({ here: 1, there: 0 });
    clock += 5 * 60_000;
    expect(online()).toEqual({ here: 0, there: 0 });
    await stats.close();
  });
});
