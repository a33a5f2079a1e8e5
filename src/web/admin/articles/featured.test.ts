/**
 * The home page under the editors' control, over HTTP: editors feature articles with an
 * order and an end time, the home's "Tin nổi bật" shows them by order until the end
 * time passes (with no write), contributors cannot feature, bad values answer 400
 * naming the field, and each change is a revision with its audit entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { editorialFixture, type EditorialFixture, type Person } from './test-fixture.js';

interface Article {
  id: number;
  title: string;
  revision: number;
  status: string;
  featured: boolean;
  featuredOrder: number | null;
  featuredUntil: string | null;
  canFeature: boolean;
}

const HOUR = 3600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe.each(TEST_DIALECTS)('featured articles on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  beforeAll(async () => {
    // "Time moves on" is a row written behind the app's back: the page cache would rightly keep the
    // home until the end time it read (page-cache-http.test.ts shows a real end time passing).
    f = await editorialFixture(dialect, { environment: { PAGE_CACHE: 'off' } });
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
  });
  afterAll(() => f.t.close());

  const input = (title: string, over: object = {}) => ({ title, lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId: f.categoryA, ...over });

  async function create(by: Person, title: string): Promise<Article> {
    const res = await f.call('POST', `${base}/articles`, by, input(title));
    expect(res.statusCode).toBe(201);
    return res.json<Article>();
  }

  async function save(by: Person, a: Article, over: object) {
    return f.call('PUT', `${base}/articles/${a.id}`, by, input(a.title, { baseRevision: a.revision, ...over }));
  }

  async function publish(a: Article): Promise<void> {
    const url = `${base}/articles/${a.id}/transitions`;
    expect((await f.call('POST', url, 'editor', { transition: 'submit' })).statusCode).toBe(200);
    expect((await f.call('POST', url, 'approver', { transition: 'approve' })).statusCode).toBe(200);
    expect((await f.call('POST', url, 'approver', { transition: 'publish' })).json<Article>().status).toBe('published');
  }

  async function homeFeatured(): Promise<string[]> {
    const res = await f.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    return Array.from(parseDocument(res.body).querySelectorAll('.home-featured h3 a')).map((a) => a.textContent ?? '');
  }

  const problem = (res: { json: <T>() => T }) => res.json<EditorialProblem>();

  it('shows what an editor features by its order (1 before 2) ahead of the unordered, until its end time passes, with no write', async () => {
    const second = await create('editor', 'Tin nổi bật thứ hai về nông thôn mới');
    const first = await create('editor', 'Tin nổi bật thứ nhất về chuyển đổi số');
    const until = inHours(48);
    const saved2 = await save('editor', second, { featured: true, featuredOrder: 2, featuredUntil: until });
    expect(saved2.statusCode).toBe(200);
    expect(saved2.json<Article>()).toMatchObject({ featured: true, featuredOrder: 2, featuredUntil: until, canFeature: true });
    expect((await save('editor', first, { featured: true, featuredOrder: 1, featuredUntil: until })).statusCode).toBe(200);
    await publish(second);
    await publish(first);

    const shown = await homeFeatured();
    // The seed's featured article has no order: it comes after both.
    expect(shown.slice(0, 2)).toEqual([first.title, second.title]);
    expect(shown.length).toBeGreaterThan(2);

    // Time moves on: the first one's end time is now in the past.
    await f.db.updateTable('articles').set({ featured_until: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', first.id).execute();
    const later = await homeFeatured();
    expect(later).not.toContain(first.title);
    expect(later[0]).toBe(second.title);
    const row = await f.db.selectFrom('articles').select(['featured', 'featured_order', 'revision']).where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ featured: 1, featured_order: 1, revision: 2 });

    // An approver takes the second one off the home page: order and end time go with it.
    const current = (await f.call('GET', `${base}/articles/${second.id}`, 'approver')).json<Article>();
    const off = await save('approver', current, { featured: false });
    expect(off.json<Article>()).toMatchObject({ featured: false, featuredOrder: null, featuredUntil: null });
    expect(await homeFeatured()).not.toContain(second.title);
  });

  it('lets an editor feature a published article without touching its text, and refuses a text change with it', async () => {
    const a = await create('editor', 'Tin đã đăng được đưa lên trang chủ');
    await publish(a);
    const published = (await f.call('GET', `${base}/articles/${a.id}`, 'editor')).json<Article>();
    const withText = await save('editor', published, { featured: true, featuredOrder: 1, lead: 'Sapo sửa lén.' });
    expect(withText.statusCode).toBe(403);
    expect(problem(withText).detail).toBe('Bạn không có quyền sửa tin bài này ở trạng thái hiện tại.');
    const unchanged = await save('editor', published, {});
    expect(unchanged.statusCode).toBe(403);
    const placed = await save('editor', published, { featured: true, featuredOrder: 1 });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json<Article>()).toMatchObject({ featured: true, featuredOrder: 1, revision: published.revision + 1 });
    expect(await homeFeatured()).toContain(a.title);
    // A contributor has no such right on a published article.
    expect((await save('contributor', placed.json<Article>(), { featured: false })).statusCode).toBe(403);
    // Taken off again, so that the other cases' orders are theirs alone (files run in random order).
    expect((await save('editor', placed.json<Article>(), { featured: false })).statusCode).toBe(200);
    expect(await homeFeatured()).not.toContain(a.title);
  });

  it('does not let a contributor feature, on creating or saving, but saves a form that repeats the stored placement', async () => {
    const create403 = await f.call('POST', `${base}/articles`, 'contributor', input('Bài của cộng tác viên muốn nổi bật', { featured: true }));
    expect(create403.statusCode).toBe(403);
    expect(problem(create403).detail).toContain('tin nổi bật');

    const own = await create('contributor', 'Bài cộng tác viên tự sửa');
    expect(own.canFeature).toBe(false);
    const refused = await save('contributor', own, { featured: true, featuredOrder: 1 });
    expect(refused.statusCode).toBe(403);
    const stored = await f.db.selectFrom('articles').select(['featured', 'revision']).where('id', '=', own.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ featured: 0, revision: 1 });

    // An editor features it; the contributor's next save sends the placement back unchanged.
    const featured = (await save('editor', own, { featured: true, featuredOrder: 3 })).json<Article>();
    expect(featured.featuredOrder).toBe(3);
    const resent = await save('contributor', featured, { lead: 'Sapo mới.', featured: true, featuredOrder: 3, featuredUntil: null });
    expect(resent.statusCode).toBe(200);
    expect(resent.json<Article>()).toMatchObject({ featured: true, featuredOrder: 3, lead: 'Sapo mới.' });
    expect((await save('contributor', resent.json<Article>(), { featured: false })).statusCode).toBe(403);
  });

  it('refuses a bad order or end time with 400 naming the field', async () => {
    const a = await create('editor', 'Bài thử thứ tự nổi bật');
    const cases: [object, string][] = [
      [{ featured: true, featuredOrder: 0 }, 'featuredOrder'],
      [{ featured: true, featuredOrder: 100 }, 'featuredOrder'],
      [{ featured: true, featuredOrder: 1.5 }, 'featuredOrder'],
      [{ featured: true, featuredOrder: '1' }, 'featuredOrder'],
      [{ featured: 'yes' }, 'featured'],
      [{ featured: true, featuredUntil: 'ngày mai' }, 'featuredUntil'],
      [{ featured: true, featuredUntil: inHours(-1) }, 'featuredUntil'],
    ];
    for (const [over, field] of cases) {
      const res = await save('editor', a, over);
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const body = problem(res);
      expect(body.errors?.map((e) => e.field)).toContain(field);
      expect(body.errors?.find((e) => e.field === field)?.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
    const row = await f.db.selectFrom('articles').select(['featured', 'revision']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ featured: 0, revision: 1 });
  });

  it('keeps each change as a revision with its audit entry, and restoring old text leaves the placement alone', async () => {
    const a = await create('editor', 'Bài nổi bật có lịch sử');
    const until = inHours(24);
    const saved = (await save('editor', a, { featured: true, featuredOrder: 5, featuredUntil: until })).json<Article>();
    expect(saved.revision).toBe(2);
    const diff = (await f.call('GET', `${base}/articles/${a.id}/diff?from=1&to=2`, 'editor')).json<{ fields: { field: string; label: string }[] }>();
    expect(diff.fields.map((d) => d.field)).toEqual(['featured', 'featuredOrder', 'featuredUntil']);
    expect(diff.fields[0]?.label).toBe('Tin nổi bật');
    const audit = await listAudit(f.db, { action: 'article_saved', objectId: String(a.id), limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ actor_id: f.ids.editor });
    expect(JSON.stringify(audit.rows[0])).toContain('featuredOrder');

    const restored = await f.call('POST', `${base}/articles/${a.id}/revisions/1/restore`, 'editor', { baseRevision: 2 });
    expect(restored.statusCode).toBe(200);
    expect(restored.json<Article>()).toMatchObject({ revision: 3, featured: true, featuredOrder: 5, featuredUntil: until });
  });
});
