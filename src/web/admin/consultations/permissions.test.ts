/**
 * The consultation permission matrix over HTTP: every kind of person × every action on
 * consultations and their comments × their own site and another site. The expected set is
 * written out here — the article table's roles for the draft itself, and comment
 * moderation for editors and above (publishing the summary for approvers and above).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertComment } from '../../../consultations/consultations.repo.js';
import type { ArticleStatus } from '../../../db/schema.js';
import type { Site } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';
import { dayFromToday } from './test-helpers.js';

type Case =
  | 'list' | 'create' | 'view_other' | 'edit_own' | 'edit_other' | 'delete_own' | 'delete_other' | 'submit_own' | 'submit_other'
  | 'return' | 'approve' | 'publish' | 'unpublish' | 'reopen'
  | 'list_comments' | 'approve_comment' | 'reject_comment' | 'save_report' | 'publish_report';

type Actor = Exclude<Person, 'writer'> | 'anonymous';

const CONTRIBUTOR: Case[] = ['list', 'create', 'edit_own', 'delete_own', 'submit_own'];
const EDITOR: Case[] = [...CONTRIBUTOR, 'view_other', 'edit_other', 'submit_other', 'return', 'list_comments', 'approve_comment', 'reject_comment', 'save_report'];
const APPROVER: Case[] = [...EDITOR, 'approve', 'publish', 'unpublish', 'reopen', 'publish_report'];
const SITE_ADMIN: Case[] = [...APPROVER, 'delete_other'];

const ALLOWED_ON_OWN_SITE: Record<Actor, readonly Case[]> = {
  contributor: CONTRIBUTOR, editor: EDITOR, approver: APPROVER, site_admin: SITE_ADMIN, sysadmin: SITE_ADMIN, norole: [], anonymous: [],
};
const ALLOWED_ON_OTHER_SITE: Record<Actor, readonly Case[]> = {
  contributor: [], editor: [], approver: [], site_admin: [], sysadmin: SITE_ADMIN, norole: [], anonymous: [],
};
const ALL_CASES: Case[] = [...SITE_ADMIN];
const SUCCESS: Partial<Record<Case, number>> = { create: 201, delete_own: 204, delete_other: 204 };

interface Request {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
}

let unique = 0;

const fields = () => {
  unique += 1;
  return { title: `Dự thảo phân quyền ${unique} ${Math.random().toString(36).slice(2, 7)}`, bodyHtml: '<p>Nội dung.</p>', opensOn: dayFromToday(-1), closesOn: dayFromToday(10) };
};

/** A consultation on `site` by `by`, put straight into `status`, with one pending comment. */
async function consultation(f: EditorialFixture, site: Site, by: Person, status: ArticleStatus): Promise<{ id: number; commentId: number }> {
  const now = new Date().toISOString();
  const row = await f.db
    .insertInto('consultations')
    .values({ title: fields().title, site_id: site.id, slug: `phan-quyen-${unique}-${Math.random().toString(36).slice(2, 8)}`, body_html: '<p>x</p>', opens_on: dayFromToday(-1), closes_on: dayFromToday(10), status, published_at: status === 'draft' ? null : now, created_at: now, updated_at: now, created_by: f.ids[by], return_note: null, report_published_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const comment = await insertComment(f.db, { consultation_id: row.id, name: 'Người góp ý', organisation: null, email: 'a@example.vn', phone: null, address: null, body: 'Góp ý.', received_at: now });
  return { id: row.id, commentId: comment.id };
}

async function prepare(f: EditorialFixture, c: Case, actor: Actor, site: Site): Promise<Request> {
  const base = `/api/v1/admin/sites/${site.slug}/consultations`;
  const owner: Person = actor === 'anonymous' ? 'writer' : actor;
  const on = async (by: Person, status: ArticleStatus) => consultation(f, site, by, status);
  const move = async (by: Person, status: ArticleStatus, transition: string, extra: object = {}): Promise<Request> => ({
    method: 'POST', url: `${base}/${(await on(by, status)).id}/transitions`, body: { transition, ...extra },
  });
  const edit = async (by: Person): Promise<Request> => ({ method: 'PUT', url: `${base}/${(await on(by, 'draft')).id}`, body: { ...fields(), baseRevision: 1 } });
  const decide = async (decision: string): Promise<Request> => {
    const { id, commentId } = await on('writer', 'published');
    return { method: 'POST', url: `${base}/${id}/comments/${commentId}/moderation`, body: { decision } };
  };
  switch (c) {
    case 'list': return { method: 'GET', url: base };
    case 'create': return { method: 'POST', url: base, body: fields() };
    case 'view_other': return { method: 'GET', url: `${base}/${(await on('writer', 'draft')).id}` };
    case 'edit_own': return edit(owner);
    case 'edit_other': return edit('writer');
    case 'delete_own': return { method: 'DELETE', url: `${base}/${(await on(owner, 'draft')).id}` };
    case 'delete_other': return { method: 'DELETE', url: `${base}/${(await on('writer', 'draft')).id}` };
    case 'submit_own': return move(owner, 'draft', 'submit');
    case 'submit_other': return move('writer', 'draft', 'submit');
    case 'return': return move('writer', 'submitted', 'return', { note: 'Cần bổ sung.' });
    case 'approve': return move('writer', 'submitted', 'approve');
    case 'publish': return move('writer', 'approved', 'publish');
    case 'unpublish': return move('writer', 'published', 'unpublish');
    case 'reopen': return move('writer', 'unpublished', 'reopen');
    case 'list_comments': return { method: 'GET', url: `${base}/${(await on('writer', 'published')).id}/comments?state=pending` };
    case 'approve_comment': return decide('approve');
    case 'reject_comment': return decide('reject');
    case 'save_report': return { method: 'PUT', url: `${base}/${(await on('writer', 'published')).id}/report`, body: { reportHtml: '<p>Tổng hợp.</p>', publish: false } };
    case 'publish_report': return { method: 'PUT', url: `${base}/${(await on('writer', 'published')).id}/report`, body: { reportHtml: '<p>Tổng hợp.</p>', publish: true } };
  }
}

describe.each(TEST_DIALECTS)('consultation permission matrix on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  const actors: Actor[] = ['contributor', 'editor', 'approver', 'site_admin', 'sysadmin', 'norole', 'anonymous'];
  for (const actor of actors) {
    for (const where of ['own site', 'another site'] as const) {
      it(`${actor} on ${where}`, async () => {
        const site = where === 'own site' ? f.siteA : f.siteB;
        const allowed = (where === 'own site' ? ALLOWED_ON_OWN_SITE : ALLOWED_ON_OTHER_SITE)[actor];
        const mismatches: string[] = [];
        for (const c of ALL_CASES) {
          const req = await prepare(f, c, actor, site);
          const res = await f.call(req.method, req.url, actor === 'anonymous' ? undefined : actor, req.body);
          const expected = actor === 'anonymous' ? 401 : allowed.includes(c) ? (SUCCESS[c] ?? 200) : 403;
          if (res.statusCode !== expected) mismatches.push(`${c}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }
});
