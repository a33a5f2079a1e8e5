/**
 * Consultations in the editorial API on both databases: created with cleaned HTML and
 * checked dates and files, saved against a base revision (a stale save is 409 and writes
 * nothing), moved through the workflow, deleted while a draft; comments listed by state
 * and decided once; every write audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { AdminComment, AdminConsultation, ConsultationSummary } from '../../../contract/consultations.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { insertComment } from '../../../consultations/consultations.repo.js';
import { insertMedia } from '../../../media/library.repo.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';
import { dayFromToday, draftConsultation, publishedConsultation } from './test-helpers.js';

describe.each(TEST_DIALECTS)('consultations in the editorial API on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/consultations`;
  });
  afterAll(() => f.t.close());

  const body = (c: AdminConsultation, changes: Record<string, unknown> = {}) => ({
    title: c.title, summary: c.summary, bodyHtml: c.bodyHtml, draftingBody: c.draftingBody, opensOn: c.opensOn, closesOn: c.closesOn, attachmentIds: c.attachmentIds, baseRevision: c.revision, ...changes,
  });

  it('creates a draft with cleaned HTML and a slug from the title, saves it, refuses a stale save with 409', async () => {
    const res = await f.call('POST', base, 'contributor', {
      title: 'Dự thảo Quy chế phối hợp quản lý đê điều', bodyHtml: '<p onclick="x()">Điều 1.</p><script>alert(1)</script>', opensOn: dayFromToday(0), closesOn: dayFromToday(30),
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<AdminConsultation>();
    expect(created).toMatchObject({ slug: 'du-thao-quy-che-phoi-hop-quan-ly-de-dieu', status: 'draft', revision: 1, bodyHtml: '<p>Điều 1.</p>', phase: 'open', canModerate: false, path: '/lay-y-kien/du-thao-quy-che-phoi-hop-quan-ly-de-dieu' });

    const saved = await f.call('PUT', `${base}/${created.id}`, 'contributor', body(created, { draftingBody: 'Sở Nông nghiệp và Môi trường' }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AdminConsultation>()).toMatchObject({ revision: 2, draftingBody: 'Sở Nông nghiệp và Môi trường' });
    const stale = await f.call('PUT', `${base}/${created.id}`, 'contributor', body(created, { title: 'Sửa từ bản cũ' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json<EditorialProblem>().title).toBe('Dự thảo đã thay đổi');
    expect((await f.call('GET', `${base}/${created.id}`, 'contributor')).json<AdminConsultation>()).toMatchObject({ revision: 2, title: 'Dự thảo Quy chế phối hợp quản lý đê điều' });

    const audit = await listAudit(f.db, { objectType: 'consultation', objectId: String(created.id), limit: 10, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['consultation_created', 'consultation_saved']);
  });

  it('refuses a close day before the open day, a day that does not exist, files of another site, and writes nothing', async () => {
    const before = (await f.call('GET', base, 'site_admin')).json<ConsultationSummary[]>().length;
    const bad = [
      { title: 'Ngày ngược', bodyHtml: '<p>x</p>', opensOn: dayFromToday(5), closesOn: dayFromToday(1) },
      { title: 'Ngày không có', bodyHtml: '<p>x</p>', opensOn: '2026-02-30', closesOn: '2026-03-10' },
      { title: 'Ngày sai dạng', bodyHtml: '<p>x</p>', opensOn: '06/12/2026', closesOn: '2026-12-20' },
      { title: '', bodyHtml: '<p>x</p>', opensOn: dayFromToday(0), closesOn: dayFromToday(1) },
      { title: 'x'.repeat(100_000), bodyHtml: '<p>x</p>', opensOn: dayFromToday(0), closesOn: dayFromToday(1) },
      { title: 'Tệp lạ', bodyHtml: '<p>x</p>', opensOn: dayFromToday(0), closesOn: dayFromToday(1), attachmentIds: [2_000_000] },
    ];
    for (const b of bad) {
      const res = await f.call('POST', base, 'site_admin', b);
      expect(res.statusCode, JSON.stringify(b).slice(0, 80)).toBe(400);
    }
    const reversed = await f.call('POST', base, 'site_admin', bad[0]);
    expect(reversed.json<EditorialProblem>().detail).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect((await f.call('GET', base, 'site_admin')).json<ConsultationSummary[]>()).toHaveLength(before);
  });

  it('moves a draft through the workflow by role, and deletes only drafts', async () => {
    const c = await draftConsultation(f, { by: 'contributor' });
    const step = (who: Parameters<EditorialFixture['call']>[2], transition: string, note?: string) =>
      f.call('POST', `${base}/${c.id}/transitions`, who, { transition, ...(note === undefined ? {} : { note }) });
    expect((await step('contributor', 'submit')).statusCode).toBe(200);
    expect((await step('editor', 'approve')).statusCode).toBe(403);
    expect((await step('editor', 'return')).statusCode).toBe(400); // a return needs its note
    expect((await step('editor', 'return', 'Bổ sung cơ quan soạn thảo.')).json<AdminConsultation>()).toMatchObject({ status: 'returned', returnNote: 'Bổ sung cơ quan soạn thảo.' });
    expect((await step('contributor', 'submit')).statusCode).toBe(200);
    expect((await step('approver', 'approve')).statusCode).toBe(200);
    const published = await step('approver', 'publish');
    expect(published.json<AdminConsultation>()).toMatchObject({ status: 'published', publicUrl: expect.stringContaining(`/lay-y-kien/${c.slug}`) as string });
    expect((await step('approver', 'publish')).statusCode).toBe(409);
    expect((await f.call('DELETE', `${base}/${c.id}`, 'site_admin')).statusCode).toBe(403);
    const draft = await draftConsultation(f);
    expect((await f.call('DELETE', `${base}/${draft.id}`, 'site_admin')).statusCode).toBe(204);
    expect((await f.call('GET', `${base}/${draft.id}`, 'site_admin')).statusCode).toBe(404);
  });

  it('lists comments by state for moderators only, decides each once, and audits each decision', async () => {
    const c = await publishedConsultation(f);
    const received = new Date().toISOString();
    const add = (name: string) => insertComment(f.db, { consultation_id: c.id, name, organisation: null, email: `${name}@example.vn`, phone: null, address: null, body: 'Góp ý.', received_at: received });
    const [a, b] = [await add('nguoi-a'), await add('nguoi-b')];
    const list = (who: Parameters<EditorialFixture['call']>[2], state = '') => f.call('GET', `${base}/${c.id}/comments${state === '' ? '' : `?state=${state}`}`, who);
    expect((await list('contributor')).statusCode).toBe(403);
    expect((await list('editor', 'bogus')).statusCode).toBe(400);
    expect((await list('editor', 'pending')).json<AdminComment[]>().map((x) => x.id)).toEqual([a.id, b.id]);
    const decide = (id: number, decision: string, who: Parameters<EditorialFixture['call']>[2] = 'editor') => f.call('POST', `${base}/${c.id}/comments/${id}/moderation`, who, { decision });
    expect((await decide(a.id, 'approve', 'contributor')).statusCode).toBe(403);
    expect((await decide(a.id, 'approve')).statusCode).toBe(200);
    expect((await decide(b.id, 'reject')).json<AdminComment>()).toMatchObject({ state: 'rejected', stateLabel: 'Không duyệt', moderatedBy: f.ids.editor });
    expect((await decide(a.id, 'reject')).statusCode).toBe(409);
    expect((await decide(a.id, 'maybe')).statusCode).toBe(400);
    expect((await decide(999_999, 'approve')).statusCode).toBe(404);
    expect((await list('editor', 'approved')).json<AdminComment[]>().map((x) => x.id)).toEqual([a.id]);
    expect((await list('editor', 'rejected')).json<AdminComment[]>().map((x) => x.id)).toEqual([b.id]);
    expect((await f.call('GET', `${base}/${c.id}`, 'editor')).json<AdminConsultation>().commentCounts).toEqual({ pending: 0, approved: 1, rejected: 1 });
    const audit = await listAudit(f.db, { objectType: 'consultation', objectId: String(c.id), limit: 20, offset: 0 });
    expect(audit.rows.filter((r) => r.action.startsWith('consultation_comment_')).map((r) => r.action).sort()).toEqual(['consultation_comment_approved', 'consultation_comment_rejected']);
  });

  it('attaches documents of the site\'s library in order, refuses an image or another site\'s file, and shows them in public', async () => {
    const doc = (siteId: number, name: string, kind: 'document' | 'image' = 'document') =>
      insertMedia(f.db, { site_id: siteId, kind, storage_key: `${kind}/2026/12/${name}`, original_name: name, mime_type: kind === 'image' ? 'image/png' : 'application/pdf', byte_size: 1234, width: null, height: null, alt_text: null, caption: null, uploaded_by: null });
    const [pdf, docx, image, foreign] = [await doc(f.siteA.id, 'du-thao-quy-che.pdf'), await doc(f.siteA.id, 'bang-so-sanh.docx'), await doc(f.siteA.id, 'anh.png', 'image'), await doc(f.siteB.id, 'cua-cong-khac.pdf')];
    const c = await publishedConsultation(f);
    const save = (ids: number[], rev: number) => f.call('PUT', `${base}/${c.id}`, 'site_admin', body(c, { attachmentIds: ids, baseRevision: rev }));
    expect((await save([image.id], c.revision)).statusCode).toBe(400);
    expect((await save([foreign.id], c.revision)).statusCode).toBe(400);
    const saved = await save([docx.id, pdf.id], c.revision);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AdminConsultation>().attachmentIds).toEqual([docx.id, pdf.id]);
    const page = await f.app.inject({ url: c.path, headers: { host: 'camlo.localhost' } });
    expect(page.body).toContain('Tệp dự thảo');
    expect(page.body.indexOf('bang-so-sanh.docx')).toBeLessThan(page.body.indexOf('du-thao-quy-che.pdf'));
    expect(page.body).toContain('href="/media/document/2026/12/du-thao-quy-che.pdf"');
    const api = await f.app.inject({ url: `/api/v1/sites/${f.siteA.slug}/consultations/${c.slug}`, headers: { host: 'localhost' } });
    expect(api.json<{ files: { name: string }[] }>().files.map((x) => x.name)).toEqual(['bang-so-sanh.docx', 'du-thao-quy-che.pdf']);
  });

  it('answers 404 for a consultation of another site', async () => {
    const other = await draftConsultation(f, { site: f.siteB, by: 'sysadmin' });
    expect((await f.call('GET', `${base}/${other.id}`, 'site_admin')).statusCode).toBe(404);
  });
});
