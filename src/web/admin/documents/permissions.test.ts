/**
 * The permission matrix of legal documents over HTTP: every kind of person × every
 * editorial action on a document × their own site and another site. The expected set
 * is written out here (the article's table without schedule and withdrawal), not taken
 * from workflow.ts, so this test checks the table itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../db/schema.js';
import { documentColumns } from '../../../documents/document-editing.js';
import { insertDocument } from '../../../documents/documents.repo.js';
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
const ALL_CASES: Case[] = SITE_ADMIN;
const SUCCESS: Partial<Record<Case, number>> = { create: 201, delete_own: 204, delete_other: 204 };

let serial = 0;

const input = () => {
  serial += 1;
  return {
    number: `${serial}/QĐ-PQ`, type: 'quyet-dinh' as const, issuer: 'UBND huyện Cam Lộ', signer: '', issuedOn: '2024-01-02', effectiveOn: null,
    field: 'hanh-chinh' as const, summary: `Quyết định phân quyền thử ${serial}`, bodyHtml: '', validity: 'in_force' as const, links: [], attachmentIds: [],
  };
};

describe.each(TEST_DIALECTS)('legal document permission matrix on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  async function on(site: Site, by: Person, status: ArticleStatus): Promise<number> {
    const i = input();
    const stamp = new Date().toISOString();
    const row = await insertDocument(f.db, {
      ...documentColumns(i), site_id: site.id, slug: `pq-${dialect}-${serial}`, status, published_at: ['published', 'unpublished'].includes(status) ? stamp : null,
      created_at: stamp, updated_at: stamp, revision: 1, created_by: f.ids[by], return_note: null,
    });
    return row.id;
  }

  async function prepare(c: Case, actor: Actor, site: Site): Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown }> {
    const base = `/api/v1/admin/sites/${site.slug}/documents`;
    const owner: Person = actor === 'anonymous' ? 'writer' : actor;
    const move = async (status: ArticleStatus, transition: string, extra: object = {}) => ({ method: 'POST' as const, url: `${base}/${await on(site, 'writer', status)}/transitions`, body: { transition, ...extra } });
    switch (c) {
      case 'list': return { method: 'GET', url: base };
      case 'create': return { method: 'POST', url: base, body: input() };
      case 'view_other': return { method: 'GET', url: `${base}/${await on(site, 'writer', 'draft')}` };
      case 'edit_own': return { method: 'PUT', url: `${base}/${await on(site, owner, 'draft')}`, body: { ...input(), baseRevision: 1 } };
      case 'edit_other': return { method: 'PUT', url: `${base}/${await on(site, 'writer', 'draft')}`, body: { ...input(), baseRevision: 1 } };
      case 'delete_own': return { method: 'DELETE', url: `${base}/${await on(site, owner, 'draft')}` };
      case 'delete_other': return { method: 'DELETE', url: `${base}/${await on(site, 'writer', 'draft')}` };
      case 'submit_own': return { method: 'POST', url: `${base}/${await on(site, owner, 'draft')}/transitions`, body: { transition: 'submit' } };
      case 'submit_other': return move('draft', 'submit');
      case 'return': return move('submitted', 'return', { note: 'Cần bổ sung căn cứ.' });
      case 'approve': return move('submitted', 'approve');
      case 'publish': return move('approved', 'publish');
      case 'unpublish': return move('published', 'unpublish');
      case 'reopen': return move('unpublished', 'reopen');
    }
  }

  const actors: Actor[] = ['contributor', 'editor', 'approver', 'site_admin', 'sysadmin', 'norole', 'anonymous'];
  for (const actor of actors) {
    for (const where of ['own site', 'another site'] as const) {
      it(`${actor} on ${where}`, async () => {
        const site = where === 'own site' ? f.siteA : f.siteB;
        const allowed = (where === 'own site' ? ALLOWED_ON_OWN_SITE : ALLOWED_ON_OTHER_SITE)[actor];
        const mismatches: string[] = [];
        for (const c of ALL_CASES) {
          const req = await prepare(c, actor, site);
          const res = await f.call(req.method, req.url, actor === 'anonymous' ? undefined : actor, req.body);
          const expected = actor === 'anonymous' ? 401 : allowed.includes(c) ? (SUCCESS[c] ?? 200) : 403;
          if (res.statusCode !== expected) mismatches.push(`${c}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }

  it('lists for a contributor only the documents they created', async () => {
    const mine = await on(f.siteA, 'contributor', 'draft');
    const other = await on(f.siteA, 'writer', 'draft');
    const res = await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/documents`, 'contributor');
    const ids = res.json<{ items: { id: number }[] }>().items.map((i) => i.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(other);
  });
});
