/**
 * Adding a kind to search is one registry entry and one migration that runs
 * searchKindSql(kind, dialect): shown here on a throwaway table of the shape the new
 * content tables have (id, site_id, slug, status, published_at, title, summary, body_html),
 * created by the test, on both databases. Its rows are filled in, and every later insert,
 * change of text, change of state and delete keeps the index in step, under the kind's ids.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../db/database.js';
import { withId } from '../db/migrations/columns.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { searchKindSql } from './kind-sql.js';
import { documentId, searchKind, type IndexedSearchKind, type SearchContentType } from './kinds.js';
import { createSearchService } from './service.js';

const stamp = '2026-02-01T01:00:00.000Z';

/** A throwaway content table of the new types' shape, and a registry entry giving it the slot of `name` (one table per slot, as in the registry). */
async function throwawayKind(t: TestDatabase, dialect: Dialect, name: SearchContentType): Promise<IndexedSearchKind> {
  const table = `throwaway_docs_${crypto.randomBytes(4).toString('hex')}`;
  await withId(t.db.kysely.schema.createTable(table), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', dialect === 'postgres' ? 'timestamptz' : 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .execute();
  return { ...searchKind(name), source: { table, title: 'title', lead: 'summary', body: 'body_html', category: null, slug: 'slug' } };
}

function suite(dialect: Dialect) {
  let t: TestDatabase;
  let siteId: number;
  const insert = async (kind: IndexedSearchKind, slug: string, title: string, summary: string) => {
    const row = await sql<{ id: number }>`INSERT INTO ${sql.table(kind.source.table)} (site_id, slug, status, published_at, title, summary, body_html)
      VALUES (${siteId}, ${slug}, ${'published'}, ${stamp}, ${title}, ${summary}, ${`<p>${title} — toàn văn</p>`}) RETURNING id`.execute(t.db.kysely);
    return Number(row.rows[0]?.id);
  };
  const install = async (kind: IndexedSearchKind, part: 'triggers' | 'fill') => {
    for (const statement of searchKindSql(kind, dialect)[part]) await sql.raw(statement).execute(t.db.kysely);
  };
  const search = () => createSearchService(t.db);
  const found = async (text: string, type: SearchContentType = 'document') => (await search().rankedIds({ text, type, limit: 10 })).map((r) => r.id).sort((a, b) => a - b);
  const documentOf = (id: number) => t.db.kysely.selectFrom('search_documents').selectAll().where('id', '=', documentId('document', id)).executeTakeFirst();

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const site = await t.db.kysely
      .insertInto('sites')
      .values({ slug: 'quang-tri', kind: 'province', parent_id: null, name: 'Tỉnh Quảng Trị', short_name: 'Quảng Trị', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    siteId = site.id;
  });
  afterAll(() => t.drop());

  it('fills the rows already there, then keeps every write in step', async () => {
    const kind = await throwawayKind(t, dialect, 'document');
    const table = kind.source.table;
    const existing = await insert(kind, 'nghi-dinh-42', 'Nghị định 42/2022/NĐ-CP về cung cấp thông tin', 'Quy định về cổng thông tin điện tử');
    await install(kind, 'triggers');
    await install(kind, 'fill');
    expect(await found('nghi dinh 42')).toEqual([existing]);
    expect(await found('cong thong tin')).toEqual([existing]);

    const later = await insert(kind, 'quyet-dinh-15', 'Quyết định 15 về bình đẳng giới', 'Kế hoạch hành động');
    const doc = await documentOf(later);
    expect(doc).toMatchObject({ kind: 'document', ref_id: later, site_id: siteId, category_id: null, status: 'published' });
    expect(doc?.lead_f).toBe(' ke hoach hanh dong ');
    expect(await found('binh dang gioi')).toEqual([later]);
    expect(await found('bình đẳng giới')).toEqual([later]);
    // Only this kind: the filter reads the kind's name.
    expect(await search().rankedIds({ text: 'binh dang gioi', type: 'article', limit: 10 })).toEqual([]);

    await sql`UPDATE ${sql.table(table)} SET title = ${'Quyết định 15 về an toàn giao thông'}, body_html = ${'<p>Toàn văn quyết định</p>'} WHERE id = ${later}`.execute(t.db.kysely);
    expect(await found('binh dang gioi')).toEqual([]);
    expect(await found('an toan giao thong')).toEqual([later]);

    await sql`UPDATE ${sql.table(table)} SET status = ${'draft'} WHERE id = ${later}`.execute(t.db.kysely);
    expect(await found('an toan giao thong')).toEqual([]);
    expect((await documentOf(later))?.status).toBe('draft');

    await sql`DELETE FROM ${sql.table(table)} WHERE id = ${existing}`.execute(t.db.kysely);
    expect(await documentOf(existing)).toBeUndefined();
    expect(await found('nghi dinh 42')).toEqual([]);
  });

  it('runs again over itself: the triggers replace those of the same name', async () => {
    const kind = await throwawayKind(t, dialect, 'question');
    await install(kind, 'triggers');
    await install(kind, 'triggers');
    const id = await insert(kind, 'cong-van-7', 'Công văn 7 về phòng chống bão lũ', '');
    expect(await t.db.kysely.selectFrom('search_documents').select('id').where('kind', '=', 'question').where('ref_id', '=', id).execute()).toEqual([{ id: documentId('question', id) }]);
    expect(await found('bao lu', 'question')).toEqual([id]);
  });
}

describe.each(TEST_DIALECTS)('the SQL of a new search kind on %s', (dialect) => suite(dialect));
