/**
 * Legal documents over HTTP on both databases: created in the editorial API, saved
 * against a base revision (409 when stale), published through the workflow, shown at
 * /van-ban/{slug} with their relations both ways, listed at /van-ban under each filter,
 * found first by every spelling of their number, in the feed and the JSON API; drafts
 * never public; hostile filters and bodies refused with 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { AdminDocument } from '../../../contract/documents.js';
import type { DocumentEvent } from '../../../editorial/events.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

let unique = 0;

describe.each(TEST_DIALECTS)('legal documents on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  const heard: DocumentEvent[] = [];

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/documents`;
    f.t.services.events.onDocument('published', (e) => void heard.push(e));
  });
  afterAll(() => f.t.close());

  const publicGet = (url: string, host = 'camlo.localhost') => f.app.inject({ url, headers: { host } });

  /** A document unique to this case: its number carries a fresh serial. */
  function body(overrides: Record<string, unknown> = {}) {
    unique += 1;
    return {
      number: `${700 + unique}/2023/QĐ-UBND`, type: 'quyet-dinh', issuer: 'UBND huyện Cam Lộ', signer: 'Người ký thử',
      issuedOn: '2023-05-04', effectiveOn: '2023-05-15', field: 'tai-chinh', summary: `Về việc phân bổ kinh phí thử nghiệm đợt ${unique}`,
      bodyHtml: '<p>Toàn văn.</p><script>alert(1)</script>', validity: 'in_force', ...overrides,
    };
  }

  async function create(overrides: Record<string, unknown> = {}): Promise<AdminDocument> {
    const res = await f.call('POST', base, 'editor', body(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<AdminDocument>();
  }

  async function publish(id: number): Promise<AdminDocument> {
    for (const [who, t] of [['editor', 'submit'], ['approver', 'approve'], ['approver', 'publish']] as const) {
      const res = await f.call('POST', `${base}/${id}/transitions`, who, { transition: t });
      expect(res.statusCode, res.body).toBe(200);
    }
    return (await f.call('GET', `${base}/${id}`, 'approver')).json<AdminDocument>();
  }

  it('creates, saves (stale save 409), publishes and shows a document with its relations both ways', async () => {
    const old = await publish((await create({ validity: 'replaced' })).id);
    const doc = await create({ links: [{ targetId: old.id, relation: 'replaces' }] });
    expect(doc).toMatchObject({ status: 'draft', revision: 1, bodyHtml: '<p>Toàn văn.</p>', publicUrl: null });
    expect(doc.slug).toMatch(/^quyet-dinh-\d+-2023-qd-ubnd$/);
    expect((await publicGet(`/van-ban/${doc.slug}`)).statusCode).toBe(404);

    const saved = await f.call('PUT', `${base}/${doc.id}`, 'editor', { ...body(), number: doc.number, summary: 'Trích yếu đã sửa', links: [{ targetId: old.id, relation: 'replaces' }], baseRevision: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AdminDocument>()).toMatchObject({ revision: 2, summary: 'Trích yếu đã sửa' });
    const stale = await f.call('PUT', `${base}/${doc.id}`, 'editor', { ...body(), number: doc.number, baseRevision: 1 });
    expect(stale.statusCode).toBe(409);

    const published = await publish(doc.id);
    expect(published.status).toBe('published');
    expect(published.publicUrl).toContain(`/van-ban/${doc.slug}`);
    expect(heard.some((e) => e.documentId === doc.id && e.type === 'published')).toBe(true);

    const page = await publicGet(`/van-ban/${doc.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Trích yếu đã sửa');
    expect(page.body).toContain('Thay thế văn bản');
    expect(page.body).toContain('Còn hiệu lực');
    const back = await publicGet(`/van-ban/${old.slug}`);
    expect(back.body).toContain('Bị thay thế bởi');
    expect(back.body).toContain(doc.number);

    const audit = await listAudit(f.db, { objectType: 'document', objectId: String(doc.id), limit: 20, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['document_created', 'document_saved', 'workflow_approve', 'workflow_publish', 'workflow_submit']);
  });

  it('lists under each filter and finds a number by every spelling, first', async () => {
    unique += 1;
    const serial = unique;
    const doc = await publish((await create({ number: `${90 + (serial % 9)}/2021/NĐ-CP`, type: 'nghi-dinh', issuer: `Sở Thử Nghiệm ${serial}`, field: 'y-te', issuedOn: '2021-03-02', validity: 'amended', summary: `Quy định thí điểm bệnh viện vệ tinh số ${serial}` })).id);
    const n = doc.number.split('/')[0] ?? '';
    const filters = [`loai=nghi-dinh`, `co-quan=so-thu-nghiem-${serial}`, 'linh-vuc=y-te', 'nam=2021', 'hieu-luc=duoc-sua-doi', `q=${encodeURIComponent('benh vien ve tinh')}`];
    for (const filter of filters) {
      const res = await publicGet(`/van-ban?${filter}`);
      expect(res.statusCode, filter).toBe(200);
      expect(res.body, filter).toContain(`/van-ban/${doc.slug}`);
    }
    expect((await publicGet('/van-ban?nam=2019')).body).not.toContain(`/van-ban/${doc.slug}`);
    for (const q of [`${n}/2021/NĐ-CP`, `${n}/2021/ND-CP`, `${n}/2021`, `nd ${n}`, `NĐ${n}`]) {
      const res = await publicGet(`/van-ban?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      const first = /class="doc-list__number"><a href="([^"]+)"/.exec(res.body)?.[1];
      expect(first, q).toBe(`/van-ban/${doc.slug}`);
      const api = (await publicGet(`/api/v1/sites/camlo/documents?q=${encodeURIComponent(q)}`)).json<{ items: { id: number }[] }>();
      expect(api.items[0]?.id, q).toBe(doc.id);
    }
  });

  it('keeps drafts out of every public surface and answers the feed and the API', async () => {
    const draft = await create({ summary: 'Bản nháp bí mật chưa đăng' });
    const shown = await publish((await create({ summary: 'Văn bản đã đăng cho bảng tin' })).id);
    const list = await publicGet('/van-ban?q=bi+mat+chua+dang');
    expect(list.body).not.toContain('Bản nháp bí mật');
    expect((await publicGet(`/van-ban/${draft.slug}`)).statusCode).toBe(404);
    const rss = await publicGet('/van-ban/rss.xml');
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain(`/van-ban/${shown.slug}`);
    expect(rss.body).not.toContain(draft.slug);
    expect((await publicGet(`/api/v1/sites/camlo/documents/${draft.id}`)).statusCode).toBe(404);
    expect((await publicGet(`/api/v1/sites/camlo/documents/${draft.slug}`)).statusCode).toBe(404);
    const one = await publicGet(`/api/v1/sites/camlo/documents/${shown.slug}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: shown.id, number: shown.number, validityLabel: 'Còn hiệu lực' });
    expect((await publicGet(`/api/v1/sites/camlo/documents/${shown.id}`)).json()).toMatchObject({ slug: shown.slug });
    // Another site's document is not this site's.
    expect((await publicGet(`/api/v1/sites/dongha/documents/${shown.id}`)).statusCode).toBe(404);
  });

  it('has the demo’s national documents on the province, 42/2022 replacing 43/2011', async () => {
    const res = await publicGet('/van-ban?q=42%2F2022', 'quangtri.localhost');
    expect(/class="doc-list__number"><a href="([^"]+)"/.exec(res.body)?.[1]).toBe('/van-ban/nghi-dinh-42-2022-nd-cp');
    const page = await publicGet('/van-ban/nghi-dinh-42-2022-nd-cp', 'quangtri.localhost');
    expect(page.body).toContain('Vũ Đức Đam');
    expect(page.body).toContain('43/2011/NĐ-CP');
    const old = await publicGet('/van-ban/nghi-dinh-43-2011-nd-cp', 'quangtri.localhost');
    expect(old.body).toContain('Bị thay thế bởi');
  });

  it('refuses hostile filters and bodies with 400, writing nothing', async () => {
    for (const q of ['nam=abcd', 'nam=99999', 'trang=99999999', 'loai=khong-co', 'linh-vuc=x', 'hieu-luc=mai-mai', 'co-quan=%3Cscript%3E', 'loai=luat&loai=nghi-dinh', `q=${'a'.repeat(900)}`]) {
      const res = await publicGet(`/van-ban?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.body, q).toContain('Yêu cầu không hợp lệ');
    }
    expect((await publicGet('/api/v1/sites/camlo/documents?year=20x2')).statusCode).toBe(400);
    expect((await publicGet('/api/v1/sites/camlo/documents?page=5000')).statusCode).toBe(400);
    const before = await f.db.selectFrom('legal_documents').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    for (const bad of [body({ issuedOn: '2023-02-30' }), body({ number: 'x'.repeat(100_000) }), body({ type: 'sac-lenh' }), body({ effectiveOn: '2020-01-01' }), body({ summary: '' }), body({ links: [{ targetId: 2_000_000_000, relation: 'replaces' }] }), body({ attachmentIds: [2_000_000_000] })]) {
      const res = await f.call('POST', base, 'editor', bad);
      expect(res.statusCode, JSON.stringify(bad).slice(0, 120)).toBe(400);
    }
    const after = await f.db.selectFrom('legal_documents').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
