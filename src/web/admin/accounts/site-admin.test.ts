/**
 * A site administrator's screens: staff (who may grant what, on which site), settings
 * (validated, visible on the public pages at once) and the site's audit log (filters,
 * pages, who may read it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { AuditPage, StaffList } from '../../../contract/accounts.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { SiteSettings } from '../../../contract/sites.js';
import { arrayContaining, auditDetails, objectContaining, stringContaining } from '../../../test-support/matchers.js';

const goodSettings = {
  name: 'Cổng thông tin điện tử huyện Cam Lộ mới',
  shortName: 'Cam Lộ',
  contact: { address: 'Khu phố 2, thị trấn Cam Lộ, tỉnh Quảng Trị', email: 'ubnd@camlo.quangtri.gov.vn', phone: '0233 3871 234', footer: 'Giấy phép số 01/GP-STTTT' },
  responsibleAgency: 'Ủy ban nhân dân huyện Cam Lộ',
  responsiblePerson: 'Chánh Văn phòng HĐND và UBND huyện',
  themeColor: '#0B4F8A',
  publicServiceUrl: 'https://dichvucong.quangtri.gov.vn',
};

describe.each(TEST_DIALECTS)('site administration on %s', (dialect) => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const s: Record<string, Signed> = {};
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    const camlo = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    const dongha = t.services.registry.bySlugOrUndefined('dongha')?.id ?? 0;
    const db = t.database.db.kysely;
    ids['qtcamlo'] = await createTestUser(db, 'qtcamlo', [{ siteId: camlo, role: 'site_admin' }]);
    ids['qtdongha'] = await createTestUser(db, 'qtdongha', [{ siteId: dongha, role: 'site_admin' }]);
    ids['ctv'] = await createTestUser(db, 'ctv', [{ siteId: camlo, role: 'contributor' }]);
    // Each test changes the roles of its own people, so the tests hold in any order.
    ids['bt'] = await createTestUser(db, 'bt', [{ siteId: camlo, role: 'editor' }]);
    ids['bt2'] = await createTestUser(db, 'bt2', [{ siteId: camlo, role: 'editor' }]);
    ids['bt3'] = await createTestUser(db, 'bt3', [{ siteId: camlo, role: 'approver' }]);
    ids['qtkhac'] = await createTestUser(db, 'qtkhac', [{ siteId: dongha, role: 'site_admin' }]);
    ids['qtnhatky'] = await createTestUser(db, 'qtnhatky', [{ siteId: camlo, role: 'site_admin' }]);
    ids['nv1'] = await createTestUser(db, 'nv1', [{ siteId: camlo, role: 'contributor' }]);
    ids['nv2'] = await createTestUser(db, 'nv2', [{ siteId: camlo, role: 'editor' }]);
    for (const name of ['qtcamlo', 'qtdongha', 'ctv', 'bt', 'bt3', 'qtkhac', 'qtnhatky']) s[name] = await signIn(t.app, name);
  });
  afterAll(() => t.close());

  const as = (who: string) => s[who]?.headers ?? {};
  const staffUrl = (userId: number | undefined) => `/api/v1/admin/sites/camlo/staff/${userId}`;

  it('lets only the site administrators of that site (and system administrators) manage its staff', async () => {
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff', headers: as('ctv') })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff', headers: as('qtdongha') })).statusCode).toBe(403);
    const put = { method: 'PUT' as const, url: staffUrl(ids['bt']), payload: { role: 'approver' } };
    expect((await t.app.inject({ ...put, headers: as('qtdongha') })).statusCode).toBe(403);
    expect((await t.app.inject({ ...put, headers: as('ctv') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: staffUrl(ids['bt']), headers: as('qtdongha') })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/khong-co/staff', headers: as('qtcamlo') })).statusCode).toBe(404);

    const list = await t.app.inject({ url: '/api/v1/admin/sites/camlo/staff', headers: as('qtcamlo') });
    expect(list.statusCode).toBe(200);
    expect(list.json<StaffList>().items).toEqual(arrayContaining([objectContaining({ username: 'bt', role: 'editor', roleLabel: 'Biên tập viên' })]));
  });

  it('grants and changes site roles (never system administration), audited with old and new role', async () => {
    const changed = await t.app.inject({ method: 'PUT', url: staffUrl(ids['bt2']), headers: as('qtcamlo'), payload: { role: 'approver' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ userId: ids['bt2'], role: 'approver' });
    const audit = await listAudit(t.database.db.kysely, { action: 'role_granted', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0]?.details ?? '{}')).toMatchObject({ username: 'bt2', oldRole: 'editor', newRole: 'approver' });
    expect(audit.rows[0]?.actor_name).toBe('qtcamlo');

    const sysadmin = await t.app.inject({ method: 'PUT', url: staffUrl(ids['bt2']), headers: as('qtcamlo'), payload: { role: 'system_admin' } });
    expect(sysadmin.statusCode).toBe(400);
    expect(sysadmin.json<EditorialProblem>().errors?.[0]?.field).toBe('role');
    expect((await t.app.inject({ method: 'PUT', url: staffUrl(ids['qtcamlo']), headers: as('qtcamlo'), payload: { role: 'editor' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: staffUrl(999_999), headers: as('qtcamlo'), payload: { role: 'editor' } })).statusCode).toBe(404);
    // A grant on another site gives rights there, and nowhere else.
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/media', headers: as('qtkhac') })).statusCode).toBe(403);
    const granted = await t.app.inject({ method: 'PUT', url: staffUrl(ids['qtkhac']), headers: as('qtcamlo'), payload: { role: 'contributor' } });
    expect(granted.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/media', headers: as('qtkhac') })).statusCode).toBe(200);
  });

  it('revokes a role; the person loses the rights at their next request', async () => {
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/media', headers: as('bt3') })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'DELETE', url: staffUrl(ids['bt3']), headers: as('qtcamlo') });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/admin/sites/camlo/media', headers: as('bt3') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: staffUrl(ids['bt3']), headers: as('qtcamlo') })).statusCode).toBe(404);
    const audit = await listAudit(t.database.db.kysely, { action: 'role_revoked', actorName: 'qtcamlo', limit: 1, offset: 0 });
    expect(JSON.parse(audit.rows[0]?.details ?? '{}')).toMatchObject({ username: 'bt3', oldRole: 'approver', newRole: null });
  });

  it('validates settings with reasons: colour form, contrast with white, https link', async () => {
    const url = '/api/v1/admin/sites/camlo/settings';
    expect((await t.app.inject({ url, headers: as('ctv') })).statusCode).toBe(403);
    expect((await t.app.inject({ url, headers: as('qtdongha') })).statusCode).toBe(403);
    const current = await t.app.inject({ url, headers: as('qtcamlo') });
    expect(current.statusCode).toBe(200);
    const nameBefore = t.services.registry.bySlugOrUndefined('camlo')?.name;
    const cases: [object, string, string][] = [
      [{ themeColor: 'xanh' }, 'themeColor', '#rrggbb'],
      [{ themeColor: '#ffcc00' }, 'themeColor', '4.5:1'],
      [{ publicServiceUrl: 'http://dichvucong.quangtri.gov.vn' }, 'publicServiceUrl', 'https://'],
      [{ publicServiceUrl: 'khong phai url' }, 'publicServiceUrl', 'URL'],
      [{ logoMediaId: 999_999 }, 'logoMediaId', 'thư viện'],
    ];
    for (const [change, field, message] of cases) {
      const res = await t.app.inject({ method: 'PUT', url, headers: as('qtcamlo'), payload: { ...goodSettings, ...change } });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json<EditorialProblem>().errors, JSON.stringify(change)).toEqual([{ field, message: stringContaining(message) }]);
    }
    // Refused input changes nothing.
    expect((await t.app.inject({ url, headers: as('qtcamlo') })).json()).toEqual(current.json());
    expect(t.services.registry.bySlugOrUndefined('camlo')?.name).toBe(nameBefore);
  });

  it('saves good settings and the public pages show them at once', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/sites/camlo/settings', headers: as('qtcamlo'), payload: goodSettings });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: goodSettings.name, themeColor: '#0b4f8a', contact: goodSettings.contact });
    const home = await t.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(home.body).toContain(goodSettings.name);
    expect(home.body).toContain('https://dichvucong.quangtri.gov.vn');
    const audit = await listAudit(t.database.db.kysely, { action: 'settings_changed', limit: 1, offset: 0 });
    expect(auditDetails(audit.rows[0]?.details ?? '{}')['fields']).toEqual(expect.arrayContaining(['name', 'contact.address', 'responsibleAgency', 'publicServiceUrl']));
    expect(auditDetails(audit.rows[0]?.details ?? '{}')['fields']).not.toContain('themeColor');
  });

  it('takes the logo from the site media library, and removes it with null', async () => {
    const db = t.database.db.kysely;
    // On Đông Hà, so that the Cam Lộ settings the other tests change are not touched.
    const dongha = t.services.registry.bySlugOrUndefined('dongha')?.id ?? 0;
    const image = await db
      .insertInto('media')
      .values({ site_id: dongha, kind: 'image', storage_key: 'dongha/2026/11/logo-thu.png', original_name: 'logo.png', mime_type: 'image/png', byte_size: 10, width: 72, height: 72, alt_text: 'Biểu trưng', caption: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const url = '/api/v1/admin/sites/dongha/settings';
    const set = await t.app.inject({ method: 'PUT', url, headers: as('qtdongha'), payload: { ...goodSettings, logoMediaId: image.id } });
    expect(set.json<SiteSettings>().logoMediaId).toBe(image.id);
    expect((await t.app.inject({ url: '/', headers: { host: 'dongha.localhost' } })).body).toContain('src="/media/dongha/2026/11/logo-thu.png"');
    expect((await t.app.inject({ url, headers: as('qtdongha') })).json<SiteSettings>().logoMediaId).toBe(image.id);
    const removed = await t.app.inject({ method: 'PUT', url, headers: as('qtdongha'), payload: { ...goodSettings, logoMediaId: null } });
    expect(removed.json<SiteSettings>().logoMediaId).toBeNull();
    expect((await t.app.inject({ url: '/', headers: { host: 'dongha.localhost' } })).body).toContain('/assets/emblem.svg');
  });

  it('shows the site audit log to its administrators, filtered and paginated', async () => {
    const url = '/api/v1/admin/sites/camlo/audit';
    expect((await t.app.inject({ url })).statusCode).toBe(401);
    expect((await t.app.inject({ url, headers: as('ctv') })).statusCode).toBe(403);
    expect((await t.app.inject({ url, headers: as('qtdongha') })).statusCode).toBe(403);
    // What this test's own administrator does: two grants and a revocation.
    for (const [who, role] of [['nv1', 'editor'], ['nv2', 'contributor']] as const) {
      expect((await t.app.inject({ method: 'PUT', url: staffUrl(ids[who]), headers: as('qtnhatky'), payload: { role } })).statusCode).toBe(200);
    }
    expect((await t.app.inject({ method: 'DELETE', url: staffUrl(ids['nv1']), headers: as('qtnhatky') })).statusCode).toBe(204);
    const all = await t.app.inject({ url, headers: as('qtcamlo') });
    expect(all.statusCode).toBe(200);
    const actions = all.json<AuditPage>().items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['role_granted', 'role_revoked']));
    expect(actions).not.toContain('login');
    const granted = await t.app.inject({ url: `${url}?action=role_granted&actor=qtnhatky`, headers: as('qtcamlo') });
    expect(granted.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(granted.json<AuditPage>().items[0]).toMatchObject({ action: 'role_granted', actorName: 'qtnhatky', siteSlug: 'camlo', details: { newRole: 'contributor' } });
    expect((await t.app.inject({ url: `${url}?actor=ctv`, headers: as('qtcamlo') })).json<AuditPage>().total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await t.app.inject({ url: `${url}?from=2000-01-01&to=2000-01-31`, headers: as('qtcamlo') })).json<AuditPage>().total).toBe(0);
    expect((await t.app.inject({ url: `${url}?from=2000-01-01&to=2999-01-01`, headers: as('qtcamlo') })).json<AuditPage>().total).toBe(all.json<AuditPage>().total);
    expect((await t.app.inject({ url: `${url}?to=${today}&page=2`, headers: as('qtcamlo') })).json<AuditPage>().items).toEqual([]);
    expect((await t.app.inject({ url: `${url}?from=hom-qua`, headers: as('qtcamlo') })).statusCode).toBe(400);
    const admin = await signIn(t.app, 'admin', 'mat-khau-thu-nghiem-dai');
    const global = await t.app.inject({ url: '/api/v1/admin/audit?action=login&actor=qtcamlo', headers: admin.headers });
    expect(global.json<AuditPage>().total).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ url: '/api/v1/admin/audit', headers: as('qtcamlo') })).statusCode).toBe(403);
  });
});
