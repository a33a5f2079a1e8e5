/**
 * Editing over HTTP: create, no lost updates (409 with both versions, first save
 * intact), revisions with a readable diff and restore, the workflow with its audit
 * trail and public effects, a published article moved to another category.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';
import type { EditorialProblem } from '../../../contract/problem.js';

interface Article {
  id: number;
  slug: string;
  title: string;
  bodyHtml: string;
  revision: number;
  status: string;
  publicUrl: string | null;
  publishedAt: string | null;
  tags: string[];
  categoryId: number;
}

describe.each(TEST_DIALECTS)('editing articles on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let editor2: Signed;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
    await createTestUser(f.db, `btv2-${dialect}`, [{ siteId: f.siteA.id, role: 'editor' }]);
    editor2 = await signIn(f.app, `btv2-${dialect}`);
  });
  afterAll(() => f.t.close());

  const input = (over: object = {}) => ({ title: 'Hội nghị triển khai nhiệm vụ năm 2027', lead: 'Sáng nay, huyện Cam Lộ tổ chức hội nghị.', bodyHtml: '<p>Đoạn một.</p><p>Đoạn hai.</p>', categoryId: f.categoryA, ...over });

  it('creates a sanitised draft with a slug from the title, revision 1 and a revision row', async () => {
    // A title no other test uses: the slug is the title's own, not one made unique with a suffix.
    const title = 'Tạo bản nháp: Hội nghị triển khai nhiệm vụ năm 2027';
    const res = await f.call('POST', `${base}/articles`, 'contributor', input({ title, bodyHtml: '<p onclick="x()">An toàn<script>alert(1)</script></p>', tags: ['Hội nghị', 'hội nghị', 'Cam Lộ'] }));
    expect(res.statusCode).toBe(201);
    const a = res.json<Article & { createdBy: number; statusLabel: string }>();
    expect(a).toMatchObject({ slug: 'tao-ban-nhap-hoi-nghi-trien-khai-nhiem-vu-nam-2027', status: 'draft', statusLabel: 'Bản nháp', revision: 1, createdBy: f.ids.contributor, publicUrl: null });
    expect(a.bodyHtml).toBe('<p>An toàn</p>');
    expect(a.tags).toEqual(['Cam Lộ', 'Hội nghị']);
    const revisions = (await f.call('GET', `${base}/articles/${a.id}/revisions`, 'contributor')).json<{ number: number; authorName: string }[]>();
    expect(revisions).toEqual([expect.objectContaining({ number: 1, authorName: `ctv-${dialect}` })]);
    const audit = await listAudit(f.db, { action: 'article_created', objectId: String(a.id), limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ actor_id: f.ids.contributor, site_id: f.siteA.id });
  });

  it('refuses a stale save with 409 carrying both versions, keeps the first save, then accepts a save on the new revision', async () => {
    const created = (await f.call('POST', `${base}/articles`, 'editor', input())).json<Article>();
    const url = `${base}/articles/${created.id}`;
    const first = await f.call('PUT', url, 'editor', input({ bodyHtml: '<p>Đoạn một của biên tập viên thứ nhất.</p><p>Đoạn hai.</p>', baseRevision: 1 }));
    expect(first.statusCode).toBe(200);
    expect(first.json<Article>().revision).toBe(2);

    const second = await f.app.inject({ method: 'PUT', url, headers: editor2.headers, payload: input({ title: 'Tiêu đề của người thứ hai', baseRevision: 1 }) });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    const conflict = second.json<{ current: Article; yours: Article & { baseRevision: number }; diff: { fields: { field: string }[] }; detail: string }>();
    expect(conflict.current.revision).toBe(2);
    expect(conflict.current.bodyHtml).toContain('biên tập viên thứ nhất');
    expect(conflict.yours).toMatchObject({ title: 'Tiêu đề của người thứ hai', baseRevision: 1 });
    expect(conflict.diff.fields.map((d) => d.field)).toEqual(expect.arrayContaining(['title', 'bodyHtml']));

    const stored = (await f.call('GET', url, 'editor')).json<Article>();
    expect(stored).toMatchObject({ revision: 2, title: input().title });
    expect(stored.bodyHtml).toContain('biên tập viên thứ nhất');

    const retry = await f.app.inject({ method: 'PUT', url, headers: editor2.headers, payload: input({ title: 'Tiêu đề của người thứ hai', bodyHtml: stored.bodyHtml, baseRevision: 2 }) });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ revision: 3, title: 'Tiêu đề của người thứ hai' });
    expect(retry.json<Article>().bodyHtml).toContain('biên tập viên thứ nhất');
  });

  it('loses no update when two saves race from the same base', async () => {
    const created = (await f.call('POST', `${base}/articles`, 'editor', input())).json<Article>();
    const url = `${base}/articles/${created.id}`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => f.call('PUT', url, i % 2 === 0 ? 'editor' : 'approver', input({ lead: `Phiên bản ${i}`, baseRevision: 1 }))),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const rows = await f.db.selectFrom('article_revisions').select('number').where('article_id', '=', created.id).execute();
    expect(rows.map((r) => r.number).sort()).toEqual([1, 2]);
  });

  it('lists revisions, diffs any two word by word with tags kept whole, and restores one as a new revision', async () => {
    const created = (await f.call('POST', `${base}/articles`, 'editor', input({ bodyHtml: '<p>Năm nay huyện trồng <strong>200 ha</strong> rừng.</p>' }))).json<Article>();
    const url = `${base}/articles/${created.id}`;
    await f.call('PUT', url, 'editor', input({ title: 'Hội nghị tổng kết nhiệm vụ năm 2027', bodyHtml: '<p>Năm nay huyện trồng <strong>350 ha</strong> rừng mới.</p>', baseRevision: 1 }));
    const revisions = (await f.call('GET', `${url}/revisions`, 'editor')).json<{ number: number; createdAt: string }[]>();
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);

    const diff = (await f.call('GET', `${url}/diff?from=1&to=2`, 'editor')).json<{ fields: { field: string; parts: { op: string; text: string }[] }[] }>();
    const title = diff.fields.find((d) => d.field === 'title');
    expect(title?.parts).toEqual([
      { op: 'equal', text: 'Hội nghị ' },
      { op: 'delete', text: 'triển khai' },
      { op: 'insert', text: 'tổng kết' },
      { op: 'equal', text: ' nhiệm vụ năm 2027' },
    ]);
    const body = diff.fields.find((d) => d.field === 'bodyHtml');
    expect(body?.parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual(['200']);
    expect(body?.parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['350', 'mới']);
    expect(body?.parts.find((p) => p.op === 'equal')?.text).toContain('<p>Năm nay huyện trồng <strong>');
    expect(diff.fields.map((d) => d.field)).not.toContain('lead');

    expect((await f.call('POST', `${url}/revisions/1/restore`, 'editor', { baseRevision: 1 })).statusCode).toBe(409);
    const restored = await f.call('POST', `${url}/revisions/1/restore`, 'editor', { baseRevision: 2 });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ revision: 3, title: input().title, bodyHtml: '<p>Năm nay huyện trồng <strong>200 ha</strong> rừng.</p>' });
    const after = (await f.call('GET', `${url}/revisions`, 'editor')).json<{ number: number; note: string | null }[]>();
    expect(after[0]).toMatchObject({ number: 3, note: 'Khôi phục phiên bản 1' });
    expect((await f.call('GET', `${url}/diff?from=1&to=3`, 'editor')).json()).toMatchObject({ fields: [] });
    expect((await f.call('GET', `${url}/diff?from=9`, 'editor')).statusCode).toBe(404);
    expect((await listAudit(f.db, { action: 'article_restored', objectId: String(created.id), limit: 5, offset: 0 })).total).toBe(1);
  });

  it('lists at most 100 revisions at once, newest first, and the older ones with before', async () => {
    const created = (await f.call('POST', `${base}/articles`, 'editor', input())).json<Article>();
    const snapshot = JSON.stringify({ ...input(), featuredImageId: null, featuredImageCaption: null, authorName: null, source: null, tags: [], attachmentIds: [], publishedAt: null });
    const older = Array.from({ length: 149 }, (_, i) => ({ article_id: created.id, number: i + 2, author_id: f.ids.editor, created_at: new Date().toISOString(), snapshot, note: null }));
    await f.db.insertInto('article_revisions').values(older).execute();
    const page = async (query: string) => (await f.call('GET', `${base}/articles/${created.id}/revisions${query}`, 'editor')).json<{ number: number }[]>().map((r) => r.number);
    const newest = await page('');
    expect(newest).toHaveLength(100);
    expect(newest[0]).toBe(150);
    expect(newest.at(-1)).toBe(51);
    expect(await page('?before=51')).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
    expect((await f.call('GET', `${base}/articles/${created.id}/revisions?before=x`, 'editor')).statusCode).toBe(400);
  });

  it('runs the workflow with an audit entry per step; publishing sets the public page, withdrawing shows the note with 410', async () => {
    const created = (await f.call('POST', `${base}/articles`, 'contributor', input({ title: 'Khánh thành cầu mới ở Cam Lộ' }))).json<Article>();
    const url = `${base}/articles/${created.id}/transitions`;
    expect((await f.call('POST', url, 'contributor', { transition: 'approve' })).statusCode).toBe(409);
    expect((await f.call('POST', url, 'contributor', { transition: 'submit' })).json()).toMatchObject({ status: 'submitted' });
    const noNote = await f.call('POST', url, 'editor', { transition: 'return', note: '  ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json<EditorialProblem>().errors?.[0]?.field).toBe('note');
    expect((await f.call('POST', url, 'editor', { transition: 'return', note: 'Bổ sung ảnh.' })).json()).toMatchObject({ status: 'returned', returnNote: 'Bổ sung ảnh.' });
    await f.call('POST', url, 'contributor', { transition: 'submit' });
    await f.call('POST', url, 'approver', { transition: 'approve' });
    const past = await f.call('POST', url, 'approver', { transition: 'schedule', at: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    const published = (await f.call('POST', url, 'approver', { transition: 'publish' })).json<Article>();
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect(published.publicUrl).toBe(`http://camlo.localhost/${(await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow()).slug}/${published.slug}`);
    const path = new URL(published.publicUrl ?? '').pathname;
    expect((await f.app.inject({ url: path, headers: { host: 'camlo.localhost' } })).statusCode).toBe(200);

    const withdrawn = await f.call('POST', url, 'approver', { transition: 'withdraw', note: 'Bài có số liệu chưa chính xác, đang đính chính.' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnNote: 'Bài có số liệu chưa chính xác, đang đính chính.' });
    const gone = await f.app.inject({ url: path, headers: { host: 'camlo.localhost' } });
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('đang đính chính');

    const audit = await listAudit(f.db, { objectType: 'article', objectId: String(created.id), limit: 50, offset: 0 });
    const steps = audit.rows.filter((r) => r.action.startsWith('workflow_')).map((r) => r.action).reverse();
    expect(steps).toEqual(['workflow_submit', 'workflow_return', 'workflow_submit', 'workflow_approve', 'workflow_publish', 'workflow_withdraw']);
    const ret = audit.rows.find((r) => r.action === 'workflow_return');
    expect(ret).toMatchObject({ actor_id: f.ids.editor, site_id: f.siteA.id });
    expect(JSON.parse(ret?.details ?? '{}')).toMatchObject({ note: 'Bổ sung ảnh.', from: 'submitted', to: 'returned' });
  });

  it('moves a published article to another category with a 301 from its old URL', async () => {
    const article = await f.article(f.siteA, 'writer', 'published', 'Bài sẽ chuyển chuyên mục');
    const cats = await f.db.selectFrom('categories').select(['id', 'slug']).where('id', 'in', [f.categoryA, f.categoryA2]).execute();
    const slugOf = (id: number) => cats.find((c) => c.id === id)?.slug;
    const res = await f.call('PUT', `${base}/articles/${article.id}`, 'approver', input({ title: article.title, categoryId: f.categoryA2, baseRevision: 1 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ categoryId: f.categoryA2, slug: article.slug });
    const old = await f.app.inject({ url: `/${slugOf(f.categoryA)}/${article.slug}`, headers: { host: 'camlo.localhost' } });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toContain(`/${slugOf(f.categoryA2)}/${article.slug}`);
  });

  it('deletes drafts only, audited', async () => {
    const draft = await f.article(f.siteA, 'contributor', 'draft');
    expect((await f.call('DELETE', `${base}/articles/${draft.id}`, 'contributor')).statusCode).toBe(204);
    expect((await f.call('GET', `${base}/articles/${draft.id}`, 'contributor')).statusCode).toBe(404);
    const audit = await listAudit(f.db, { action: 'article_deleted', objectId: String(draft.id), limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ actor_id: f.ids.contributor });
    const submitted = await f.article(f.siteA, 'contributor', 'submitted');
    expect((await f.call('DELETE', `${base}/articles/${submitted.id}`, 'site_admin')).statusCode).toBe(403);
  });

  it('never shows an article of another site, even to a system admin asking through the wrong site', async () => {
    const onB = await f.article(f.siteB, 'sysadmin', 'draft');
    expect((await f.call('GET', `${base}/articles/${onB.id}`, 'sysadmin')).statusCode).toBe(404);
    expect((await f.call('PUT', `${base}/articles/${onB.id}`, 'site_admin', input({ baseRevision: 1 }))).statusCode).toBe(404);
    expect((await f.call('GET', `${base}/articles/${onB.id}/revisions`, 'approver')).statusCode).toBe(404);
  });
});
