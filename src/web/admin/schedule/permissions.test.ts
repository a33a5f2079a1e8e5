/**
 * The permission matrix of the leaders' schedule and the directory over HTTP: every kind
 * of person × every action × their own site and another site. The expected sets are
 * written out here, not taken from workflow.ts or directory-rules.ts, so this test
 * checks the tables themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../db/schema.js';
import { insertDirectoryEntry } from '../../../directory/directory.repo.js';
import { insertScheduleWeek } from '../../../schedule/schedule.repo.js';
import type { Site } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { daysOfIsoWeek, formatIsoWeek } from '../../../time/iso-week.js';
import { MATRIX_ACTORS, matrixMismatches, type MatrixActor, type MatrixRequest } from '../articles/permission-matrix.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

type Case =
  | 'list' | 'view_other' | 'create' | 'edit_own' | 'edit_other' | 'submit_own' | 'submit_other'
  | 'return' | 'approve' | 'publish' | 'unpublish' | 'reopen'
  | 'directory_list' | 'directory_create' | 'directory_edit' | 'directory_delete';

type Actor = MatrixActor;

const CONTRIBUTOR: Case[] = ['list', 'create', 'edit_own', 'submit_own', 'directory_list'];
const EDITOR: Case[] = [...CONTRIBUTOR, 'view_other', 'edit_other', 'submit_other', 'return', 'directory_create', 'directory_edit', 'directory_delete'];
const APPROVER: Case[] = [...EDITOR, 'approve', 'publish', 'unpublish', 'reopen'];

const ALLOWED_ON_OWN_SITE: Record<Actor, readonly Case[]> = {
  contributor: CONTRIBUTOR, editor: EDITOR, approver: APPROVER, site_admin: APPROVER, sysadmin: APPROVER, norole: [], anonymous: [],
};
const ALLOWED_ON_OTHER_SITE: Record<Actor, readonly Case[]> = {
  contributor: [], editor: [], approver: [], site_admin: [], sysadmin: APPROVER, norole: [], anonymous: [],
};

const ALL_CASES: Case[] = APPROVER;
const SUCCESS: Partial<Record<Case, number>> = { directory_create: 201, directory_delete: 204 };

type Request = MatrixRequest;

let unique = 0;

/** A week no other case uses (2040-W01, 2040-W02, …). */
function freshWeek(): string {
  unique += 1;
  return formatIsoWeek({ year: 2040 + Math.floor(unique / 52), week: (unique % 52) + 1 });
}

async function prepare(f: EditorialFixture, c: Case, actor: Actor, site: Site): Promise<Request> {
  const base = `/api/v1/admin/sites/${site.slug}`;
  const owner: Person = actor === 'anonymous' ? 'writer' : actor;
  const week = async (by: Person, status: ArticleStatus): Promise<string> => {
    const iso = freshWeek();
    const now = new Date().toISOString();
    await insertScheduleWeek(f.db, { siteId: site.id, isoWeek: iso, createdBy: f.ids[by], now, status, publishedAt: status === 'published' || status === 'unpublished' ? now : null });
    return iso;
  };
  const entries = (iso: string) => [{ day: daysOfIsoWeek({ year: Number(iso.slice(0, 4)), week: Number(iso.slice(6)) })[0], startTime: '08:00', leaders: 'Chủ tịch UBND huyện', content: 'Giao ban' }];
  const save = async (by: Person): Promise<Request> => {
    const iso = await week(by, 'draft');
    return { method: 'PUT', url: `${base}/schedule/${iso}`, body: { baseRevision: 1, entries: entries(iso) } };
  };
  const move = async (by: Person, status: ArticleStatus, transition: string, extra: object = {}): Promise<Request> => ({
    method: 'POST', url: `${base}/schedule/${await week(by, status)}/transitions`, body: { transition, ...extra },
  });
  const person = async () => {
    const now = new Date().toISOString();
    unique += 1;
    return (await insertDirectoryEntry(f.db, { site_id: site.id, name: `Người thử ${unique}`, position: 'Chuyên viên', unit: 'Văn phòng', phone: '', email: '', sort_order: 0, visible: 1, created_at: now, updated_at: now })).id;
  };
  const contact = { name: 'Nguyễn Văn Thử', position: 'Chuyên viên', unit: 'Văn phòng', phone: '0233 3871 000', email: 'nvthu@quangtri.gov.vn' };
  switch (c) {
    case 'list': return { method: 'GET', url: `${base}/schedule` };
    case 'view_other': return { method: 'GET', url: `${base}/schedule/${await week('writer', 'draft')}` };
    case 'create': {
      const iso = freshWeek();
      return { method: 'PUT', url: `${base}/schedule/${iso}`, body: { baseRevision: 0, entries: entries(iso) } };
    }
    case 'edit_own': return save(owner);
    case 'edit_other': return save('writer');
    case 'submit_own': return move(owner, 'draft', 'submit');
    case 'submit_other': return move('writer', 'draft', 'submit');
    case 'return': return move('writer', 'submitted', 'return', { note: 'Bổ sung thành phần dự họp.' });
    case 'approve': return move('writer', 'submitted', 'approve');
    case 'publish': return move('writer', 'approved', 'publish');
    case 'unpublish': return move('writer', 'published', 'unpublish');
    case 'reopen': return move('writer', 'unpublished', 'reopen');
    case 'directory_list': return { method: 'GET', url: `${base}/directory` };
    case 'directory_create': return { method: 'POST', url: `${base}/directory`, body: contact };
    case 'directory_edit': return { method: 'PUT', url: `${base}/directory/${await person()}`, body: contact };
    case 'directory_delete': return { method: 'DELETE', url: `${base}/directory/${await person()}` };
  }
}

describe.each(TEST_DIALECTS)('schedule and directory permission matrix on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  for (const actor of MATRIX_ACTORS) {
    for (const where of ['own site', 'another site'] as const) {
      it(`${actor} on ${where}`, async () => {
        const site = where === 'own site' ? f.siteA : f.siteB;
        const allowed = (where === 'own site' ? ALLOWED_ON_OWN_SITE : ALLOWED_ON_OTHER_SITE)[actor];
        const mismatches = await matrixMismatches(f, { actor, site, cases: ALL_CASES, allowed, success: SUCCESS, prepare: (c) => prepare(f, c, actor, site) });
        expect(mismatches).toEqual([]);
      });
    }
  }

  it('offers in AdminScheduleWeek exactly the transitions the matrix allows', async () => {
    const approved = freshWeek();
    await insertScheduleWeek(f.db, { siteId: f.siteA.id, isoWeek: approved, createdBy: f.ids.writer, now: new Date().toISOString(), status: 'approved' });
    const offered = async (who: Person) =>
      (await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/schedule/${approved}`, who)).json<{ allowedTransitions: { transition: string }[] }>().allowedTransitions.map((t) => t.transition);
    expect(await offered('approver')).toEqual(['return', 'publish']);
    expect(await offered('editor')).toEqual(['return']);
  });
});
