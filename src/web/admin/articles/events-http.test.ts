/**
 * A person's changes over the editorial API are announced like the scheduler's: one
 * event per change, after its commit, for the page cache, feeds and search to hear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleEvent } from '../../../editorial/events.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';

describe.each(TEST_DIALECTS)('article events from the editorial API on %s', (dialect) => {
  let f: EditorialFixture;
  const heard: ArticleEvent[] = [];
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    for (const type of ['published', 'changed', 'unpublished', 'withdrawn'] as const) f.t.services.events.on(type, (event) => void heard.push(event));
  });
  afterAll(() => f.t.close());

  it('publishing, editing, withdrawing: one event each, none for the steps before publication', async () => {
    const base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
    const created = (await f.call('POST', base, 'contributor', { title: 'Sự kiện được báo', lead: 'Sapo.', bodyHtml: '<p>Một.</p>', categoryId: f.categoryA })).json<{ id: number; revision: number }>();
    const url = `${base}/${created.id}/transitions`;
    await f.call('POST', url, 'contributor', { transition: 'submit' });
    await f.call('POST', url, 'approver', { transition: 'approve' });
    expect(heard).toEqual([]);
    expect((await f.call('POST', url, 'approver', { transition: 'publish' })).statusCode).toBe(200);
    const current = (await f.call('GET', `${base}/${created.id}`, 'approver')).json<{ revision: number }>();
    const saved = await f.call('PUT', `${base}/${created.id}`, 'approver', { title: 'Sự kiện được báo (sửa)', lead: 'Sapo.', bodyHtml: '<p>Hai.</p>', categoryId: f.categoryA, baseRevision: current.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await f.call('POST', url, 'approver', { transition: 'withdraw', note: 'Đính chính.' })).statusCode).toBe(200);
    expect(heard.map((e) => [e.type, e.articleId])).toEqual([
      ['published', created.id],
      ['changed', created.id],
      ['withdrawn', created.id],
    ]);
  });
});
