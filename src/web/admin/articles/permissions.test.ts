/**
 * The permission matrix over HTTP: every kind of person × every editorial action ×
 * their own site and another site. The expected set is written out here, not taken
 * from workflow.ts, so this test checks the table itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../db/schema.js';
import type { Site } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { MATRIX_ACTORS, matrixMismatches, type MatrixActor, type MatrixRequest } from './permission-matrix.js';
import { editorialFixture, type EditorialFixture, type Person } from './test-fixture.js';

type Case =
  | 'list' | 'create' | 'view_other' | 'edit_own' | 'edit_other' | 'delete_own' | 'delete_other' | 'submit_own' | 'submit_other'
  | 'return' | 'approve' | 'publish' | 'schedule' | 'unschedule' | 'unpublish' | 'withdraw' | 'reopen'
  | 'set_coefficient' | 'manage_categories' | 'royalty_report';

type Actor = MatrixActor;

const CONTRIBUTOR: Case[] = ['list', 'create', 'edit_own', 'delete_own', 'submit_own'];
const EDITOR: Case[] = [...CONTRIBUTOR, 'view_other', 'edit_other', 'submit_other', 'return'];
const APPROVER: Case[] = [...EDITOR, 'approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'withdraw', 'reopen', 'set_coefficient', 'royalty_report'];
const SITE_ADMIN: Case[] = [...APPROVER, 'delete_other', 'manage_categories'];

/** What each person may do on the site where they hold their role (site A). */
const ALLOWED_ON_OWN_SITE: Record<Actor, readonly Case[]> = {
  contributor: CONTRIBUTOR,
  editor: EDITOR,
  approver: APPROVER,
  site_admin: SITE_ADMIN,
  sysadmin: SITE_ADMIN,
  norole: [],
  anonymous: [],
};

/** On a site where they hold no role, only the system admin may do anything. */
const ALLOWED_ON_OTHER_SITE: Record<Actor, readonly Case[]> = {
  contributor: [], editor: [], approver: [], site_admin: [], sysadmin: SITE_ADMIN, norole: [], anonymous: [],
};

const ALL_CASES: Case[] = [...new Set<Case>([...SITE_ADMIN, 'list'])];
const SUCCESS: Partial<Record<Case, number>> = { create: 201, delete_own: 204, delete_other: 204, manage_categories: 201 };

type Request = MatrixRequest;

let unique = 0;

async function prepare(f: EditorialFixture, c: Case, actor: Actor, site: Site): Promise<Request> {
  const base = `/api/v1/admin/sites/${site.slug}`;
  const owner: Person = actor === 'anonymous' ? 'writer' : actor;
  const category = site.id === f.siteA.id ? f.categoryA : f.categoryB;
  const on = async (by: Person, status: ArticleStatus) => (await f.article(site, by, status)).id;
  const move = async (by: Person, status: ArticleStatus, transition: string, extra: object = {}): Promise<Request> => ({
    method: 'POST', url: `${base}/articles/${await on(by, status)}/transitions`, body: { transition, ...extra },
  });
  const edit = async (by: Person): Promise<Request> => ({
    method: 'PUT', url: `${base}/articles/${await on(by, 'draft')}`, body: { title: 'Tiêu đề đã sửa', lead: '', bodyHtml: '<p>Sửa</p>', categoryId: category, baseRevision: 1 },
  });
  switch (c) {
    case 'list': return { method: 'GET', url: `${base}/articles` };
    case 'create': return { method: 'POST', url: `${base}/articles`, body: { title: 'Bài mới', lead: 'Sapo', bodyHtml: '<p>Nội dung</p>', categoryId: category } };
    case 'view_other': return { method: 'GET', url: `${base}/articles/${await on('writer', 'draft')}` };
    case 'edit_own': return edit(owner);
    case 'edit_other': return edit('writer');
    case 'delete_own': return { method: 'DELETE', url: `${base}/articles/${await on(owner, 'draft')}` };
    case 'delete_other': return { method: 'DELETE', url: `${base}/articles/${await on('writer', 'draft')}` };
    case 'submit_own': return move(owner, 'draft', 'submit');
    case 'submit_other': return move('writer', 'draft', 'submit');
    case 'return': return move('writer', 'submitted', 'return', { note: 'Cần bổ sung nguồn.' });
    case 'approve': return move('writer', 'submitted', 'approve');
    case 'publish': return move('writer', 'approved', 'publish');
    case 'schedule': return move('writer', 'approved', 'schedule', { at: new Date(Date.now() + 3600_000).toISOString() });
    case 'unschedule': return move('writer', 'scheduled', 'unschedule');
    case 'unpublish': return move('writer', 'published', 'unpublish');
    case 'withdraw': return move('writer', 'published', 'withdraw', { note: 'Thông tin chưa chính xác.' });
    case 'reopen': return move('writer', 'unpublished', 'reopen');
    case 'set_coefficient':
      return { method: 'PUT', url: `${base}/articles/${await on('writer', 'published')}/royalty`, body: { genre: 'Tin', coefficient: 1.5, isReprint: false, authors: [] } };
    case 'manage_categories':
      unique += 1;
      return { method: 'POST', url: `${base}/categories`, body: { name: `Chuyên mục thử ${unique}`, parentId: null } };
    case 'royalty_report': return { method: 'GET', url: `${base}/royalty-report?month=2026-11` };
  }
}

describe.each(TEST_DIALECTS)('editorial permission matrix on %s', (dialect) => {
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

  it('offers in AdminArticle exactly the transitions the matrix allows', async () => {
    const approved = await f.article(f.siteA, 'writer', 'approved');
    const offered = async (who: Person) =>
      (await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/articles/${approved.id}`, who)).json<{ allowedTransitions: { transition: string }[] }>().allowedTransitions.map((t) => t.transition);
    expect(await offered('approver')).toEqual(['return', 'publish', 'schedule']);
    expect(await offered('editor')).toEqual(['return']);
    const own = await f.article(f.siteA, 'contributor', 'draft');
    const mine = (await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/articles/${own.id}`, 'contributor')).json<{ allowedTransitions: { transition: string }[]; canEdit: boolean; canDelete: boolean }>();
    expect(mine.allowedTransitions.map((t) => t.transition)).toEqual(['submit']);
    expect(mine).toMatchObject({ canEdit: true, canDelete: true });
  });
});
