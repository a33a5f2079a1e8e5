/**
 * Views are counted in memory and reach the database only when the counter writes its
 * batch: none on a view, all of them at the flush, each article its own sum; a failed
 * write keeps them for the next turn; the number of articles held is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createArticle } from '../articles/articles.service.js';
import { insertMenuCategories } from '../categories/categories.repo.js';
import { createViewCounter } from './view-counter.js';

describe('the view counter', () => {
  let t: TestDatabase;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    const stamp = new Date().toISOString();
    const site = await t.db.kysely
      .insertInto('sites')
      .values({ slug: 'thu', kind: 'province', parent_id: null, name: 'Cổng thử', short_name: 'Thử', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#00509e', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [category] = await insertMenuCategories(t.db.kysely, site.id, [{ slug: 'tin-tuc', name: 'Tin tức', description: '', menuOrder: 1 }], stamp);
    for (const title of ['Bài một', 'Bài hai', 'Bài ba']) {
      const row = await createArticle(t.db.kysely, { siteId: site.id, categoryId: category?.id ?? 0, title, lead: '', bodyHtml: '<p>Nội dung.</p>', status: 'published', publishedAt: stamp });
      ids.push(row.id);
    }
  });
  afterAll(() => t.drop());

  const viewsOf = async () => (await t.db.kysely.selectFrom('articles').select(['id', 'view_count']).orderBy('id').execute()).map((r) => r.view_count);

  it('writes nothing on a view and every article’s sum at the flush', async () => {
    const counter = createViewCounter(t.db.kysely, { intervalMs: 3_600_000 });
    const [a, b] = ids as [number, number];
    const [x = 0, y = 0, z = 0] = await viewsOf();
    for (let i = 0; i < 3; i++) counter.record(a);
    counter.record(b);
    expect(await viewsOf()).toEqual([x, y, z]);
    await counter.flush();
    expect(await viewsOf()).toEqual([x + 3, y + 1, z]);
    counter.record(b);
    await counter.close();
    expect(await viewsOf()).toEqual([x + 3, y + 2, z]);
  });

  it('keeps the counts of a failed write for the next turn, and holds a bounded number of articles', async () => {
    const errors: unknown[] = [];
    let failing = true;
    const db = new Proxy(t.db.kysely, {
      get(target, key, receiver) {
        if (key === 'transaction' && failing) return () => ({ execute: () => Promise.reject(new Error('database away')) });
        const value = Reflect.get(target, key, receiver) as unknown;
        // Kysely's methods read private fields: call them on the instance itself.
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const counter = createViewCounter(db, { intervalMs: 3_600_000, maxArticles: 2, onError: (e) => errors.push(e) });
    const [a, b, c] = ids as [number, number, number];
    counter.record(a);
    counter.record(b);
    counter.record(c); // a third article is past the bound: not held
    const before = await viewsOf();
    await counter.flush();
    expect(errors).toHaveLength(1);
    expect(await viewsOf()).toEqual(before);
    failing = false;
    await counter.close();
    expect(await viewsOf()).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 1, before[2]]);
  });
});
