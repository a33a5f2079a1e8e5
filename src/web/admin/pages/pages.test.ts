/**
 * Static pages as real content, over HTTP on both databases: created and saved with
 * revisions (a stale save is 409, restoring is a new save), moved through the article
 * workflow with its permission table (a contributor neither publishes nor edits another's
 * page), shown at /trang/{slug} only while published, a renamed page's old address
 * answering 301, bad or reserved slugs refused with 400 and nothing changed, every write
 * audited, and a new site starting with its five standard pages as drafts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { AdminPage, PageSummary } from '../../../contract/pages.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { PageEvent } from '../../../editorial/events.js';
import { createSite } from '../../../sites/site-admin.service.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { reservedPathClash } from '../../../urls/reserved-paths.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

describe.each(TEST_DIALECTS)('static pages on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  const heard: PageEvent[] = [];

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/pages`;
    for (const type of ['published', 'changed', 'unpublished'] as const) f.t.services.events.onPage(type, (event) => void heard.push(event));
  });
  afterAll(() => f.t.close());

  const publicPage = (path: string) => f.app.inject({ url: path, headers: { host: 'camlo.localhost' } });
  const get = async (id: number, who: Person = 'site_admin') => (await f.call('GET', `${base}/${id}`, who)).json<AdminPage>();
  const save = (who: Person, p: AdminPage, changes: Record<string, unknown>) =>
    f.call('PUT', `${base}/${p.id}`, who, { title: p.title, description: p.description, bodyHtml: p.bodyHtml, baseRevision: p.revision, ...changes });
  const step = (who: Person, id: number, transition: string, note?: string) => f.call('POST', `${base}/${id}/transitions`, who, { transition, ...(note === undefined ? {} : { note }) });

  async function create(who: Person, body: Record<string, unknown>): Promise<AdminPage> {
    const res = await f.call('POST', base, who, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<AdminPage>();
  }

  it('lists the site’s pages, the demo’s introduction among them', async () => {
    const res = await f.call('GET', base, 'editor');
    expect(res.statusCode).toBe(200);
    const list = res.json<PageSummary[]>();
    expect(list.map((p) => p.slug)).toEqual(expect.arrayContaining(['gioi-thieu', 'lien-he']));
    expect(list.find((p) => p.slug === 'gioi-thieu')).toMatchObject({ title: 'Giới thiệu', path: '/trang/gioi-thieu', status: 'published', statusLabel: 'Đã đăng' });
    expect((await f.call('GET', base, 'norole')).statusCode).toBe(403);
    expect((await f.call('GET', base, undefined)).statusCode).toBe(401);
  });

  it('creates a page, saves it twice (revisions 1, 2, 3), refuses a stale save with 409, restores revision 1 as a new one', async () => {
    const created = await create('site_admin', { title: 'Quy chế hoạt động', description: 'Quy chế hoạt động của Ban biên tập.', bodyHtml: '<p>Bản đầu tiên.</p>' });
    expect(created).toMatchObject({ slug: 'quy-che-hoat-dong', status: 'draft', revision: 1, createdBy: f.ids.site_admin, canEdit: true, canDelete: true, canChangeSlug: true, publicUrl: null });

    const second = await save('site_admin', created, { bodyHtml: '<p>Bản thứ hai.</p><script>alert(1)</script>' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<AdminPage>()).toMatchObject({ revision: 2, bodyHtml: '<p>Bản thứ hai.</p>' });
    const third = await save('site_admin', second.json<AdminPage>(), { title: 'Quy chế hoạt động của Cổng' });
    expect(third.json<AdminPage>()).toMatchObject({ revision: 3, title: 'Quy chế hoạt động của Cổng' });

    // Saved from revision 2 after revision 3 was written: nothing is written.
    const stale = await save('editor', second.json<AdminPage>(), { bodyHtml: '<p>Sửa từ bản cũ.</p>' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<EditorialProblem>()).toMatchObject({ title: 'Trang đã thay đổi' });
    expect(stale.json<EditorialProblem>().detail).toContain('phiên bản 3');
    expect(await get(created.id)).toMatchObject({ revision: 3, bodyHtml: '<p>Bản thứ hai.</p>' });

    const revisions = (await f.call('GET', `${base}/${created.id}/revisions`, 'site_admin')).json<{ number: number; note: string | null; authorId: number | null }[]>();
    expect(revisions.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(revisions[2]).toMatchObject({ note: 'Tạo bản nháp', authorId: f.ids.site_admin });

    const restored = await f.call('POST', `${base}/${created.id}/revisions/1/restore`, 'site_admin', { baseRevision: 3 });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<AdminPage>()).toMatchObject({ revision: 4, title: 'Quy chế hoạt động', bodyHtml: '<p>Bản đầu tiên.</p>', slug: 'quy-che-hoat-dong' });
    expect((await f.call('POST', `${base}/${created.id}/revisions/1/restore`, 'site_admin', { baseRevision: 3 })).statusCode).toBe(409);
    expect((await f.call('POST', `${base}/${created.id}/revisions/99/restore`, 'site_admin', { baseRevision: 4 })).statusCode).toBe(404);

    const audit = await listAudit(f.db, { objectType: 'page', objectId: String(created.id), limit: 20, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['page_created', 'page_restored', 'page_saved', 'page_saved']);
    expect(audit.rows.every((r) => r.actor_id === f.ids.site_admin && r.site_id === f.siteA.id)).toBe(true);
  });

  it('edits the seeded introduction (its first save keeps what it was as revision 0) and the public page shows the text and description', async () => {
    const intro = (await f.call('GET', base, 'site_admin')).json<PageSummary[]>().find((p) => p.slug === 'gioi-thieu');
    if (intro === undefined) throw new Error('no introduction');
    const before = await get(intro.id);
    expect(before.revision).toBe(0);
    const res = await save('site_admin', before, { bodyHtml: '<p>Huyện Cam Lộ nằm ở trung tâm tỉnh Quảng Trị.</p>', description: 'Giới thiệu chung về huyện Cam Lộ.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminPage>().revision).toBe(1);
    const numbers = (await f.call('GET', `${base}/${intro.id}/revisions`, 'site_admin')).json<{ number: number }[]>().map((r) => r.number);
    expect(numbers).toEqual([1, 0]);
    const page = await publicPage('/trang/gioi-thieu');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Huyện Cam Lộ nằm ở trung tâm tỉnh Quảng Trị.');
    expect(page.body).toContain('<meta name="description" content="Giới thiệu chung về huyện Cam Lộ."');
    expect(heard.some((e) => e.type === 'changed' && e.pageId === intro.id)).toBe(true);
  });

  it('takes a page through submit → approve → publish to /trang/{slug}; unpublish hides it (404)', async () => {
    const page = await create('editor', { title: 'Lịch tiếp công dân', bodyHtml: '<p>Thứ Năm hằng tuần.</p>' });
    expect((await publicPage('/trang/lich-tiep-cong-dan')).statusCode).toBe(404);
    expect((await step('editor', page.id, 'submit')).statusCode).toBe(200);
    expect((await step('editor', page.id, 'approve')).statusCode).toBe(403);
    expect((await step('approver', page.id, 'approve')).json<AdminPage>().status).toBe('approved');
    expect((await publicPage('/trang/lich-tiep-cong-dan')).statusCode).toBe(404);
    const published = await step('approver', page.id, 'publish');
    expect(published.json<AdminPage>()).toMatchObject({ status: 'published', publicUrl: 'http://camlo.localhost/trang/lich-tiep-cong-dan' });
    const shown = await publicPage('/trang/lich-tiep-cong-dan');
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Thứ Năm hằng tuần.');

    // Pages have no schedule and no withdrawal.
    expect((await step('approver', page.id, 'withdraw', 'Thu hồi.')).statusCode).toBe(400);
    expect((await step('approver', page.id, 'unpublish')).json<AdminPage>().status).toBe('unpublished');
    expect((await publicPage('/trang/lich-tiep-cong-dan')).statusCode).toBe(404);
    expect(heard.filter((e) => e.pageId === page.id).map((e) => e.type)).toEqual(['published', 'unpublished']);

    const audit = await listAudit(f.db, { objectType: 'page', objectId: String(page.id), limit: 20, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['page_created', 'workflow_approve', 'workflow_publish', 'workflow_submit', 'workflow_unpublish']);
  });

  it('does not let a contributor publish, nor edit or read another’s page', async () => {
    const own = await create('contributor', { title: 'Trang của cộng tác viên' });
    expect(own).toMatchObject({ canChangeSlug: false, allowedTransitions: [expect.objectContaining({ transition: 'submit' })] });
    expect((await step('contributor', own.id, 'submit')).statusCode).toBe(200);
    expect((await step('approver', own.id, 'approve')).statusCode).toBe(200);
    const refused = await step('contributor', own.id, 'publish');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<EditorialProblem>().detail).toContain('trang');
    expect((await get(own.id)).status).toBe('approved');

    const intro = (await f.call('GET', base, 'site_admin')).json<PageSummary[]>().find((p) => p.slug === 'lien-he');
    if (intro === undefined) throw new Error('no contact page');
    const contact = await get(intro.id);
    expect((await save('contributor', contact, { bodyHtml: '<p>Sửa trộm.</p>' })).statusCode).toBe(403);
    expect((await f.call('GET', `${base}/${intro.id}`, 'contributor')).statusCode).toBe(403);
    expect((await get(intro.id)).revision).toBe(contact.revision);
    // Nor choose an address, even for their own page.
    expect((await f.call('POST', base, 'contributor', { title: 'Tự đặt địa chỉ', slug: 'tu-dat' })).statusCode).toBe(403);
  });

  it('answers 301 from a renamed page’s old address to the new one', async () => {
    const page = await create('approver', { title: 'Sơ đồ cơ quan', bodyHtml: '<p>Sơ đồ.</p>' });
    for (const t of ['submit', 'approve', 'publish']) expect((await step('approver', page.id, t)).statusCode).toBe(200);
    // A published page is changed by an approver (EDITABLE_STATES), as an article is.
    expect((await save('editor', await get(page.id), { slug: 'so-do-to-chuc' })).statusCode).toBe(403);
    const renamed = await save('approver', await get(page.id), { slug: 'so-do-to-chuc' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<AdminPage>()).toMatchObject({ slug: 'so-do-to-chuc', revision: 2 });
    const old = await publicPage('/trang/so-do-co-quan');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/trang/so-do-to-chuc');
    expect((await publicPage('/trang/so-do-to-chuc')).statusCode).toBe(200);
    const audit = await listAudit(f.db, { action: 'page_saved', objectId: String(page.id), limit: 5, offset: 0 });
    expect(JSON.parse(String(audit.rows[0]?.details))).toMatchObject({ changed: ['slug'], slug: { from: 'so-do-co-quan', to: 'so-do-to-chuc' } });
    // Another page's address is taken: 409 naming it.
    const other = await create('approver', { title: 'Trang khác' });
    const taken = await save('approver', other, { slug: 'so-do-to-chuc' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<EditorialProblem>().detail).toContain('Sơ đồ cơ quan');
  });

  it('refuses a reserved or malformed slug with 400 and a Vietnamese message, changing nothing', async () => {
    const page = await create('editor', { title: 'Trang thử địa chỉ' });
    for (const bad of ['tag', 'admin', 'tim-kiem', 'Có Dấu', 'hai--gach', '', '../admin', 42]) {
      const res = await save('editor', page, { slug: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      const errors = res.json<EditorialProblem>().errors ?? [];
      expect(errors.map((e) => e.field)).toContain('slug');
      // A reserved slug is told the service it clashes with; a malformed one the shape of an address.
      const reservedClash = typeof bad === 'string' ? reservedPathClash(bad) : undefined;
      expect(errors.find((e) => e.field === 'slug')?.message).toMatch(reservedClash ?? /Địa chỉ/);
    }
    const reserved = await save('editor', page, { slug: 'tag' });
    expect(reserved.json<EditorialProblem>().errors?.[0]?.message).toBe('Đường dẫn "tag" trùng với đường dẫn dịch vụ của cổng (Thẻ tin bài); hãy chọn đường dẫn khác.');
    expect((await f.call('POST', base, 'editor', { title: 'Tạo với địa chỉ dành riêng', slug: 'api' })).statusCode).toBe(400);
    expect(await get(page.id)).toMatchObject({ slug: 'trang-thu-dia-chi', revision: 1 });
    // A title that folds to a reserved word still gets a free address.
    expect((await create('editor', { title: 'Tag' })).slug).toBe('tag-2');
  });

  it('deletes a draft only (by its creator or a site admin)', async () => {
    const draft = await create('writer', { title: 'Bản nháp sẽ xóa' });
    expect((await f.call('DELETE', `${base}/${draft.id}`, 'contributor')).statusCode).toBe(403);
    expect((await f.call('DELETE', `${base}/${draft.id}`, 'writer')).statusCode).toBe(204);
    expect((await f.call('GET', `${base}/${draft.id}`, 'site_admin')).statusCode).toBe(404);
    const audit = await listAudit(f.db, { action: 'page_deleted', objectId: String(draft.id), limit: 5, offset: 0 });
    expect(audit.rows).toHaveLength(1);
    // A page of another site is not found here.
    const elsewhere = await f.db.selectFrom('pages').select('id').where('site_id', '=', f.siteB.id).executeTakeFirstOrThrow();
    expect((await f.call('GET', `${base}/${elsewhere.id}`, 'site_admin')).statusCode).toBe(404);
  });

  it('gives a new site its five standard pages and three English pages as drafts, none of them public', async () => {
    const { site } = await createSite(
      f.db,
      { slug: `xamoi${dialect}`, name: 'Cổng thông tin điện tử xã Mới', shortName: '', kind: 'commune', parent: 'camlo', hostnames: [], contact: { address: 'Thôn 1, xã Mới', email: '', phone: '0233 123 456', footer: '' }, responsibleAgency: null, responsiblePerson: null, themeColor: '#0b4f8a' },
      { actorId: f.ids.sysadmin, actorName: 'qtht', ip: null, isSystemAdmin: true },
    );
    const pages = await f.db.selectFrom('pages').select(['slug', 'status', 'revision', 'body_html', 'published_at', 'language']).where('site_id', '=', site.id).orderBy('menu_order').execute();
    expect(pages.filter((p) => p.language === 'vi').map((p) => p.slug)).toEqual(['gioi-thieu', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'lanh-dao', 'lien-he']);
    expect(pages.filter((p) => p.language === 'en').map((p) => p.slug)).toEqual(['introduction', 'organisation', 'contact']);
    expect(pages.every((p) => p.status === 'draft' && p.revision === 1 && p.published_at === null)).toBe(true);
    const contact = pages.find((p) => p.slug === 'lien-he');
    expect(contact?.body_html).toContain('Thôn 1, xã Mới');
    expect(contact?.body_html).toContain('0233 123 456');
    expect(contact?.body_html).not.toContain('Email');
    // The site's creation is the pages' audit entry, listing them as it lists the template's categories.
    const audit = await listAudit(f.db, { siteId: site.id, action: 'site_created', limit: 10, offset: 0 });
    expect(JSON.parse(String(audit.rows[0]?.details))).toMatchObject({ pages: ['gioi-thieu', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'lanh-dao', 'lien-he', 'introduction', 'organisation', 'contact'] });
    const publicCount = await f.db.selectFrom('search_documents').select('id').where('site_id', '=', site.id).where('status', '=', 'published').execute();
    expect(publicCount).toEqual([]);
  });
});
