/**
 * A topic's journey over HTTP on both databases: the system admin makes a system topic
 * (bad dates, a taken slug refused with a Vietnamese 400/409 that changes nothing); a
 * site's approver makes a site topic (never with a system topic's slug); approvers of
 * two sites propose their published articles, the owner accepts one and declines the
 * other with a note; an owner's own addition is accepted at once; /chuyen-de on each
 * site lists what that site shows; /chuyen-de/{slug} lists the accepted public articles
 * of every site, newest first, each linked on its own site; a withdrawn article leaves
 * the page and the feed at once; every write is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { AdminTopic, TopicMemberList } from '../../../contract/topics.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

describe.each(TEST_DIALECTS)('topics over HTTP on %s', (dialect) => {
  let f: EditorialFixture;
  /** An approver of site B (dongha). */
  let approverB: Signed;

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    await createTestUser(f.db, `duyet-b-${dialect}`, [{ siteId: f.siteB.id, role: 'approver' }]);
    approverB = await signIn(f.app, `duyet-b-${dialect}`);
  });
  afterAll(() => f.t.close());

  const publicGet = (url: string, host: string) => f.app.inject({ url, headers: { host } });
  const asB = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
    f.app.inject({ method, url, headers: approverB.headers, ...(body === undefined ? {} : { payload: body as object }) });

  it('runs the journey from a new topic to its public page, across sites', async () => {
    const sys = '/api/v1/admin/topics';
    const bad = await f.call('POST', sys, 'sysadmin', { title: 'Chuyên đề sai ngày', startsOn: '2022-12-15', endsOn: '2022-11-15' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string; message: string }[] }>().errors).toContainEqual({ field: 'endsOn', message: 'Ngày kết thúc không thể trước ngày bắt đầu' });

    const created = await f.call('POST', sys, 'sysadmin', {
      title: 'Tháng hành động vì bình đẳng giới năm 2022', slug: `binh-dang-gioi-${dialect}`, description: 'Đoạn một.\n\nĐoạn hai <b>không phải HTML</b>.',
      startsOn: '2022-11-15', endsOn: '2022-12-15',
    });
    expect(created.statusCode, created.body).toBe(201);
    const topic = created.json<AdminTopic>();
    expect(topic).toMatchObject({ site: null, slug: `binh-dang-gioi-${dialect}`, status: 'active', accepted: 0, proposed: 0, canManage: true });
    const again = await f.call('POST', sys, 'sysadmin', { title: 'Trùng địa chỉ', slug: topic.slug });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toContain('đã có chuyên đề khác dùng');
    // A site topic may not take the system topic's slug.
    const siteBase = `/api/v1/admin/sites/${f.siteA.slug}/topics`;
    expect((await f.call('POST', siteBase, 'approver', { title: 'Trùng', slug: topic.slug })).statusCode).toBe(409);
    const siteTopic = await f.call('POST', siteBase, 'approver', { title: `Chuyên đề riêng của Cam Lộ ${dialect}` });
    expect(siteTopic.statusCode, siteTopic.body).toBe(201);
    expect(siteTopic.json<AdminTopic>()).toMatchObject({ site: f.siteA.slug, canManage: true });

    // Proposals from two sites, then the owner's decisions.
    const older = await f.article(f.siteA, 'writer', 'published', 'Cam Lộ hưởng ứng tháng hành động');
    await f.db.updateTable('articles').set({ published_at: '2022-11-16T09:21:00.000Z' }).where('id', '=', older.id).execute();
    const fromB = await f.article(f.siteB, 'writer', 'published', 'Đông Hà mít tinh vì bình đẳng giới');
    const declinedB = await f.article(f.siteB, 'writer', 'published', 'Bài không đúng chủ đề');
    const draft = await f.article(f.siteA, 'writer', 'draft');
    const members = `${sys}/${topic.id}/articles`;
    const notPublished = await f.call('POST', members, 'approver', { articleId: draft.id });
    expect(notPublished.statusCode).toBe(409);
    expect(notPublished.json<{ detail: string }>().detail).toContain('Hãy đăng tin bài trước');
    expect((await f.call('POST', members, 'approver', { articleId: fromB.id })).statusCode).toBe(403);
    expect((await f.call('POST', members, 'editor', { articleId: older.id })).statusCode).toBe(403);
    const proposed = await f.call('POST', members, 'approver', { articleId: older.id, note: 'Đề nghị đưa vào chuyên đề.' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json<TopicMemberList>().items).toMatchObject([{ articleId: older.id, state: 'proposed', canDecide: false, canRemove: true }]);
    expect((await asB('POST', members, { articleId: declinedB.id })).statusCode).toBe(201);
    expect((await f.call('POST', members, 'approver', { articleId: older.id })).statusCode).toBe(409);

    const decision = (articleId: number) => `${members}/${articleId}/decision`;
    expect((await f.call('POST', decision(older.id), 'approver', { decision: 'accept' })).statusCode).toBe(403);
    const noNote = await f.call('POST', decision(declinedB.id), 'sysadmin', { decision: 'decline' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['note']);
    expect((await f.call('POST', decision(older.id), 'sysadmin', { decision: 'accept' })).statusCode).toBe(200);
    expect((await f.call('POST', decision(declinedB.id), 'sysadmin', { decision: 'decline', note: 'Tin bài không thuộc chủ đề.' })).statusCode).toBe(200);
    expect((await f.call('POST', decision(declinedB.id), 'sysadmin', { decision: 'accept' })).statusCode).toBe(409);
    // The system admin owns the topic: what they add is accepted at once.
    const direct = await f.call('POST', members, 'sysadmin', { articleId: fromB.id });
    expect(direct.json<TopicMemberList>().items.find((m) => m.articleId === fromB.id)?.state).toBe('accepted');

    // Each side sees what is theirs: B's approver sees the decline and its note, not A's proposals.
    const seenByB = (await asB('GET', `${sys}/${topic.id}`)).json<TopicMemberList>();
    expect(seenByB.items.find((m) => m.articleId === declinedB.id)).toMatchObject({ state: 'declined', note: 'Tin bài không thuộc chủ đề.' });
    expect(seenByB.topic).toMatchObject({ accepted: 2, proposed: 0, canManage: false });

    // Public: the system topic on every site, Cam Lộ's own topic on Cam Lộ only.
    const listA = await publicGet('/chuyen-de', 'camlo.localhost');
    expect(listA.statusCode).toBe(200);
    expect(listA.body).toContain(`href="/chuyen-de/${topic.slug}"`);
    expect(listA.body).toContain(`Chuyên đề riêng của Cam Lộ ${dialect}`);
    const listB = await publicGet('/chuyen-de', 'dongha.localhost');
    expect(listB.body).toContain(`href="/chuyen-de/${topic.slug}"`);
    expect(listB.body).not.toContain(`Chuyên đề riêng của Cam Lộ ${dialect}`);

    const page = await publicGet(`/chuyen-de/${topic.slug}`, 'camlo.localhost');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<p>Đoạn hai &lt;b>không phải HTML&lt;/b>.</p>');
    expect(page.body).toContain('<time datetime="2022-11-15">15/11/2022</time>');
    const newer = page.body.indexOf('Đông Hà mít tinh vì bình đẳng giới');
    const older1 = page.body.indexOf('Cam Lộ hưởng ứng tháng hành động');
    expect(newer).toBeGreaterThan(0);
    expect(older1).toBeGreaterThan(newer);
    expect(page.body).not.toContain('Bài không đúng chủ đề');
    // Here a path; another site's article at that site's own address.
    expect(page.body).toMatch(new RegExp(`href="/[a-z0-9-]+/${older.slug}"`));
    expect(page.body).toMatch(new RegExp(`href="http://dongha\\.localhost/[a-z0-9-]+/${fromB.slug}"`));
    expect(page.body).toContain(f.siteB.name);
    const feed = await publicGet(`/chuyen-de/${topic.slug}/rss.xml`, 'camlo.localhost');
    expect(feed.headers['content-type']).toContain('application/rss+xml');
    expect(feed.body).toMatch(new RegExp(`<link>http://camlo\\.localhost/[a-z0-9-]+/${older.slug}</link>`));

    // Withdrawn: gone from the page and the feed at once.
    const withdraw = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/articles/${older.id}/transitions`, 'approver', { transition: 'withdraw', note: 'Thu hồi để đính chính.' });
    expect(withdraw.statusCode, withdraw.body).toBe(200);
    expect((await publicGet(`/chuyen-de/${topic.slug}`, 'camlo.localhost')).body).not.toContain('Cam Lộ hưởng ứng tháng hành động');
    expect((await publicGet(`/chuyen-de/${topic.slug}/rss.xml`, 'camlo.localhost')).body).not.toContain(older.slug);

    // The article's approver takes their article out; the topic's other members stay.
    expect((await asB('DELETE', `${members}/${fromB.id}`)).statusCode).toBe(204);
    const afterRemoval = (await f.call('GET', `${sys}/${topic.id}`, 'sysadmin')).json<TopicMemberList>();
    expect(afterRemoval.items.map((m) => m.articleId).sort()).toEqual([older.id, declinedB.id].sort());
    expect(afterRemoval.items.find((m) => m.articleId === older.id)?.isPublic).toBe(false);

    const audit = await listAudit(f.db, { objectType: 'topic', objectId: String(topic.id), limit: 50, offset: 0 });
    const actions = audit.rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['topic_created', 'topic_article_proposed', 'topic_article_accepted', 'topic_article_declined', 'topic_article_added', 'topic_article_removed']));
  });

  it('hides a hidden topic, refuses bad pages and unknown topics', async () => {
    const created = (await f.call('POST', '/api/v1/admin/topics', 'sysadmin', { title: `Chuyên đề ẩn ${dialect}` })).json<AdminTopic>();
    expect((await publicGet(`/chuyen-de/${created.slug}`, 'camlo.localhost')).statusCode).toBe(200);
    expect((await publicGet(`/chuyen-de/${created.slug}?trang=abc`, 'camlo.localhost')).statusCode).toBe(400);
    expect((await publicGet(`/chuyen-de/${created.slug}?trang=9`, 'camlo.localhost')).statusCode).toBe(404);
    const hidden = await f.call('PUT', `/api/v1/admin/topics/${created.id}`, 'sysadmin', { title: created.title, status: 'hidden' });
    expect(hidden.json<AdminTopic>()).toMatchObject({ status: 'hidden', publicUrl: null, slug: created.slug });
    expect((await publicGet(`/chuyen-de/${created.slug}`, 'camlo.localhost')).statusCode).toBe(404);
    expect((await publicGet('/chuyen-de', 'camlo.localhost')).body).not.toContain(created.title);
    expect((await publicGet('/chuyen-de/Khong_Hop_Le', 'camlo.localhost')).statusCode).toBe(404);
    // A system topic is not reached through a site's path, nor a site's topic through another site.
    expect((await f.call('GET', `/api/v1/admin/sites/${f.siteA.slug}/topics/${created.id}`, 'sysadmin')).statusCode).toBe(404);
    expect((await f.call('GET', '/api/v1/admin/topics/abc', 'sysadmin')).statusCode).toBe(400);
    expect((await f.call('GET', '/api/v1/admin/sites/khong-co/topics', 'sysadmin')).statusCode).toBe(404);
  });

  it('answers two creations of one address at the same moment with one topic and one 409, never a 500', async () => {
    const body = { title: `Chuyên đề tạo cùng lúc ${dialect}`, slug: `cung-luc-${dialect}` };
    const answers = await Promise.all([1, 2, 3].map(() => f.call('POST', '/api/v1/admin/topics', 'sysadmin', body)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    const rows = await f.db.selectFrom('topics').select('id').where('slug', '=', body.slug).execute();
    expect(rows).toHaveLength(1);
  });
});
