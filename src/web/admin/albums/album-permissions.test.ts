/**
 * The albums' permission matrix over HTTP: every kind of person × every album action ×
 * their own site and another site. Albums take a static page's steps of the article
 * workflow; the expected set is written out here, not taken from the workflow, so this
 * test checks the table itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlbum } from '../../../albums/album-editing.js';
import type { ArticleStatus } from '../../../db/schema.js';
import type { Site } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

type Case = 'list' | 'create' | 'view_other' | 'edit_own' | 'edit_other' | 'delete_own' | 'delete_other' | 'submit_own' | 'submit_other' | 'return' | 'approve' | 'publish' | 'unpublish' | 'reopen';
type Actor = Exclude<Person, 'writer'> | 'anonymous';

const CONTRIBUTOR: Case[] = ['list', 'create', 'edit_own', 'delete_own', 'submit_own'];
const EDITOR: Case[] = [...CONTRIBUTOR, 'view_other', 'edit_other', 'submit_other', 'return'];
const APPROVER: Case[] = [...EDITOR, 'approve', 'publish', 'unpublish', 'reopen'];
const SITE_ADMIN: Case[] = [...APPROVER, 'delete_other'];

const ALLOWED_ON_OWN_SITE: Record<Actor, readonly Case[]> = {
  contributor: CONTRIBUTOR, editor: EDITOR, approver: APPROVER, site_admin: SITE_ADMIN, sysadmin: SITE_ADMIN, norole: [], anonymous: [],
};
const ALLOWED_ON_OTHER_SITE: Record<Actor, readonly Case[]> = {
  contributor: [], editor: [], approver: [], site_admin: [], sysadmin: SITE_ADMIN, norole: [], anonymous: [],
};
const SUCCESS: Partial<Record<Case, number>> = { create: 201, delete_own: 204, delete_other: 204 };

let unique = 0;

async function album(f: EditorialFixture, site: Site, by: Person, status: ArticleStatus): Promise<number> {
  unique += 1;
  const row = await createAlbum(f.db, { actor: { userId: f.ids[by], isSystemAdmin: true, role: undefined }, actorName: by, siteId: site.id }, {
    title: `Album phân quyền ${unique}`, description: '', coverMediaId: null, items: [],
  });
  if (status !== 'draft') {
    await f.db.updateTable('albums').set({ status, published_at: status === 'published' || status === 'unpublished' ? new Date().toISOString() : null }).where('id', '=', row.id).execute();
  }
  return row.id;
}

async function prepare(f: EditorialFixture, c: Case, actor: Actor, site: Site): Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown }> {
  const base = `/api/v1/admin/sites/${site.slug}/albums`;
  const owner: Person = actor === 'anonymous' ? 'writer' : actor;
  const move = async (by: Person, status: ArticleStatus, transition: string, extra: object = {}) => ({ method: 'POST' as const, url: `${base}/${await album(f, site, by, status)}/transitions`, body: { transition, ...extra } });
  const edit = async (by: Person) => ({ method: 'PUT' as const, url: `${base}/${await album(f, site, by, 'draft')}`, body: { title: 'Album đã sửa', baseRevision: 1 } });
  switch (c) {
    case 'list': return { method: 'GET', url: base };
    case 'create': unique += 1; return { method: 'POST', url: base, body: { title: `Album mới ${unique}` } };
    case 'view_other': return { method: 'GET', url: `${base}/${await album(f, site, 'writer', 'draft')}` };
    case 'edit_own': return edit(owner);
    case 'edit_other': return edit('writer');
    case 'delete_own': return { method: 'DELETE', url: `${base}/${await album(f, site, owner, 'draft')}` };
    case 'delete_other': return { method: 'DELETE', url: `${base}/${await album(f, site, 'writer', 'draft')}` };
    case 'submit_own': return move(owner, 'draft', 'submit');
    case 'submit_other': return move('writer', 'draft', 'submit');
    case 'return': return move('writer', 'submitted', 'return', { note: 'Cần thêm chú thích ảnh.' });
    case 'approve': return move('writer', 'submitted', 'approve');
    case 'publish': return move('writer', 'approved', 'publish');
    case 'unpublish': return move('writer', 'published', 'unpublish');
    case 'reopen': return move('writer', 'unpublished', 'reopen');
  }
}

describe.each(TEST_DIALECTS)('album permission matrix on %s', (dialect) => {
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
        for (const c of SITE_ADMIN) {
          const req = await prepare(f, c, actor, site);
          const res = await f.call(req.method, req.url, actor === 'anonymous' ? undefined : actor, req.body);
          const expected = actor === 'anonymous' ? 401 : allowed.includes(c) ? (SUCCESS[c] ?? 200) : 403;
          if (res.statusCode !== expected) mismatches.push(`${c}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }

  it('offers no schedule or withdrawal, and a contributor only submit on their own draft', async () => {
    const approved = await album(f, f.siteA, 'writer', 'approved');
    const offered = async (id: number, who: Person) =>
      (await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/albums/${id}`, who)).json<{ allowedTransitions: { transition: string }[] }>().allowedTransitions.map((t) => t.transition);
    expect(await offered(approved, 'approver')).toEqual(['return', 'publish']);
    expect(await offered(await album(f, f.siteA, 'writer', 'published'), 'approver')).toEqual(['unpublish']);
    expect(await offered(await album(f, f.siteA, 'contributor', 'draft'), 'contributor')).toEqual(['submit']);
  });
});
