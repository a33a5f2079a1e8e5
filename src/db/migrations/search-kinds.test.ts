/**
 * Migration 0019 on a database indexed under the old ids (article id × 2, page id × 2 + 1):
 * every document moves to row id × 8 + the kind's slot, search (FTS5 on SQLite, with its
 * rowids; tsvector on PostgreSQL) and near matches still find the same content, and the
 * recreated triggers index what is written afterwards under the new ids.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dialect } from '../database.js';
import { documentId } from '../../search/kinds.js';
import { createSearchService } from '../../search/service.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { migrateToLatest } from './index.js';

const BEFORE = '20261205_0013_home_blocks';
const stamp = '2026-01-01T00:00:00.000Z';

async function seed(t: TestDatabase) {
  const k = t.db.kysely;
  const site = await k
    .insertInto('sites')
    .values({ slug: 'cam-lo', kind: 'district', parent_id: null, name: 'Cổng Cam Lộ', short_name: 'Cam Lộ', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  const category = await k
    .insertInto('categories')
    .values({ site_id: site.id, parent_id: null, slug: 'thoi-su', name: 'Thời sự', description: null, menu_order: 0, in_menu: 1, created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  const article = (slug: string, title: string) => ({
    site_id: site.id, category_id: category.id, slug, title, lead: 'Huyện Cam Lộ', body_html: `<p>${title}</p>`, featured_image_id: null, featured_image_caption: null,
    author_name: null, source: null, status: 'published' as const, withdrawn_note: null, featured: 0, published_at: stamp, created_at: stamp, updated_at: stamp,
  });
  const articles = await k
    .insertInto('articles')
    .values([article('binh-dang-gioi', 'Bình đẳng giới năm 2022'), article('nong-thon-moi', 'Xây dựng nông thôn mới'), article('cay-ho-tieu', 'Cây hồ tiêu Cam Lộ')])
    .returning('id')
    .execute();
  const page = (slug: string, title: string) => ({ site_id: site.id, slug, title, body_html: `<p>${title} của huyện</p>`, status: 'published' as const, menu_order: 1, in_menu: 0, published_at: stamp, created_at: stamp, updated_at: stamp });
  const pages = await k.insertInto('pages').values([page('so-do-to-chuc', 'Sơ đồ tổ chức'), page('lien-he', 'Liên hệ Ủy ban')]).returning('id').execute();
  return { siteId: site.id, categoryId: category.id, articleIds: articles.map((a) => a.id), pageIds: pages.map((p) => p.id), article };
}

const ids = async (t: TestDatabase) =>
  (await t.db.kysely.selectFrom('search_documents').select(['id', 'kind', 'ref_id']).orderBy('id').execute()).map((d) => ({ id: Number(d.id), kind: d.kind, ref: d.ref_id }));

function suite(dialect: Dialect) {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('re-keys every indexed document, keeps it found, and indexes new writes under the new ids', async () => {
    t = await createTestDatabase(dialect, BEFORE);
    const s = await seed(t);
    const old = await ids(t);
    expect(old).toHaveLength(5);
    for (const d of old) expect(d.id).toBe(d.kind === 'article' ? d.ref * 2 : d.ref * 2 + 1);
    const search = createSearchService(t.db);
    const found = async (text: string) => (await search.search({ text, page: 1, pageSize: 20 })).hits.map((h) => `${h.type}:${h.id}`).sort();
    // What each query must find in the seed: today's search code reads only the latest index, so it cannot be asked before the migration.
    const before = {
      gioi: [`article:${s.articleIds[0]}`],
      huyen: [...s.articleIds.map((id) => `article:${id}`), ...s.pageIds.map((id) => `page:${id}`)].sort(),
      lienHe: [`page:${s.pageIds[1]}`],
    };

    expect(await migrateToLatest(t.db)).toContain('20261206_0019_search_kinds');

    const after = await ids(t);
    expect(after.map((d) => ({ kind: d.kind, ref: d.ref })).sort((a, b) => a.ref - b.ref || a.kind.localeCompare(b.kind))).toEqual(
      old.map((d) => ({ kind: d.kind, ref: d.ref })).sort((a, b) => a.ref - b.ref || a.kind.localeCompare(b.kind)),
    );
    for (const d of after) expect(d.id).toBe(documentId(d.kind, d.ref));
    expect({ gioi: await found('binh dang gioi'), huyen: await found('huyen'), lienHe: await found('lien he') }).toEqual(before);
    // Exact-diacritics matching reads search_fts_x (SQLite) and fts_x (PostgreSQL).
    expect(await search.rankedIds({ text: 'hồ tiêu', limit: 5 })).toEqual([{ type: 'article', id: s.articleIds[2] }]);
    // Near matches read search_near on SQLite, keyed by the document id.
    expect((await search.nearMatches({ text: 'nong thonn moii', limit: 5 })).map((h) => h.id)).toEqual([s.articleIds[1]]);
    if (dialect === 'sqlite') {
      const fts = await sql<{ n: number }>`SELECT count(*) AS n FROM search_documents d WHERE d.id IN (SELECT -rowid FROM search_fts WHERE search_fts MATCH 'huyen')`.execute(t.db.kysely);
      expect(Number(fts.rows[0]?.n)).toBe(5);
    }

    const fresh = await t.db.kysely.insertInto('articles').values(s.article('dap-ba-thuoc', 'Đập Ba Thước tích nước')).returning('id').executeTakeFirstOrThrow();
    const doc = await t.db.kysely.selectFrom('search_documents').select('id').where('kind', '=', 'article').where('ref_id', '=', fresh.id).executeTakeFirstOrThrow();
    expect(Number(doc.id)).toBe(documentId('article', fresh.id));
    const pageId = s.pageIds[1] ?? 0;
    await t.db.kysely.updateTable('pages').set({ title: 'Liên hệ Văn phòng' }).where('id', '=', pageId).execute();
    expect(await found('van phong')).toEqual([`page:${pageId}`]);
    await t.db.kysely.deleteFrom('pages').where('id', '=', pageId).execute();
    expect(await found('van phong')).toEqual([]);
    expect(await found('ba thuoc')).toEqual([`article:${fresh.id}`]);
  });
}

describe.each(TEST_DIALECTS)('migration 0019 (search kinds) on %s', (dialect) => suite(dialect));
