/**
 * The permission matrix of topics over HTTP: every kind of person × every topic action ×
 * a topic of their own site and of another site. The expected sets are written out
 * here, not taken from topic-rules.ts, so this test checks the rules themselves:
 * contributors and editors do nothing with topics; an approver or site admin owns their
 * site's topics, may look at any site's and propose their own site's published
 * articles to it, but decides nothing there; only a system admin makes system topics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../sites/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { insertTopic } from '../../../topics/index.js';
import { MATRIX_ACTORS, matrixMismatches, type MatrixActor, type MatrixRequest } from '../articles/permission-matrix.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

type Case = 'list' | 'view' | 'create' | 'edit' | 'add_own_site_article' | 'add_site_a_article' | 'decide' | 'remove' | 'list_system' | 'create_system';

const OWNER: Case[] = ['list', 'view', 'create', 'edit', 'add_own_site_article', 'add_site_a_article', 'decide', 'remove', 'list_system'];
const ALL: Case[] = [...OWNER, 'create_system'];

const ALLOWED_ON_OWN_SITE: Record<MatrixActor, readonly Case[]> = {
  contributor: [], editor: [], approver: OWNER, site_admin: OWNER, sysadmin: ALL, norole: [], anonymous: [],
};
/** On another site: the topic's site is B, while their role is on A (camlo). */
const ALLOWED_ON_OTHER_SITE: Record<MatrixActor, readonly Case[]> = {
  contributor: [], editor: [], approver: ['list', 'view', 'add_site_a_article', 'list_system'], site_admin: ['list', 'view', 'add_site_a_article', 'list_system'],
  sysadmin: ALL, norole: [], anonymous: [],
};
const SUCCESS: Partial<Record<Case, number>> = { create: 201, add_own_site_article: 201, add_site_a_article: 201, create_system: 201, remove: 204 };

let serial = 0;

describe.each(TEST_DIALECTS)('topic permission matrix on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  const input = () => {
    serial += 1;
    return { title: `Chuyên đề phân quyền ${dialect} ${serial}`, startsOn: '2022-11-15', endsOn: '2022-12-15' };
  };

  async function topicOn(site: Site): Promise<number> {
    serial += 1;
    const stamp = new Date().toISOString();
    return (await insertTopic(f.db, { site_id: site.id, slug: `pq-${dialect}-${serial}`, title: `Chuyên đề ${serial}`, description: '', image_media_id: null, starts_on: null, ends_on: null, status: 'active', created_by: null, created_at: stamp, updated_at: stamp })).id;
  }

  /** A published article of `site` in a topic of `site`, put straight into `state`. */
  async function member(site: Site, state: 'proposed' | 'accepted'): Promise<{ topic: number; article: number }> {
    const topic = await topicOn(site);
    const article = (await f.article(site, 'writer', 'published')).id;
    await f.db.insertInto('topic_articles').values({ topic_id: topic, article_id: article, state, note: null, proposed_by: f.ids.sysadmin, proposed_at: new Date().toISOString(), decided_by: null, decided_at: null }).execute();
    return { topic, article };
  }

  async function prepare(c: Case, site: Site): Promise<MatrixRequest> {
    const base = `/api/v1/admin/sites/${site.slug}/topics`;
    switch (c) {
      case 'list': return { method: 'GET', url: base };
      case 'view': return { method: 'GET', url: `${base}/${await topicOn(site)}` };
      case 'create': return { method: 'POST', url: base, body: input() };
      case 'edit': return { method: 'PUT', url: `${base}/${await topicOn(site)}`, body: input() };
      case 'add_own_site_article': return { method: 'POST', url: `${base}/${await topicOn(site)}/articles`, body: { articleId: (await f.article(site, 'writer', 'published')).id } };
      case 'add_site_a_article': return { method: 'POST', url: `${base}/${await topicOn(site)}/articles`, body: { articleId: (await f.article(f.siteA, 'writer', 'published')).id } };
      case 'decide': {
        const m = await member(site, 'proposed');
        return { method: 'POST', url: `${base}/${m.topic}/articles/${m.article}/decision`, body: { decision: 'accept' } };
      }
      case 'remove': {
        const m = await member(site, 'accepted');
        return { method: 'DELETE', url: `${base}/${m.topic}/articles/${m.article}` };
      }
      case 'list_system': return { method: 'GET', url: '/api/v1/admin/topics' };
      case 'create_system': return { method: 'POST', url: '/api/v1/admin/topics', body: input() };
    }
  }

  for (const actor of MATRIX_ACTORS) {
    for (const where of ['own site', 'another site'] as const) {
      it(`${actor} on ${where}`, async () => {
        const site = where === 'own site' ? f.siteA : f.siteB;
        const allowed = (where === 'own site' ? ALLOWED_ON_OWN_SITE : ALLOWED_ON_OTHER_SITE)[actor];
        const mismatches = await matrixMismatches(f, { actor, site, cases: ALL, allowed, success: SUCCESS, prepare: (c) => prepare(c, site) });
        expect(mismatches).toEqual([]);
      });
    }
  }
});
