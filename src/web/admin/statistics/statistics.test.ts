/**
 * The yearly statistics over HTTP, on both databases: the numbers of a known fixture (items
 * per category, items per month, average days between items, views per category and per
 * month, a deleted category's views kept), CSV with BOM that quotes and defuses formulas, an
 * XLSX that exceljs opens, bad years refused with a 400, and who may read it (site
 * administrators and system administrators; everyone else 403, anonymous 401).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsReport } from '../../../contract/statistics.js';
import { insertMenuCategories } from '../../../categories/categories.repo.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { matrixMismatches, MATRIX_ACTORS } from '../articles/permission-matrix.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

describe.each(TEST_DIALECTS)('the yearly statistics on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let formulaCategory = 0;

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/statistics`;
    const stamp = new Date().toISOString();
    const [risky] = await insertMenuCategories(f.db, f.siteA.id, [{ slug: 'cong-thuc', name: '=HYPERLINK("http://x","Bấm") , "trích"', description: '', menuOrder: 99 }], stamp);
    formulaCategory = risky?.id ?? 0;
    // 2031, in Vietnam time: three items in categoryA (1 Jan 00:30 — still 31 Dec in UTC —, 11 Jan, 31 Jan), one in the risky category.
    const publish = async (categoryId: number, at: string, status: 'published' | 'withdrawn' | 'draft' = 'published') => {
      const row = await f.article(f.siteA, 'writer', status === 'draft' ? 'draft' : 'published');
      await f.db.updateTable('articles').set({ category_id: categoryId, published_at: at, status }).where('id', '=', row.id).execute();
      return row.id;
    };
    const a1 = await publish(f.categoryA, '2031-12-31T17:30:00.000Z'); // 1 Jan 2032 in Vietnam: not 2031
    await publish(f.categoryA, '2030-12-31T17:30:00.000Z'); // 1 Jan 2031, 00:30 in Vietnam
    await publish(f.categoryA, '2031-01-11T05:30:00.000Z');
    await publish(f.categoryA, '2031-01-30T17:30:00.000Z', 'withdrawn'); // 31 Jan: was published, counts
    await publish(f.categoryA, '2031-03-01T03:00:00.000Z', 'draft'); // never published: does not count
    const r1 = await publish(formulaCategory, '2031-06-15T03:00:00.000Z');
    await f.db.insertInto('view_days').values([
      { site_id: f.siteA.id, day: '2031-01-01', views: 100 },
      { site_id: f.siteA.id, day: '2031-01-31', views: 50 },
      { site_id: f.siteA.id, day: '2031-06-15', views: 1234567 },
      { site_id: f.siteA.id, day: '2030-12-31', views: 7 }, // another year
      { site_id: f.siteB.id, day: '2031-01-01', views: 999 }, // another site
    ]).execute();
    await f.db.insertInto('article_view_days').values([
      { article_id: a1, day: '2031-01-01', site_id: f.siteA.id, category_id: f.categoryA, views: 40 },
      { article_id: a1, day: '2031-01-31', site_id: f.siteA.id, category_id: f.categoryA, views: 20 },
      { article_id: r1, day: '2031-06-15', site_id: f.siteA.id, category_id: formulaCategory, views: 5 },
      { article_id: r1, day: '2031-06-16', site_id: f.siteA.id, category_id: 987_654, views: 3 }, // a category deleted since
      { article_id: r1, day: '2032-01-01', site_id: f.siteA.id, category_id: formulaCategory, views: 11 }, // another year
    ]).execute();
  });
  afterAll(() => f.t.close());

  it('reports per category and per month the items published, their frequency and the views of a known year', async () => {
    const res = await f.call('GET', `${base}?year=2031`, 'site_admin');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const report = res.json<StatisticsReport>();
    expect(report.year).toBe(2031);
    expect(report.months).toBe(12);
    const byId = new Map(report.categories.map((c) => [c.categoryId, c]));
    // 1 Jan 00:30 → 31 Jan 00:30: 30 days over two gaps.
    expect(byId.get(f.categoryA)).toMatchObject({ published: 3, perMonth: 0.3, averageDaysBetween: 15, views: 60 });
    expect(byId.get(formulaCategory)).toMatchObject({ published: 1, perMonth: 0.1, averageDaysBetween: null, views: 5 });
    expect(byId.get(null)).toMatchObject({ name: 'Chuyên mục đã xóa', published: 0, views: 3 });
    expect(byId.get(f.categoryA2)).toMatchObject({ published: 0, perMonth: 0, averageDaysBetween: null, views: 0 });
    expect(report.byMonth).toHaveLength(12);
    expect(report.byMonth[0]).toEqual({ month: '2031-01', published: 3, views: 150 });
    expect(report.byMonth[5]).toEqual({ month: '2031-06', published: 1, views: 1234567 });
    expect(report.totals).toEqual({ published: 4, articleViews: 68, siteViews: 1234717 });
  });

  it('exports CSV with a BOM, quoting and defusing a formula, and an XLSX that opens', async () => {
    const csv = await f.call('GET', `${base}?year=2031&format=csv`, 'sysadmin');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="thong-ke-${f.siteA.slug}-2031.csv"`);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Chuyên mục,Số tin bài đăng,Tin bài mỗi tháng,Số ngày trung bình giữa hai tin,Lượt xem');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""Bấm"") , ""trích""",1,0.1,,5\r\n`);
    expect(text).toContain('01/2031,3,150\r\n');
    expect(text.endsWith('Tổng,4,1234717\r\n')).toBe(true);

    const xlsx = await f.call('GET', `${base}?year=2031&format=xlsx`, 'site_admin');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Chuyên mục 2031');
    const names: unknown[] = [];
    sheet?.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toContain(`'=HYPERLINK("http://x","Bấm") , "trích"`);
    const months = book.getWorksheet('Theo tháng 2031');
    expect(months?.getRow(7).values).toEqual([undefined, '06/2031', 1, 1234567]);
  });

  it('refuses a year that is not one with a 400 in Vietnamese, and takes this year when none is given', async () => {
    for (const year of ['abcd', '1800', '20311', '2031.5', '']) {
      const res = await f.call('GET', `${base}?year=${encodeURIComponent(year)}`, 'site_admin');
      expect(res.statusCode, year).toBe(400);
      expect(res.body).toContain('Năm phải có dạng YYYY');
    }
    expect((await f.call('GET', `${base}?format=pdf`, 'site_admin')).statusCode).toBe(400);
    const current = await f.call('GET', base, 'site_admin');
    expect(current.statusCode).toBe(200);
    expect(current.json<StatisticsReport>().year).toBe(Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4)));
  });

  it('is for site administrators and system administrators only', async () => {
    const mismatches: string[] = [];
    for (const actor of MATRIX_ACTORS) {
      mismatches.push(
        ...(await matrixMismatches(f, {
          actor, site: f.siteA, cases: ['json', 'csv'] as const, allowed: actor === 'site_admin' || actor === 'sysadmin' ? ['json', 'csv'] : [], success: {},
          prepare: (c) => Promise.resolve({ method: 'GET' as const, url: `${base}?year=2031&format=${c}` }),
        })).map((m) => `${actor}: ${m}`),
      );
    }
    expect(mismatches).toEqual([]);
    // A site administrator of Cam Lộ is nobody on Đông Hà.
    expect((await f.call('GET', `/api/v1/admin/sites/${f.siteB.slug}/statistics?year=2031`, 'site_admin')).statusCode).toBe(403);
    expect((await f.call('GET', `/api/v1/admin/sites/${f.siteB.slug}/statistics?year=2031`, 'sysadmin')).json<StatisticsReport>().byMonth[0]?.views).toBe(999);
  });
});
