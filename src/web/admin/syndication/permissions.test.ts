/**
 * The permission matrix of syndication over HTTP: every kind of person × every action ×
 * the site it is done on (the district that proposes, the province that decides) ×
 * whose staff the person is (the district's or the province's). The expected sets are
 * written out here, not taken from syndication-rules.ts, so this test checks the rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../sites/index.js';
import { insertSyndication } from '../../../syndication/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { MATRIX_ACTORS, matrixMismatches, type MatrixActor, type MatrixRequest } from '../articles/permission-matrix.js';
import { syndicationFixture, type SyndicationFixture } from './test-fixture.js';

type Case = 'list' | 'propose' | 'retract' | 'accept' | 'decline';

/** What each side's actions are, on the site they are done on. */
const SOURCE_CASES: readonly Case[] = ['list', 'propose', 'retract'];
const TARGET_CASES: readonly Case[] = ['list', 'accept', 'decline'];

/** Who may, on the site where they hold their role: only those who answer for what it publishes. */
const ON_OWN_SITE: Record<MatrixActor, boolean> = {
  contributor: false, editor: false, approver: true, site_admin: true, sysadmin: true, norole: false, anonymous: false,
};
/** On a site where they hold no role: the system admin alone. */
const ON_OTHER_SITE: Record<MatrixActor, boolean> = {
  contributor: false, editor: false, approver: false, site_admin: false, sysadmin: true, norole: false, anonymous: false,
};
const SUCCESS: Partial<Record<Case, number>> = { propose: 201 };

describe.each(TEST_DIALECTS)('syndication permission matrix on %s', (dialect) => {
  let f: SyndicationFixture;
  beforeAll(async () => {
    f = await syndicationFixture(dialect);
  });
  afterAll(() => f.t.close());

  /** A published Cam Lộ article with a proposal to the province in `state`, written straight to the table. */
  async function proposal(state: 'proposed' | 'accepted'): Promise<{ articleId: number; id: number }> {
    const a = await f.article(f.siteA, 'writer', 'published');
    const now = new Date().toISOString();
    const row = await insertSyndication(f.db, {
      article_id: a.id, from_site_id: f.siteA.id, to_site_id: f.province.id, state, note: null,
      proposed_by: f.ids.approver, decided_by: state === 'accepted' ? f.provinceIds.approver : null, proposed_at: now, decided_at: state === 'accepted' ? now : null,
    });
    return { articleId: a.id, id: row.id };
  }

  async function prepare(c: Case, site: Site): Promise<MatrixRequest> {
    const base = `/api/v1/admin/sites/${site.slug}`;
    switch (c) {
      case 'list': return { method: 'GET', url: `${base}/syndication` };
      case 'propose': return { method: 'POST', url: `${base}/articles/${(await f.article(f.siteA, 'writer', 'published')).id}/syndication` };
      case 'retract': return { method: 'DELETE', url: `${base}/articles/${(await proposal('accepted')).articleId}/syndication` };
      case 'accept': return { method: 'POST', url: `${base}/syndication/${(await proposal('proposed')).id}/accept`, body: { note: 'Nhận đăng.' } };
      case 'decline': return { method: 'POST', url: `${base}/syndication/${(await proposal('proposed')).id}/decline`, body: { note: 'Không phù hợp.' } };
    }
  }

  for (const actor of MATRIX_ACTORS) {
    for (const staff of ['district', 'province'] as const) {
      for (const side of ['source', 'target'] as const) {
        it(`${actor} of the ${staff} on the ${side === 'source' ? 'district (source)' : 'province (target)'}`, async () => {
          const site = side === 'source' ? f.siteA : f.province;
          const own = (staff === 'district') === (side === 'source');
          const cases = side === 'source' ? SOURCE_CASES : TARGET_CASES;
          const mayAct = (own ? ON_OWN_SITE : ON_OTHER_SITE)[actor];
          const mismatches = await matrixMismatches(staff === 'district' ? f : f.asProvinceStaff(), {
            actor, site, cases, allowed: mayAct ? cases : [], success: SUCCESS, prepare: (c) => prepare(c, site),
          });
          expect(mismatches).toEqual([]);
        });
      }
    }
  }

  it('tells a contributor why in Vietnamese, and changes nothing', async () => {
    const a = await f.article(f.siteA, 'writer', 'published');
    const res = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/articles/${a.id}/syndication`, 'contributor');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ detail: string }>().detail).toBe('Chỉ trưởng ban biên tập hoặc quản trị cổng mới được đề xuất tin bài lên cổng cấp trên.');
    expect(await f.db.selectFrom('syndications').select('id').where('article_id', '=', a.id).execute()).toEqual([]);
  });
});
