/**
 * The home page's category blocks chosen in the site's settings: the home shows exactly
 * the chosen categories in the chosen order (a subcategory too), a category of another
 * site or an unknown one is a 400 that changes nothing, a deleted category drops out,
 * and choosing none brings back the top-level categories in menu order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { insertCategory } from '../../../categories/index.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { SiteSettings } from '../../../contract/sites.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { auditDetails, stringContaining } from '../../../test-support/matchers.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

describe.each(TEST_DIALECTS)('home category blocks on %s', (dialect) => {
  let f: EditorialFixture;
  let url: string;
  let child: { id: number; name: string };
  let second: { id: number; name: string };
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    url = `/api/v1/admin/sites/${f.siteA.slug}/settings`;
    const stamp = new Date().toISOString();
    const row = await insertCategory(f.db, {
      site_id: f.siteA.id, parent_id: f.categoryA, slug: 'tin-xa-thi-tran', name: 'Tin xã, thị trấn', description: null,
      menu_order: 99, in_menu: 0, created_at: stamp, updated_at: stamp,
    });
    child = { id: row.id, name: row.name };
    second = await f.db.selectFrom('categories').select(['id', 'name']).where('id', '=', f.categoryA2).executeTakeFirstOrThrow();
    // A public article in each, so that each block has something to show.
    for (const categoryId of [child.id, second.id]) {
      const article = await f.article(f.siteA, 'editor', 'published');
      await f.db.updateTable('articles').set({ category_id: categoryId }).where('id', '=', article.id).execute();
    }
  });
  afterAll(() => f.t.close());

  async function homeBlocks(): Promise<string[]> {
    const res = await f.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    return Array.from(parseDocument(res.body).querySelectorAll('.category-block h2')).map((h) => h.textContent ?? '');
  }

  async function settings(): Promise<SiteSettings> {
    const res = await f.call('GET', url, 'site_admin');
    expect(res.statusCode).toBe(200);
    return res.json<SiteSettings>();
  }

  const choose = async (homeBlocks: number[] | null) => f.call('PUT', url, 'site_admin', { ...(await settings()), homeBlocks });

  /** The top-level categories of site A that have a public article, in menu order. */
  async function defaultBlocks(): Promise<string[]> {
    const rows = await f.db
      .selectFrom('categories as c')
      .select('c.name')
      .where('c.site_id', '=', f.siteA.id)
      .where('c.parent_id', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('articles as a').select('a.id').whereRef('a.category_id', '=', 'c.id').where('a.status', '=', 'published')))
      .orderBy('c.menu_order')
      .orderBy('c.id')
      .execute();
    return rows.map((r) => r.name);
  }

  it('shows exactly the chosen blocks in the chosen order, a subcategory included; none chosen is the top-level categories', async () => {
    expect((await settings()).homeBlocks).toBeNull();
    const before = await homeBlocks();
    expect(before).toEqual(await defaultBlocks());
    expect(before).toContain(second.name);
    expect(before).not.toContain(child.name);

    const saved = await choose([child.id, second.id]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<SiteSettings>().homeBlocks).toEqual([child.id, second.id]);
    expect(await homeBlocks()).toEqual([child.name, second.name]);
    expect((await settings()).homeBlocks).toEqual([child.id, second.id]);

    expect((await choose([second.id, child.id])).statusCode).toBe(200);
    expect(await homeBlocks()).toEqual([second.name, child.name]);

    const audit = await listAudit(f.db, { siteId: f.siteA.id, action: 'settings_changed', limit: 1, offset: 0 });
    expect(auditDetails(audit.rows[0]?.details ?? '{}')).toEqual({ fields: ['homeBlocks'] });

    expect((await choose(null)).statusCode).toBe(200);
    expect(await homeBlocks()).toEqual(before);
  });

  it('refuses a category of another site or an unknown one with a 400 in Vietnamese, and changes nothing', async () => {
    expect((await choose([second.id])).statusCode).toBe(200);
    for (const stranger of [f.categoryB, 2_000_000_000]) {
      const res = await choose([second.id, stranger]);
      expect(res.statusCode).toBe(400);
      expect(res.json<EditorialProblem>().errors).toEqual([{ field: 'homeBlocks', message: stringContaining('Có chuyên mục không tồn tại trên cổng này') }]);
    }
    expect((await settings()).homeBlocks).toEqual([second.id]);
    expect(await homeBlocks()).toEqual([second.name]);
    expect((await f.call('PUT', url, 'editor', { ...(await settings()), homeBlocks: [child.id] })).statusCode).toBe(403);
    expect((await choose(null)).statusCode).toBe(200);
  });

  it('drops a deleted category from the home and from the settings', async () => {
    const stamp = new Date().toISOString();
    const doomed = await insertCategory(f.db, {
      site_id: f.siteA.id, parent_id: null, slug: 'chuyen-muc-tam', name: 'Chuyên mục tạm', description: null,
      menu_order: 98, in_menu: 0, created_at: stamp, updated_at: stamp,
    });
    expect((await choose([doomed.id, child.id])).statusCode).toBe(200);
    expect(await homeBlocks()).toEqual([child.name]); // an empty block is not shown
    await f.db.deleteFrom('categories').where('id', '=', doomed.id).execute();
    expect(await homeBlocks()).toEqual([child.name]);
    expect((await settings()).homeBlocks).toEqual([child.id]);
    expect((await choose(null)).statusCode).toBe(200);
  });
});
