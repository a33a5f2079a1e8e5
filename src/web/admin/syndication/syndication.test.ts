/**
 * Syndication end to end over HTTP on both databases: Cam Lộ's approver proposes a
 * published article to the province; the province's approver accepts it; it is then on
 * the province's home block, its list and its feed, named and linked to Cam Lộ; an edit
 * at Cam Lộ shows there at once and a withdrawal at Cam Lộ removes it at once. Declining
 * needs a note; unpublished, withdrawn and twice-proposed articles get a clear 409; every
 * decision is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { AdminSyndication, SyndicationOverview } from '../../../contract/syndication.js';
import type { ArticleRow } from '../../../db/schema.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { syndicationFixture, type SyndicationFixture } from './test-fixture.js';

interface Problem {
  detail: string;
  errors?: { field: string; message: string }[];
}

describe.each(TEST_DIALECTS)('syndication journey on %s', (dialect) => {
  let f: SyndicationFixture;
  let camlo: string;
  let province: string;
  let categorySlug: string;

  beforeAll(async () => {
    f = await syndicationFixture(dialect);
    camlo = `/api/v1/admin/sites/${f.siteA.slug}`;
    province = `/api/v1/admin/sites/${f.province.slug}`;
    categorySlug = (await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow()).slug;
  });
  afterAll(() => f.t.close());

  /** A published Cam Lộ article with a title no other case uses. */
  let serial = 0;
  async function published(title?: string): Promise<ArticleRow> {
    serial += 1;
    return f.article(f.siteA, 'writer', 'published', title ?? `Tin Cam Lộ gửi lên tỉnh số ${serial} ${dialect}`);
  }

  const propose = (id: number, who: 'approver' | 'site_admin' = 'approver') => f.call('POST', `${camlo}/articles/${id}/syndication`, who);
  const provincePage = (url: string) => f.app.inject({ url, headers: { host: 'localhost' } });
  const sourceUrl = (a: ArticleRow) => `http://camlo.localhost/${categorySlug}/${a.slug}`;

  async function inboxItem(articleId: number): Promise<AdminSyndication | undefined> {
    const res = await f.callProvince('GET', `${province}/syndication`, 'approver');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SyndicationOverview>().inbox.find((i) => i.article.id === articleId);
  }

  it('proposes, accepts, shows on the province with the source named and linked, follows an edit and a withdrawal at the source', async () => {
    const article = await published();
    const proposed = await propose(article.id);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const sent = proposed.json<AdminSyndication>();
    expect(sent).toMatchObject({ state: 'proposed', from: { slug: 'camlo' }, to: { slug: f.province.slug }, actions: ['retract'] });
    expect(sent.article).toMatchObject({ id: article.id, title: article.title, public: true, url: sourceUrl(article) });

    // Proposed, not yet accepted: nowhere on the province.
    expect((await provincePage('/')).body).not.toContain(article.title);
    expect((await provincePage('/tin-dia-phuong')).body).not.toContain(article.title);

    const waiting = await inboxItem(article.id);
    expect(waiting).toMatchObject({ id: sent.id, state: 'proposed', actions: ['accept', 'decline'] });
    const accepted = await f.callProvince('POST', `${province}/syndication/${sent.id}/accept`, 'approver', { note: 'Đăng ở mục tin địa phương.' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<AdminSyndication>()).toMatchObject({ state: 'accepted', note: 'Đăng ở mục tin địa phương.', decidedBy: `tinh-approver-${dialect}`, actions: [] });

    const home = await provincePage('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Tin từ các địa phương');
    expect(home.body).toContain(`<a href="${sourceUrl(article)}">${article.title}`);
    expect(home.body).toContain('Nguồn: <a href="http://camlo.localhost/">Huyện Cam Lộ</a>');
    const list = await provincePage('/tin-dia-phuong');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`<a href="${sourceUrl(article)}">${article.title}`);
    expect(list.body).toContain('<link rel="canonical" href="http://quangtri.localhost/tin-dia-phuong"/>');
    const feed = await provincePage('/tin-dia-phuong/rss.xml');
    expect(feed.body).toContain(`<link>${sourceUrl(article)}</link>`);
    // The article keeps its one page, at the source.
    expect((await f.app.inject({ url: `/${categorySlug}/${article.slug}`, headers: { host: 'camlo.localhost' } })).statusCode).toBe(200);

    // An edit at the source shows on the province at once: nothing was copied.
    const saved = await f.call('PUT', `${camlo}/articles/${article.id}`, 'approver', {
      title: `${article.title} (đã cập nhật)`, lead: 'Sapo mới.', bodyHtml: '<p>Nội dung mới.</p>', categoryId: f.categoryA, baseRevision: article.revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await provincePage('/')).body).toContain(`${article.title} (đã cập nhật)`);
    expect((await provincePage('/tin-dia-phuong')).body).toContain(`${article.title} (đã cập nhật)`);

    // Withdrawn at the source: gone from the province's block, list and feed at once.
    const withdrawn = await f.call('POST', `${camlo}/articles/${article.id}/transitions`, 'approver', { transition: 'withdraw', note: 'Đính chính số liệu.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await provincePage('/')).body).not.toContain(article.title);
    expect((await provincePage('/tin-dia-phuong')).body).not.toContain(article.title);
    expect((await provincePage('/tin-dia-phuong/rss.xml')).body).not.toContain(article.title);
    // The district sees its article no longer public there.
    const outbox = (await f.call('GET', `${camlo}/syndication`, 'approver')).json<SyndicationOverview>().outbox;
    expect(outbox.find((i) => i.id === sent.id)?.article).toMatchObject({ status: 'withdrawn', public: false });

    const steps = await listAudit(f.db, { objectType: 'syndication', objectId: String(sent.id), limit: 10, offset: 0 });
    expect(steps.rows.map((r) => [r.action, r.site_id, r.actor_id]).sort()).toEqual([
      ['syndication_accepted', f.province.id, f.provinceIds.approver],
      ['syndication_proposed', f.siteA.id, f.ids.approver],
    ]);
  });

  it('declines only with a note, which the district reads; the article may then be proposed again', async () => {
    const article = await published();
    const sent = (await propose(article.id, 'site_admin')).json<AdminSyndication>();
    const bare = await f.callProvince('POST', `${province}/syndication/${sent.id}/decline`, 'site_admin', { note: '   ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<Problem>().errors?.[0]?.field).toBe('note');
    expect((await inboxItem(article.id))?.state).toBe('proposed');

    const declined = await f.callProvince('POST', `${province}/syndication/${sent.id}/decline`, 'site_admin', { note: 'Tin mang tính nội bộ của huyện.' });
    expect(declined.statusCode, declined.body).toBe(200);
    const outbox = (await f.call('GET', `${camlo}/syndication`, 'approver')).json<SyndicationOverview>().outbox;
    expect(outbox.find((i) => i.id === sent.id)).toMatchObject({ state: 'declined', stateLabel: 'Bị từ chối', note: 'Tin mang tính nội bộ của huyện.', actions: [] });
    expect((await provincePage('/tin-dia-phuong')).body).not.toContain(article.title);
    // Deciding twice: the proposal is no longer waiting.
    expect((await f.callProvince('POST', `${province}/syndication/${sent.id}/accept`, 'approver', {})).statusCode).toBe(409);

    const again = await propose(article.id);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<AdminSyndication>().id).not.toBe(sent.id);
    const audit = await listAudit(f.db, { action: 'syndication_declined', objectId: String(sent.id), limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ site_id: f.province.id, actor_id: f.provinceIds.site_admin });
  });

  it('refuses with 409 an article that is not public, one already proposed, and a proposal from the root site', async () => {
    for (const status of ['draft', 'approved', 'unpublished', 'withdrawn'] as const) {
      const a = await f.article(f.siteA, 'writer', status);
      const res = await propose(a.id);
      expect(res.statusCode, `${status}: ${res.body}`).toBe(409);
      expect(res.json<Problem>().detail).toMatch(/chỉ tin bài đang đăng công khai mới đề xuất lên cổng cấp trên được/);
    }
    const a = await published();
    expect((await propose(a.id)).statusCode).toBe(201);
    const twice = await propose(a.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Problem>().detail).toContain('đang chờ cổng cấp trên xem xét');

    // Two proposals at once: one is stored, the other is told it came second.
    const b = await published();
    const both = await Promise.all([propose(b.id), propose(b.id, 'site_admin')]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const live = await f.db.selectFrom('syndications').select('id').where('article_id', '=', b.id).execute();
    expect(live).toHaveLength(1);

    const root = await f.db.selectFrom('articles').select('id').where('site_id', '=', f.province.id).where('status', '=', 'published').executeTakeFirstOrThrow();
    const fromRoot = await f.callProvince('POST', `${province}/articles/${root.id}/syndication`, 'approver');
    expect(fromRoot.statusCode).toBe(409);
    expect(fromRoot.json<Problem>().detail).toContain('không có cổng cấp trên');
    // Another site's article through Cam Lộ's path is not Cam Lộ's.
    expect((await propose(root.id)).statusCode).toBe(404);
    expect((await f.call('POST', `${camlo}/articles/abc/syndication`, 'approver')).statusCode).toBe(400);
  });

  it('refuses to accept an article withdrawn at the source while it waited', async () => {
    const a = await published();
    const sent = (await propose(a.id)).json<AdminSyndication>();
    await f.call('POST', `${camlo}/articles/${a.id}/transitions`, 'approver', { transition: 'withdraw', note: 'Thu hồi.' });
    const res = await f.callProvince('POST', `${province}/syndication/${sent.id}/accept`, 'approver', {});
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().detail).toContain('không còn đăng công khai ở cổng nguồn');
  });

  it('retracts an accepted article at the source: gone from the province; a proposal of another site is not reachable from here', async () => {
    const a = await published();
    const sent = (await propose(a.id)).json<AdminSyndication>();
    expect((await f.callProvince('POST', `${province}/syndication/${sent.id}/accept`, 'approver', {})).statusCode).toBe(200);
    expect((await provincePage('/tin-dia-phuong')).body).toContain(a.title);
    const retracted = await f.call('DELETE', `${camlo}/articles/${a.id}/syndication`, 'approver');
    expect(retracted.statusCode, retracted.body).toBe(200);
    expect(retracted.json<AdminSyndication>()).toMatchObject({ state: 'retracted', actions: [] });
    expect((await provincePage('/tin-dia-phuong')).body).not.toContain(a.title);
    expect((await f.call('DELETE', `${camlo}/articles/${a.id}/syndication`, 'approver')).statusCode).toBe(409);
    // Accepting through the wrong site's path: not found there (the sysadmin may act anywhere, and still gets 404).
    const other = (await propose((await published()).id)).json<AdminSyndication>();
    expect((await f.call('POST', `/api/v1/admin/sites/dongha/syndication/${other.id}/accept`, 'sysadmin', {})).statusCode).toBe(404);
    expect((await f.callProvince('POST', `${province}/syndication/${other.id}/accept`, 'approver', { note: 'x'.repeat(1001) })).statusCode).toBe(400);
    expect((await f.callProvince('POST', `${province}/syndication/${other.id}/accept`, 'approver', { extra: 1 })).statusCode).toBe(400);
  });
});
