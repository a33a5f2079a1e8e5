/**
 * The system's sites through the editorial API, on SQLite and PostgreSQL, starting from
 * an empty system: a system administrator creates the root and a child, whose host then
 * serves its home page at once; the system's rules answer 409 (slug or hostname taken,
 * naming the holder) or 400 (bad hostname, a second root, an unknown parent, a cycle)
 * in Vietnamese; others get 401/403; every change is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminSite, CreatedSite } from '../../../contract/sites.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

const ROOT = { slug: 'quangtri', name: 'Cổng thông tin điện tử tỉnh Quảng Trị', shortName: 'Quảng Trị', kind: 'province', hostnames: ['quangtri.gov.vn'] };
const district = (slug: string, extra: object = {}) => ({ slug, name: `Cổng thông tin điện tử ${slug}`, kind: 'district', parent: 'quangtri', ...extra });

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

describe.each(TEST_DIALECTS)('creating and changing sites on %s', (dialect) => {
  let t: TestApp;
  let admin: Signed;
  let editor: Signed;
  beforeAll(async () => {
    t = await createTestApp(dialect, { seed: false });
    const db = t.database.db.kysely;
    await createTestUser(db, 'qths', [], { isSystemAdmin: true });
    admin = await signIn(t.app, 'qths');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers: admin.headers, payload: ROOT });
    expect(created.statusCode, created.body).toBe(201);
    const root = t.services.registry.bySlugOrUndefined('quangtri')?.id ?? 0;
    await createTestUser(db, 'qtcong', [{ siteId: root, role: 'site_admin' }]);
    editor = await signIn(t.app, 'qtcong');
  });
  afterAll(() => t.close());

  const post = (payload: object, headers: Record<string, string> = admin.headers) => t.app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers, payload });
  const put = (slug: string, payload: object, headers: Record<string, string> = admin.headers) => t.app.inject({ method: 'PUT', url: `/api/v1/admin/sites/${slug}`, headers, payload });
  const home = (host: string) => t.app.inject({ url: '/', headers: { host } });

  it('creates a site with its template, and its host serves its home page at once', async () => {
    const res = await post(district('camlo', { shortName: 'Cam Lộ', hostnames: ['CamLo.QuangTri.gov.vn'], contact: { phone: '0233 3871 234' }, responsibleAgency: 'UBND huyện Cam Lộ' }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<CreatedSite>();
    expect(body.site).toMatchObject({ slug: 'camlo', kind: 'district', parent: 'quangtri', hostnames: ['camlo.quangtri.gov.vn'], shortName: 'Cam Lộ', themeColor: '#0b4f8a' });
    expect(body.categories).toContain('Chỉ đạo điều hành');
    expect(res.headers['cache-control']).toBe('no-store');

    for (const host of ['camlo.quangtri.gov.vn', 'camlo.localhost', 'camlo.quangtri.gov.vn:8080']) {
      const page = await home(host);
      expect(page.statusCode, host).toBe(200);
      expect(page.body).toContain('Cổng thông tin điện tử camlo');
      expect(page.body).toContain('Chỉ đạo điều hành'); // the template's categories make the menu
    }
    const audit = await t.database.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'site_created').where('object_id', '=', String(body.site.id)).execute();
    expect(audit.map((a) => [a.actor_name, a.site_id])).toEqual([['qths', body.site.id]]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ slug: 'camlo', parent: 'quangtri', hostnames: ['camlo.quangtri.gov.vn'] });

    const list = await t.app.inject({ url: '/api/v1/admin/system/sites', headers: admin.headers });
    // The root first; other tests of this file may have added sites of their own.
    const listed = list.json<AdminSite[]>().map((s) => [s.slug, s.parent]);
    expect(listed[0]).toEqual(['quangtri', null]);
    expect(listed).toContainEqual(['camlo', 'quangtri']);
  });

  it('refuses a taken slug or hostname (409), a bad hostname, a second root, an unknown parent (400)', async () => {
    const dup = await post(district('quangtri'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json<Problem>().detail).toContain('Mã cổng "quangtri" đã được dùng');
    const host = await post(district('giolinh', { hostnames: ['giolinh.gov.vn', 'quangtri.gov.vn'] }));
    expect(host.statusCode).toBe(409);
    expect(host.json<Problem>().detail).toBe('Tên miền "quangtri.gov.vn" đã thuộc cổng "Cổng thông tin điện tử tỉnh Quảng Trị" (quangtri); mỗi tên miền chỉ dẫn tới một cổng.');
    for (const [hostname, message] of [
      ['https://giolinh.gov.vn', 'không kèm giao thức'],
      ['giolinh.gov.vn:443', 'không kèm giao thức'],
      ['gio linh', 'không hợp lệ'],
      ['-giolinh.gov.vn', 'không hợp lệ'],
      ['10.0.0.1', 'không hợp lệ'],
      ['giolinh', 'không hợp lệ'],
      ['giolinh.localhost', '{mã cổng}.localhost'],
    ] as const) {
      const bad = await post(district('giolinh', { hostnames: [hostname] }));
      expect(bad.statusCode, hostname).toBe(400);
      expect(bad.json<Problem>().errors?.[0], hostname).toEqual({ field: 'hostnames.0', message: expect.stringContaining(message) as string });
    }
    const tooMany = await post(district('giolinh', { hostnames: Array.from({ length: 11 }, (_, i) => `h${i}.giolinh.gov.vn`) }));
    expect(tooMany.statusCode).toBe(400);
    const root = await post({ ...district('giolinh'), parent: null });
    expect(root.statusCode).toBe(400);
    expect(root.json<Problem>().errors).toEqual([{ field: 'parent', message: expect.stringContaining('đã có cổng gốc "Cổng thông tin điện tử tỉnh Quảng Trị" (quangtri)') as string }]);
    const orphan = await post(district('giolinh', { parent: 'khong-co' }));
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json<Problem>().errors?.[0]?.field).toBe('parent');
    for (const slug of ['G', 'gio_linh', '-giolinh', 'x'.repeat(51)]) expect((await post(district(slug))).statusCode, slug).toBe(400);
    for (const junk of [null, [], 'x', { slug: 7 }, { ...district('giolinh'), kind: 'tinh' }, { ...district('giolinh'), themeColor: '#ffcc00' }, { ...district('giolinh'), hostnames: 'a.vn' }]) {
      expect((await post(junk as object)).statusCode, JSON.stringify(junk)).toBe(400);
    }
    expect(t.services.registry.bySlugOrUndefined('giolinh')).toBeUndefined();
  });

  it('is for system administrators only, with the CSRF token', async () => {
    const payload = district('haulang');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers: { host: 'localhost' }, payload })).statusCode).toBe(401);
    const refused = await post(payload, editor.headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().detail).toContain('Chỉ quản trị hệ thống');
    expect((await put('quangtri', { ...ROOT, parent: null }, editor.headers)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/system/sites', headers: editor.headers })).statusCode).toBe(403);
    const { 'x-csrf-token': _token, ...noCsrf } = admin.headers;
    expect((await post(payload, noCsrf)).statusCode).toBe(403);
    expect(t.services.registry.bySlugOrUndefined('haulang')).toBeUndefined();
  });

  it('changes a site: new hostnames answer at once, the old stop; cycles and unknown sites are refused', async () => {
    expect((await post(district('dakrong', { hostnames: ['dakrong.gov.vn'] }))).statusCode).toBe(201);
    const changed = await put('dakrong', { ...district('dakrong'), slug: undefined, name: 'Cổng TTĐT huyện Đakrông', hostnames: ['dakrong.quangtri.gov.vn'] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<AdminSite>()).toMatchObject({ slug: 'dakrong', name: 'Cổng TTĐT huyện Đakrông', hostnames: ['dakrong.quangtri.gov.vn'] });
    expect((await home('dakrong.quangtri.gov.vn')).body).toContain('Cổng TTĐT huyện Đakrông');
    expect((await home('dakrong.gov.vn')).statusCode).toBe(404);

    expect((await put('dakrong', { ...district('x'), slug: undefined, hostnames: ['quangtri.gov.vn'] })).statusCode).toBe(409);
    const cycle = await put('quangtri', { ...ROOT, slug: undefined, parent: 'dakrong' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json<Problem>().errors?.[0]).toMatchObject({ field: 'parent', message: expect.stringContaining('cấp dưới') as string });
    expect((await put('dakrong', { ...district('x'), slug: undefined, parent: 'dakrong' })).statusCode).toBe(400);
    expect((await put('khong-co', { ...district('x'), slug: undefined })).statusCode).toBe(404);
    // The root stays the root: keeping `parent: null` on it is no second root. (Its name stays:
    // the other tests of this file read it in their messages.)
    expect((await put('quangtri', { ...ROOT, slug: undefined, parent: null, shortName: 'Tỉnh Quảng Trị' })).statusCode).toBe(200);

    const audit = await t.database.db.kysely.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'site_updated').orderBy('id').execute();
    expect(audit.map((a) => JSON.parse(a.details) as unknown)).toEqual([
      { slug: 'dakrong', fields: ['name', 'shortName', 'hostnames'] }, // an empty short name is the name
      { slug: 'quangtri', fields: ['shortName'] },
    ]);
  });
});
