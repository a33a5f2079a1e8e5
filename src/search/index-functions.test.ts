/**
 * The index is written by the database (triggers calling vn_fold, vn_exact and
 * vn_html_text): on every database it must hold exactly what the TypeScript rules
 * give, for awkward text too — so that a query folded in TypeScript meets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../db/database.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { htmlIndexText, indexExact, indexFolded } from './index-text.js';
import { documentId } from './kinds.js';

const SAMPLES: { title: string; lead: string; body: string }[] = [
  { title: 'Phát động hưởng ứng Thành hành động Bình đẳng giới năm 2022', lead: '', body: '<p>Tháng hành động Vì bình đẳng giới</p>' },
  { title: 'BÌNH ĐẲNG GIỚI'.normalize('NFD'), lead: 'Bình\u00a0đẳng\u2009giới\u3000năm 2022', body: '<p>bình&nbsp;đẳng&amp;giới<br/>mới</p>' },
  { title: 'Văn hoá – Thể thao; Uỷ ban “khoẻ” thuỷ quý QUÁ hoàn thuyền', lead: 'HOÀ, TOẢ, XOÈ, TUỲ', body: '<h2>Đường Dương ĐƯỜNG</h2><ul><li>Đakrông</li></ul>' },
  { title: 'đẳ\u00adng gi\u200dới 😀 emoji👍🏽x', lead: 'a\u0000b', body: '<p onclick="x">Tin<script>ignored</script>&#7897;</p>' },
  { title: 'Luật số 42/2022/NĐ-CP (sửa đổi) — KT-XH', lead: 'ñandú ærø straße σίσυφος одос İstanbul 한국어 かが', body: '<p>' + 'Quảng Trị '.repeat(500) + '</p>' },
];

function indexSuite(dialect: Dialect) {
  let t: TestDatabase;
  let categoryId: number;
  let siteId: number;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const stamp = '2026-01-01T00:00:00.000Z';
    const site = await t.db.kysely
      .insertInto('sites')
      .values({ slug: 's', kind: 'province', parent_id: null, name: 'n', short_name: 'n', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    siteId = site.id;
    const category = await t.db.kysely
      .insertInto('categories')
      .values({ site_id: siteId, parent_id: null, slug: 'c', name: 'c', description: null, menu_order: 0, in_menu: 1, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    categoryId = category.id;
  });
  afterAll(() => t.drop());

  it('stores the folded and exact words the TypeScript rules give', async () => {
    for (const [i, s] of SAMPLES.entries()) {
      const stamp = '2026-01-01T00:00:00.000Z';
      const row = await t.db.kysely
        .insertInto('articles')
        .values({ site_id: siteId, category_id: categoryId, slug: `a${i}`, title: s.title, lead: s.lead.replace(/\u0000/g, ''), body_html: s.body, featured_image_id: null, featured_image_caption: null, author_name: null, source: null, status: 'published', withdrawn_note: null, featured: 0, published_at: stamp, created_at: stamp, updated_at: stamp })
        .returning(['id', 'lead'])
        .executeTakeFirstOrThrow();
      const doc = await t.db.kysely.selectFrom('search_documents').selectAll().where('kind', '=', 'article').where('ref_id', '=', row.id).executeTakeFirstOrThrow();
      const pad = (x: string) => ` ${x} `;
      expect(doc.title_f).toBe(pad(indexFolded(s.title)));
      expect(doc.lead_f).toBe(pad(indexFolded(row.lead)));
      expect(doc.body_f).toBe(pad(indexFolded(htmlIndexText(s.body))));
      expect(doc.title_x).toBe(pad(indexExact(s.title)));
      expect(doc.lead_x).toBe(pad(indexExact(row.lead)));
      expect(doc.site_id).toBe(siteId);
      expect(doc.category_id).toBe(categoryId);
      expect(doc.id).toBe(documentId('article', row.id));
    }
  });

  it('keeps the index as it is when only the view count changes', async () => {
    const before = await t.db.kysely.selectFrom('search_documents').selectAll().orderBy('id').execute();
    await t.db.kysely.updateTable('articles').set((eb) => ({ view_count: eb('view_count', '+', 1) })).execute();
    expect(await t.db.kysely.selectFrom('search_documents').selectAll().orderBy('id').execute()).toEqual(before);
  });
}

describe.each(TEST_DIALECTS)('search index functions on %s', (dialect) => {
  indexSuite(dialect);
});

describe('the TypeScript index rules', () => {
  it('fold and keep exact forms as expected', () => {
    expect(indexFolded('Văn hoá – Thể thao; Uỷ ban')).toBe('van hoa the thao uy ban');
    expect(indexExact('Văn hoá – Thể thao; Uỷ ban')).toBe('văn hóa thể thao ủy ban');
    expect(htmlIndexText('<p>Tin&nbsp;mới</p>')).toBe(' Tin mới ');
  });
});
