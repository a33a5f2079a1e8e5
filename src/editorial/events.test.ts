/**
 * Article events: one per change readers can see, from people and from the
 * scheduler alike, delivered only after the commit, never for a rolled-back change,
 * and a failing listener undoes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJobScheduler } from '../jobs/scheduler.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../web/admin/articles/test-fixture.js';
import { restoreRevision, saveArticle, type EditContext } from './editing.js';
import { createDomainEvents, type ArticleEvent, type ArticleEventType } from './events.js';
import { transitionArticle } from './transitions.js';
import { anyString } from '../test-support/matchers.js';

const TYPES: ArticleEventType[] = ['published', 'changed', 'unpublished', 'withdrawn'];

describe.each(TEST_DIALECTS)('article events on %s', (dialect) => {
  let f: EditorialFixture;
  let ctx: EditContext;
  let heard: ArticleEvent[] = [];
  /** The status each listener read from the database as the event arrived. */
  let statusOnArrival: Promise<string | undefined>[] = [];

  const statusOf = async (id: number) => (await f.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirst())?.status;
  const types = () => heard.map((e) => [e.type, e.articleId, e.scheduled]);

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    const events = f.t.services.events;
    for (const type of TYPES) {
      events.on(type, (event) => {
        heard.push(event);
        statusOnArrival.push(statusOf(event.articleId));
      });
    }
    ctx = { actor: { userId: f.ids.approver, isSystemAdmin: false, role: 'approver' }, actorName: 'duyet', siteId: f.siteA.id, events };
  });
  beforeEach(() => {
    heard = [];
    statusOnArrival = [];
  });
  afterAll(() => f.t.close());

  it('hears each change a person makes once, after it committed, and nothing for changes readers cannot see', async () => {
    const a = await f.article(f.siteA, 'writer', 'submitted');
    await transitionArticle(f.db, ctx, a.id, { transition: 'approve' });
    expect(heard).toEqual([]);
    const published = await transitionArticle(f.db, ctx, a.id, { transition: 'publish' });
    expect(heard).toEqual([{ type: 'published', articleId: a.id, siteId: f.siteA.id, at: anyString(), actorId: f.ids.approver, scheduled: false }]);
    const saved = await saveArticle(f.db, ctx, a.id, published.revision, { title: 'Tiêu đề đã sửa sau khi đăng', lead: 'Sapo ngắn.', bodyHtml: '<p>Nội dung đã sửa.</p>', categoryId: f.categoryA });
    await restoreRevision(f.db, ctx, a.id, published.revision, saved.revision);
    await transitionArticle(f.db, ctx, a.id, { transition: 'unpublish' });
    // The listener's reads finish before the next change, which would otherwise race them.
    await Promise.all(statusOnArrival);
    await transitionArticle(f.db, ctx, a.id, { transition: 'reopen' });
    const draft = await saveArticle(f.db, ctx, a.id, saved.revision + 1, { title: 'Sửa bản nháp', lead: '', bodyHtml: '<p>Bản nháp.</p>', categoryId: f.categoryA });
    expect(draft.status).toBe('draft');

    const b = await f.article(f.siteA, 'writer', 'published');
    await transitionArticle(f.db, ctx, b.id, { transition: 'withdraw', note: 'Thông tin chưa chính xác' });
    expect(types()).toEqual([
      ['published', a.id, false],
      ['changed', a.id, false],
      ['changed', a.id, false],
      ['unpublished', a.id, false],
      ['withdrawn', b.id, false],
    ]);
    // Delivered after the commit: a listener reading the article already sees the change.
    expect(await Promise.all(statusOnArrival)).toEqual(['published', 'published', 'published', 'unpublished', 'withdrawn']);
  });

  it('hears nothing of a change that was refused or rolled back', async () => {
    const a = await f.article(f.siteA, 'writer', 'approved');
    const editor: EditContext = { ...ctx, actor: { userId: f.ids.editor, isSystemAdmin: false, role: 'editor' } };
    await expect(transitionArticle(f.db, editor, a.id, { transition: 'publish' })).rejects.toThrow(/không có quyền/);
    const rollback = f.t.services.events.transaction(f.db, async (trx) => {
      await transitionArticle(trx, ctx, a.id, { transition: 'publish' });
      throw new Error('bỏ cả giao dịch');
    });
    await expect(rollback).rejects.toThrow('bỏ cả giao dịch');
    expect(await statusOf(a.id)).toBe('approved');
    expect(heard).toEqual([]);
  });

  it('hears the scheduler publish and take down once each, as a person would be heard', async () => {
    const a = await f.article(f.siteA, 'writer', 'approved');
    const at = new Date(Date.now() + 60_000);
    const down = new Date(at.getTime() + 60_000);
    await transitionArticle(f.db, ctx, a.id, { transition: 'schedule', at: at.toISOString(), unpublishAt: down.toISOString() });
    const scheduler = createJobScheduler(f.t.database.db, f.t.services.events, { workerId: 'su-kien' });
    expect(await scheduler.runDue(new Date(at.getTime() + 1000))).toEqual(['done']);
    expect(await scheduler.runDue(new Date(at.getTime() + 1000))).toEqual([]);
    expect(await scheduler.runDue(new Date(down.getTime() + 1000))).toEqual(['done']);
    expect(types()).toEqual([
      ['published', a.id, true],
      ['unpublished', a.id, true],
    ]);
    expect(heard.every((e) => e.actorId === f.ids.approver)).toBe(true);
    expect(await Promise.all(statusOnArrival)).toEqual(['published', 'unpublished']);
  });

  it('keeps the change when a listener fails, tells the others, and logs the failure', async () => {
    const logged: object[] = [];
    const events = createDomainEvents({ error: (obj) => void logged.push(obj) });
    const later: string[] = [];
    events.on('published', () => {
      throw new Error('bộ nhớ đệm không phản hồi');
    });
    events.on('published', async () => Promise.reject(new Error('nguồn tin không phản hồi')));
    events.on('published', (event) => void later.push(`nghe thấy ${event.articleId}`));
    const a = await f.article(f.siteA, 'writer', 'approved');
    await transitionArticle(f.db, { ...ctx, events }, a.id, { transition: 'publish' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await statusOf(a.id)).toBe('published');
    expect(later).toEqual([`nghe thấy ${a.id}`]);
    expect(logged).toHaveLength(2);
  });
});
