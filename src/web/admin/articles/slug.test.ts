/**
 * Editable slugs over HTTP: an editor or approver changes an article's slug, every old
 * public URL answers 301 to the current one (after two renames too), a slug another
 * article has is 409 naming it, a malformed one 400, a contributor 403, and the
 * revision and the audit record the change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';

interface Article {
  id: number;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  revision: number;
  categoryId: number;
  publicUrl: string | null;
  canChangeSlug: boolean;
}

describe.each(TEST_DIALECTS)('changing slugs on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let categorySlug: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
    categorySlug = (await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow()).slug;
  });
  afterAll(() => f.t.close());

  const page = (path: string) => f.app.inject({ url: path, headers: { host: 'camlo.localhost' } });
  const pathOf = (slug: string) => `/${categorySlug}/${slug}`;

  async function current(id: number): Promise<Article> {
    return (await f.call('GET', `${base}/articles/${id}`, 'approver')).json<Article>();
  }

  async function rename(by: 'editor' | 'approver' | 'contributor', a: Article, slug: unknown) {
    return f.call('PUT', `${base}/articles/${a.id}`, by, { title: a.title, lead: a.lead, bodyHtml: a.bodyHtml, categoryId: a.categoryId, baseRevision: a.revision, slug });
  }

  it('keeps every old URL of a published article answering 301 to the newest, after two renames', async () => {
    const row = await f.article(f.siteA, 'editor', 'published', 'Bài đã đăng sẽ đổi đường dẫn');
    const oldPath = pathOf(row.slug);
    expect((await page(oldPath)).statusCode).toBe(200);

    const first = await rename('approver', await current(row.id), 'duong-dan-moi-lan-mot');
    expect(first.statusCode).toBe(200);
    expect(first.json<Article>()).toMatchObject({ slug: 'duong-dan-moi-lan-mot', publicUrl: `http://camlo.localhost${pathOf('duong-dan-moi-lan-mot')}` });
    const moved = await page(oldPath);
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toContain(pathOf('duong-dan-moi-lan-mot'));

    const second = await rename('approver', first.json<Article>(), 'duong-dan-moi-lan-hai');
    expect(second.statusCode).toBe(200);
    for (const old of [oldPath, pathOf('duong-dan-moi-lan-mot')]) {
      const res = await page(old);
      expect(res.statusCode, old).toBe(301);
      expect(res.headers.location, old).toContain(pathOf('duong-dan-moi-lan-hai'));
    }
    expect((await page(pathOf('duong-dan-moi-lan-hai'))).statusCode).toBe(200);

    // The revision's note and the audit entry name the change.
    const revisions = (await f.call('GET', `${base}/articles/${row.id}/revisions`, 'approver')).json<{ number: number; note: string | null }[]>();
    expect(revisions[0]?.note).toBe('Đổi đường dẫn: duong-dan-moi-lan-mot → duong-dan-moi-lan-hai');
    const audit = await listAudit(f.db, { action: 'article_saved', objectId: String(row.id), limit: 5, offset: 0 });
    const details = audit.rows.map((r) => JSON.parse(String(r.details)) as { changed: string[]; slug?: { from: string; to: string } });
    expect(details).toEqual([
      { revision: 3, changed: ['slug'], slug: { from: 'duong-dan-moi-lan-mot', to: 'duong-dan-moi-lan-hai' } },
      { revision: 2, changed: ['slug'], slug: { from: row.slug, to: 'duong-dan-moi-lan-mot' } },
    ]);
    expect(audit.rows[0]).toMatchObject({ actor_id: f.ids.approver });
  });

  it('lets an editor rename a draft (no redirect: it never had a reader) and choose the slug on creation', async () => {
    const draft = (await f.call('POST', `${base}/articles`, 'editor', { title: 'Bản nháp đổi đường dẫn', categoryId: f.categoryA, slug: 'ban-nhap-chon-san' })).json<Article>();
    expect(draft).toMatchObject({ slug: 'ban-nhap-chon-san', canChangeSlug: true });
    const renamed = await rename('editor', draft, 'ban-nhap-ten-khac');
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Article>().slug).toBe('ban-nhap-ten-khac');
    const redirects = await f.db.selectFrom('redirects').select('from_path').where('article_id', '=', draft.id).execute();
    expect(redirects).toEqual([]);
    // Sending the current slug back is no change.
    expect((await rename('editor', renamed.json<Article>(), 'ban-nhap-ten-khac')).statusCode).toBe(200);
  });

  it('refuses a slug another article of the site has with 409 naming it, and changes nothing', async () => {
    const taken = await f.article(f.siteA, 'editor', 'draft', 'Bài đang giữ đường dẫn');
    const mine = await f.article(f.siteA, 'editor', 'draft', 'Bài muốn lấy đường dẫn');
    const res = await rename('editor', await current(mine.id), taken.slug);
    expect(res.statusCode).toBe(409);
    const body = res.json<EditorialProblem>();
    expect(body.detail).toContain(taken.slug);
    expect(body.detail).toContain('Bài đang giữ đường dẫn');
    expect((await current(mine.id))).toMatchObject({ slug: mine.slug, revision: 1 });
    // A slug of another site is free here.
    const other = await f.article(f.siteB, 'editor', 'draft', 'Bài của cổng khác');
    expect((await rename('editor', await current(mine.id), other.slug)).statusCode).toBe(200);
  });

  it('refuses a malformed slug with 400 naming the field', async () => {
    const a = await current((await f.article(f.siteA, 'editor', 'draft', 'Bài thử đường dẫn sai')).id);
    for (const bad of ['Tên Có Dấu', 'hai--gach', '-dau-gach', 'cuoi-', 'co khoang', 'a'.repeat(121), '', 42, '../admin']) {
      const res = await rename('editor', a, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      const errors = res.json<EditorialProblem>().errors ?? [];
      expect(errors.map((e) => e.field)).toContain('slug');
    }
    expect((await current(a.id)).revision).toBe(1);
  });

  it('does not let a contributor change a slug, even of their own draft', async () => {
    const own = (await f.call('POST', `${base}/articles`, 'contributor', { title: 'Bài của cộng tác viên', categoryId: f.categoryA })).json<Article>();
    expect(own.canChangeSlug).toBe(false);
    const res = await rename('contributor', own, 'cong-tac-vien-tu-dat');
    expect(res.statusCode).toBe(403);
    expect((await f.call('POST', `${base}/articles`, 'contributor', { title: 'Bài khác', categoryId: f.categoryA, slug: 'tu-dat' })).statusCode).toBe(403);
    // The same slug sent back is no change.
    expect((await rename('contributor', own, own.slug)).statusCode).toBe(200);
  });
});
