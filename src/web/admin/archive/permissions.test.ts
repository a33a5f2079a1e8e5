/**
 * Who may archive and merge, over HTTP on SQLite and PostgreSQL: every kind of person ×
 * every action × a site where they hold their role and one where they hold none. Only
 * a system administrator may; a site's own administrator may not. Each case acts on a
 * fresh site (given the actor's role on it for "own site"), so an allowed one really
 * archives or merges it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { MATRIX_ACTORS, matrixMismatches, type MatrixActor, type MatrixRequest } from '../articles/permission-matrix.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

type Case = 'archive_serve' | 'archive_redirect' | 'merge';
const CASES: readonly Case[] = ['archive_serve', 'archive_redirect', 'merge'];

const ALLOWED: Record<MatrixActor, readonly Case[]> = {
  contributor: [], editor: [], approver: [], site_admin: [], sysadmin: CASES, norole: [], anonymous: [],
};

let unique = 0;

async function prepare(f: EditorialFixture, c: Case, actor: MatrixActor, own: boolean): Promise<MatrixRequest> {
  unique += 1;
  const slug = `luu-tru-${unique}`;
  const cli = { actorId: null, actorName: 'cli', ip: null, isSystemAdmin: true };
  const { site } = await createSite(f.db, { slug, name: `Cổng thử lưu trữ ${unique}`, shortName: '', kind: 'commune', parent: 'quangtri', hostnames: [], contact: { address: '', email: '', phone: '', footer: '' }, responsibleAgency: null, responsiblePerson: null, themeColor: '#0b4f8a' }, cli);
  if (own && actor !== 'anonymous' && actor !== 'sysadmin' && actor !== 'norole') {
    await f.db.insertInto('site_roles').values({ user_id: f.ids[actor], site_id: site.id, role: actor, granted_by: null, granted_at: new Date().toISOString() }).execute();
  }
  const base = `/api/v1/admin/sites/${slug}`;
  switch (c) {
    case 'archive_serve': return { method: 'POST', url: `${base}/archive`, body: { mode: 'serve', successor: 'quangtri' } };
    case 'archive_redirect': return { method: 'POST', url: `${base}/archive`, body: { mode: 'redirect', successor: 'quangtri' } };
    case 'merge': return { method: 'POST', url: `${base}/merge`, body: { into: 'quangtri' } };
  }
}

describe.each(TEST_DIALECTS)('archive and merge permission matrix on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  for (const actor of MATRIX_ACTORS) {
    for (const where of ['own site', 'another site'] as const) {
      it(`${actor} on ${where}`, async () => {
        const site = where === 'own site' ? f.siteA : f.siteB;
        const mismatches = await matrixMismatches(f, { actor, site, cases: CASES, allowed: ALLOWED[actor], success: {}, prepare: (c) => prepare(f, c, actor, where === 'own site') });
        expect(mismatches).toEqual([]);
        if (ALLOWED[actor].length > 0) {
          const archived = await f.db.selectFrom('sites').select(['slug', 'status', 'archive_mode']).where('slug', 'like', 'luu-tru-%').where('status', '=', 'archived').execute();
          expect(archived.length).toBeGreaterThanOrEqual(CASES.length);
        }
      });
    }
  }
});
