/**
 * Royalty data and the monthly report (Vietnam-time month bounds, JSON, CSV with BOM,
 * XLSX), and category management (slug renames leave 301s, audited, empty-only delete).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';
import type { AdminArticle } from '../../../contract/articles.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { auditDetails } from '../../../test-support/matchers.js';

describe.each(TEST_DIALECTS)('royalty and categories on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
  });
  afterAll(() => f.t.close());

  it('sets genre, authors and (approvers only) the coefficient; shares must add up to 100', async () => {
    const own = await f.article(f.siteA, 'contributor', 'draft');
    const url = `${base}/articles/${own.id}/royalty`;
    const authors = [{ name: 'Nguyễn Văn An', userId: f.ids.contributor, share: 60 }, { name: 'Trần Thị Bình', share: 40 }];
    const bad = await f.call('PUT', url, 'contributor', { genre: 'Tin', isReprint: false, authors: [{ name: 'A', share: 60 }, { name: 'B', share: 30 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<EditorialProblem>().errors?.[0]?.message).toContain('100');
    const ok = await f.call('PUT', url, 'contributor', { genre: 'Tin', isReprint: false, authors });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ genre: 'Tin', coefficient: null, authors: [{ name: 'Nguyễn Văn An', userId: f.ids.contributor, share: 60 }, { name: 'Trần Thị Bình', userId: null, share: 40 }] });
    expect((await f.call('PUT', url, 'contributor', { genre: 'Tin', coefficient: 2, isReprint: false, authors })).statusCode).toBe(403);
    const graded = await f.call('PUT', url, 'approver', { genre: 'Phóng sự', coefficient: 2.5, isReprint: true, authors });
    expect(graded.json()).toMatchObject({ genre: 'Phóng sự', coefficient: 2.5, isReprint: true });
    const article = (await f.call('GET', `${base}/articles/${own.id}`, 'contributor')).json<AdminArticle>();
    expect(article.royalty).toMatchObject({ coefficient: 2.5, isReprint: true });
    expect((await listAudit(f.db, { action: 'royalty_changed', objectId: String(own.id), limit: 5, offset: 0 })).total).toBe(2);
  });

  it('reports a Vietnam-time month per author and article, as JSON, CSV (BOM) and XLSX', async () => {
    const inMonth = await f.article(f.siteA, 'writer', 'published', '=Bài "đặc biệt", tháng 11');
    const before = await f.article(f.siteA, 'writer', 'published', 'Bài cuối tháng 10');
    const draft = await f.article(f.siteA, 'writer', 'draft', 'Bản nháp không tính');
    await f.db.updateTable('articles').set({ published_at: '2031-10-31T17:30:00.000Z' }).where('id', '=', inMonth.id).execute();
    await f.db.updateTable('articles').set({ published_at: '2031-10-31T16:59:00.000Z' }).where('id', '=', before.id).execute();
    await f.db.updateTable('articles').set({ published_at: '2031-11-10T00:00:00.000Z' }).where('id', '=', draft.id).execute();
    await f.call('PUT', `${base}/articles/${inMonth.id}/royalty`, 'approver', {
      genre: 'Tin', coefficient: 1.5, isReprint: false, authors: [{ name: 'Lê Văn Cường', share: 70 }, { name: 'Phạm Thị Dung', share: 30 }],
    });

    const json = await f.call('GET', `${base}/royalty-report?month=2031-11`, 'approver');
    expect(json.statusCode).toBe(200);
    const report = json.json<{ lines: { articleId: number; authorName: string; share: number; points: number }[]; from: string; to: string }>();
    expect(report.from).toBe('2031-10-31T17:00:00.000Z');
    expect(report.to).toBe('2031-11-30T17:00:00.000Z');
    expect(report.lines.map((l) => [l.articleId, l.authorName, l.share, l.points])).toEqual([
      [inMonth.id, 'Lê Văn Cường', 70, 1.05],
      [inMonth.id, 'Phạm Thị Dung', 30, 0.45],
    ]);
    const october = (await f.call('GET', `${base}/royalty-report?month=2031-10`, 'approver')).json<{ lines: { articleId: number; authorName: string; share: number }[] }>();
    expect(october.lines).toEqual([expect.objectContaining({ articleId: before.id, authorName: `pv-${dialect}`, share: 100 })]);

    const csv = await f.call('GET', `${base}/royalty-report?month=2031-11&format=csv`, 'approver');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('nhuan-but-camlo-2031-11.csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toContain('Tác giả,');
    expect(lines[1]).toContain(`"'=Bài ""đặc biệt"", tháng 11"`);

    const xlsx = await f.call('GET', `${base}/royalty-report?month=2031-11&format=xlsx`, 'approver');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(4).getCell(1).value).toBe('Lê Văn Cường');
    expect(sheet?.getRow(4).getCell(4).value).toBe(`'=Bài "đặc biệt", tháng 11`);

    for (const month of ['2031-13', '31-11', '2031-1', '']) {
      expect((await f.call('GET', `${base}/royalty-report?month=${month}`, 'approver')).statusCode).toBe(400);
    }
    expect((await f.call('GET', `${base}/royalty-report?month=2031-11&format=pdf`, 'approver')).statusCode).toBe(400);
  });

  it('creates, renames (old URLs answer 301) and deletes only empty categories, each audited', async () => {
    const created = await f.call('POST', `${base}/categories`, 'site_admin', { name: 'Chuyển đổi số', parentId: null, menuOrder: 50, inMenu: true, description: null });
    expect(created.statusCode).toBe(201);
    const category = created.json<{ id: number; slug: string }>();
    expect(category.slug).toBe('chuyen-doi-so');
    expect((await f.call('POST', `${base}/categories`, 'site_admin', { name: 'Trùng', slug: 'chuyen-doi-so', parentId: null })).statusCode).toBe(409);
    expect((await f.call('POST', `${base}/categories`, 'site_admin', { name: 'Dành riêng', slug: 'trang', parentId: null })).statusCode).toBe(400);
    expect((await f.call('POST', `${base}/categories`, 'site_admin', { name: 'Cha lạ', parentId: f.categoryB })).statusCode).toBe(400);
    expect((await f.call('PUT', `${base}/categories/${category.id}`, 'site_admin', { name: 'Vòng', parentId: category.id })).statusCode).toBe(400);

    const article = await f.article(f.siteA, 'writer', 'published', 'Tin chuyển đổi số');
    await f.db.updateTable('articles').set({ category_id: category.id }).where('id', '=', article.id).execute();
    const renamed = await f.call('PUT', `${base}/categories/${category.id}`, 'site_admin', { name: 'Chuyển đổi số quốc gia', slug: 'chuyen-doi-so-quoc-gia', parentId: null, menuOrder: 5, inMenu: false, description: 'Tin về chuyển đổi số' });
    expect(renamed.json()).toMatchObject({ name: 'Chuyển đổi số quốc gia', slug: 'chuyen-doi-so-quoc-gia', inMenu: false, menuOrder: 5 });
    const oldListing = await f.app.inject({ url: '/chuyen-doi-so', headers: { host: 'camlo.localhost' } });
    expect(oldListing.statusCode).toBe(301);
    expect(oldListing.headers.location).toContain('/chuyen-doi-so-quoc-gia');
    const oldArticle = await f.app.inject({ url: `/chuyen-doi-so/${article.slug}`, headers: { host: 'camlo.localhost' } });
    expect(oldArticle.statusCode).toBe(301);

    expect((await f.call('DELETE', `${base}/categories/${category.id}`, 'site_admin')).statusCode).toBe(409);
    await f.db.deleteFrom('articles').where('id', '=', article.id).execute();
    expect((await f.call('DELETE', `${base}/categories/${category.id}`, 'site_admin')).statusCode).toBe(204);
    expect((await f.call('GET', `${base}/categories/${category.id}`, 'site_admin')).statusCode).toBe(404);
    const ops = (await listAudit(f.db, { action: 'category_changed', objectId: String(category.id), limit: 10, offset: 0 })).rows.map((r) => auditDetails(r.details)['op']);
    expect(ops).toEqual(['delete', 'update', 'create']);
    expect((await f.call('GET', `${base}/categories`, 'contributor')).statusCode).toBe(200);
  });
});
