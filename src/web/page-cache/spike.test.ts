/**
 * A spike on a page not in the cache (just published, or just dropped by a change), on both
 * databases: readers who ask while it is being rendered wait for that one render and get
 * its stored copy, so the page is rendered once, not once per reader. Pages that are not
 * kept (an unknown address) are still answered to each reader on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../admin/articles/test-fixture.js';

const READERS = 40;

describe.each(TEST_DIALECTS)('a spike of readers on one page on %s', (dialect) => {
  let f: EditorialFixture;
  let host: string;
  let path: string;

  beforeAll(async () => {
    f = await editorialFixture(dialect, { viewSnapshotMs: 3_600_000 });
    host = `${f.siteA.slug}.localhost`;
    const base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
    const created = await f.call('POST', base, 'contributor', { title: `Kết quả thi tuyển sinh lớp 10 ${dialect}`, lead: 'Điểm chuẩn các trường.', bodyHtml: '<p>Điểm chuẩn.</p>', categoryId: f.categoryA });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: number }>();
    for (const [who, transition] of [['contributor', 'submit'], ['approver', 'approve'], ['approver', 'publish']] as const) {
      const moved = await f.call('POST', `${base}/${id}/transitions`, who, { transition });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const row = await f.db.selectFrom('articles').innerJoin('categories as c', 'c.id', 'articles.category_id').select(['articles.slug', 'c.slug as cat']).where('articles.id', '=', id).executeTakeFirstOrThrow();
    path = `/${row.cat}/${row.slug}`;
    await f.t.services.pageCache.settled();
  });
  afterAll(() => f.t.close());

  const get = (url: string) => f.app.inject({ method: 'GET', url, headers: { host } });

  it('renders the page once for readers arriving together, and gives every one the same page', async () => {
    const answers = await Promise.all(Array.from({ length: READERS }, () => get(path)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const rendered = answers.filter((a) => a.headers['x-cache'] !== 'HIT');
    expect(rendered.map((a) => a.headers['x-cache'])).toEqual(['MISS']);
    const first = rendered[0]?.body;
    expect(first).toContain('Kết quả thi tuyển sinh lớp 10');
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set([first]));
  });

  it('answers each reader of a page that is not kept (an unknown address) with its own 404', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => get(`${path}-khong-co`)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 404));
    expect(answers.filter((a) => a.headers['x-cache'] === 'HIT')).toEqual([]);
    expect(answers[0]?.body).toContain('Không tìm thấy');
  });
});
