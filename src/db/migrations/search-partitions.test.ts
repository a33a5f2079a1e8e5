/**
 * Migration 0031 on a PostgreSQL database with indexed content on two sites:
 * search_documents comes out partitioned by site with every row as it was, each site's
 * search finds what it found before and nothing of the other site, and the sync triggers
 * still index what is written afterwards, a move to another site included (the row
 * changes partition). SQLite is untouched by the migration.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchService } from '../../search/service.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { migrateToLatest } from './index.js';

const BEFORE = '20261210_0030_search_scope';
const stamp = '2026-01-01T00:00:00.000Z';

async function seed(t: TestDatabase) {
  const k = t.db.kysely;
  const site = async (slug: string, name: string) => {
    const row = await k
      .insertInto('sites')
      .values({ slug, kind: 'district', parent_id: null, name, short_name: name, hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    const category = await k
      .insertInto('categories')
      .values({ site_id: row.id, parent_id: null, slug: 'thoi-su', name: 'Thời sự', description: null, menu_order: 0, in_menu: 1, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { siteId: row.id, categoryId: category.id };
  };
  const camLo = await site('cam-lo', 'Cổng Cam Lộ');
  const gioLinh = await site('gio-linh', 'Cổng Gio Linh');
  const article = (at: { siteId: number; categoryId: number }, slug: string, title: string) => ({
    site_id: at.siteId, category_id: at.categoryId, slug, title, lead: 'Tin địa phương', body_html: `<p>${title} trong năm.</p>`, featured_image_id: null, featured_image_caption: null,
    author_name: null, source: null, status: 'published' as const, withdrawn_note: null, featured: 0, published_at: stamp, created_at: stamp, updated_at: stamp,
  });
  const articles = await k
    .insertInto('articles')
    .values([article(camLo, 'nong-thon-moi', 'Xây dựng nông thôn mới Cam Lộ'), article(camLo, 'ho-tieu', 'Cây hồ tiêu Cam Lộ'), article(gioLinh, 'nong-thon-gio-linh', 'Nông thôn mới Gio Linh')])
    .returning('id')
    .execute();
  return { camLo, gioLinh, article, articleIds: articles.map((a) => a.id) };
}

/** Every indexed row as text, in id order: what the copy must keep. */
async function indexRows(t: TestDatabase): Promise<string[]> {
  const rows = await sql<{ line: string }>`
    SELECT concat_ws('|', id, kind, ref_id, site_id, category_id, status, published_at, title_f, lead_f, body_f, title_x, lead_x, fts::text, fts_x::text) AS line
    FROM search_documents ORDER BY id`.execute(t.db.kysely);
  return rows.rows.map((r) => r.line);
}

describe.runIf(TEST_DIALECTS.includes('postgres'))('migration 0031 (search partitioned by site) on postgres', () => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('keeps every row and every result, and the triggers keep indexing into the right partition', async () => {
    t = await createTestDatabase('postgres', BEFORE);
    const db = t.db;
    const s = await seed(t);
    const search = createSearchService(db);
    const found = async (text: string, siteId: number) => (await search.search({ text, siteIds: [siteId], page: 1, pageSize: 20 })).hits.map((h) => h.id).sort((a, b) => a - b);
    const rowsBefore = await indexRows(t);
    expect(rowsBefore).toHaveLength(3);
    const before = { camLo: await found('nong thon', s.camLo.siteId), gioLinh: await found('nong thon', s.gioLinh.siteId), exact: await found('hồ tiêu', s.camLo.siteId) };
    expect(before).toEqual({ camLo: [s.articleIds[0]], gioLinh: [s.articleIds[2]], exact: [s.articleIds[1]] });

    expect(await migrateToLatest(db)).toContain('20261211_0031_search_partitions');

    const parts = await sql<{ n: number | string }>`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'search_documents'::regclass`.execute(db.kysely);
    expect(Number(parts.rows[0]?.n)).toBe(64);
    expect(await indexRows(t)).toEqual(rowsBefore);
    expect({ camLo: await found('nong thon', s.camLo.siteId), gioLinh: await found('nong thon', s.gioLinh.siteId), exact: await found('hồ tiêu', s.camLo.siteId) }).toEqual(before);
    expect((await search.nearMatches({ text: 'nong thonn moii', siteIds: [s.gioLinh.siteId], limit: 5 })).map((h) => h.id)).toEqual([s.articleIds[2]]);

    // Written after the migration: indexed, moved to the other site, then deleted.
    const fresh = await db.kysely.insertInto('articles').values(s.article(s.camLo, 'dap-ba-thuoc', 'Đập Ba Thước tích nước')).returning('id').executeTakeFirstOrThrow();
    expect(await found('ba thuoc', s.camLo.siteId)).toEqual([fresh.id]);
    await db.kysely.updateTable('articles').set({ site_id: s.gioLinh.siteId, category_id: s.gioLinh.categoryId }).where('id', '=', fresh.id).execute();
    expect(await found('ba thuoc', s.camLo.siteId)).toEqual([]);
    expect(await found('ba thuoc', s.gioLinh.siteId)).toEqual([fresh.id]);
    await db.kysely.updateTable('articles').set({ title: 'Đập Ba Thước xả lũ' }).where('id', '=', fresh.id).execute();
    expect(await found('xa lu', s.gioLinh.siteId)).toEqual([fresh.id]);
    await db.kysely.deleteFrom('articles').where('id', '=', fresh.id).execute();
    expect(await found('ba thuoc', s.gioLinh.siteId)).toEqual([]);
    // Each site's documents sit in a single partition.
    const spread = await sql<{ site_id: number; n: number | string }>`SELECT site_id, count(DISTINCT tableoid) AS n FROM search_documents GROUP BY site_id`.execute(db.kysely);
    expect(spread.rows.map((r) => Number(r.n))).toEqual([1, 1]);
  });
});
