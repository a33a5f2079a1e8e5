/**
 * The read gate, table-driven over every public surface: one site holds an article in
 * each state a newsroom produces (each reached through the editorial API, as a person
 * would), and each surface shows exactly the public ones — the page and its print
 * view, the home and category pages, the JSON API (list, detail, search), the RSS
 * feeds, the sitemap, /tim-kiem and its near matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../web/admin/articles/test-fixture.js';
import { isPublic, publicViewOf } from './read-gate.js';

/** Each state, with the word only its title carries and what its URL answers the public. */
const CASES = [
  { state: 'published', word: 'dangxong', listed: true, page: 200 },
  { state: 'draft', word: 'banthao', listed: false, page: 404 },
  { state: 'submitted', word: 'daguiduyet', listed: false, page: 404 },
  { state: 'scheduled', word: 'henlich', listed: false, page: 404 },
  { state: 'future-dated', word: 'ngaymai', listed: false, page: 404 },
  { state: 'unpublished', word: 'dagoxuong', listed: false, page: 410 },
  { state: 'withdrawn', word: 'thuhoilai', listed: false, page: 410 },
] as const;

type State = (typeof CASES)[number]['state'];

/** Static pages go through the same workflow: each state, the word only its title carries, and what its address answers. */
const PAGE_CASES = [
  { state: 'published', word: 'trangdadang', listed: true, page: 200 },
  { state: 'draft', word: 'trangbannhap', listed: false, page: 404 },
  { state: 'submitted', word: 'trangchoduyet', listed: false, page: 404 },
  { state: 'returned', word: 'trangtralai', listed: false, page: 404 },
  { state: 'approved', word: 'trangdaduyet', listed: false, page: 404 },
  { state: 'unpublished', word: 'trangdago', listed: false, page: 404 },
] as const;
type PageState = (typeof PAGE_CASES)[number]['state'];

/** The transitions that bring a new draft page to each state. */
const PAGE_STEPS: Record<PageState, readonly [string, string?][]> = {
  published: [['submit'], ['approve'], ['publish']],
  draft: [],
  submitted: [['submit']],
  returned: [['submit'], ['return', 'Bổ sung số điện thoại.']],
  approved: [['submit'], ['approve']],
  unpublished: [['submit'], ['approve'], ['publish'], ['unpublish']],
};
/** Every title shares this made-up word, so one near-match query reaches them all. */
const SHARED = 'Vinhlinhgate';
const HOUR = 3600_000;

interface Made {
  id: number;
  title: string;
  path: string;
}

describe.each(TEST_DIALECTS)('the read gate on every public surface on %s', (dialect) => {
  let f: EditorialFixture;
  const made = new Map<State, Made>();
  const host = { host: 'camlo.localhost' };
  const get = (url: string) => f.app.inject({ url, headers: host });

  async function step(id: number, transition: string, extra: Record<string, unknown> = {}): Promise<void> {
    const res = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/articles/${id}/transitions`, 'approver', { transition, ...extra });
    expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
  }

  /** Creates the article and walks it through the workflow to `state`. */
  async function make(state: State, word: string, categorySlug: string): Promise<Made> {
    const title = `${SHARED} ${word} bài thử cổng đọc`;
    const futureDate = state === 'future-dated' ? { publishedAt: new Date(Date.now() + 24 * HOUR).toISOString() } : {};
    const created = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/articles`, 'approver', {
      title, lead: `Sapo của bài ${word}.`, bodyHtml: `<p>Nội dung bài ${word}.</p>`, categoryId: f.categoryA, ...futureDate,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, slug } = created.json<{ id: number; slug: string }>();
    if (state !== 'draft') await step(id, 'submit');
    if (state !== 'draft' && state !== 'submitted') await step(id, 'approve');
    if (state === 'scheduled') await step(id, 'schedule', { at: new Date(Date.now() + HOUR).toISOString() });
    if (['published', 'future-dated', 'unpublished', 'withdrawn'].includes(state)) await step(id, 'publish');
    if (state === 'unpublished') await step(id, 'unpublish');
    if (state === 'withdrawn') await step(id, 'withdraw', { note: 'Thu hồi để đính chính.' });
    return { id, title, path: `/${categorySlug}/${slug}` };
  }

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    const category = await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow();
    for (const c of CASES) made.set(c.state, await make(c.state, c.word, category.slug));
  });
  afterAll(() => f.t.close());

  const article = (state: State): Made => {
    const m = made.get(state);
    if (m === undefined) throw new Error(`no ${state} article`);
    return m;
  };

  it('each article really is in its state', async () => {
    const rows = await f.db.selectFrom('articles').select(['id', 'status', 'published_at']).where('id', 'in', [...made.values()].map((m) => m.id)).execute();
    const statusOf = new Map(rows.map((r) => [r.id, r.status]));
    expect(statusOf.get(article('future-dated').id)).toBe('published');
    expect(statusOf.get(article('scheduled').id)).toBe('scheduled');
    expect(statusOf.get(article('unpublished').id)).toBe('unpublished');
    expect(statusOf.get(article('withdrawn').id)).toBe('withdrawn');
    for (const row of rows) expect(isPublic(row), `${row.id} ${row.status}`).toBe(row.id === article('published').id);
  });

  describe.each(CASES)('a $state article', ({ state, word, listed, page }) => {
    const seenIf = (body: string) => expect(body.includes(article(state).title), `${state} in the answer`).toBe(listed);

    it(`article page answers ${page}, its print view too`, async () => {
      const a = article(state);
      const res = await get(a.path);
      expect(res.statusCode).toBe(page);
      expect(res.body.includes(a.title)).toBe(page === 200);
      expect((await get(`${a.path}?ban-in=1`)).statusCode).toBe(page);
    });

    it(listed ? 'is on the home and its category page' : 'is on neither the home nor its category page', async () => {
      seenIf((await get('/')).body);
      seenIf((await get(article(state).path.split('/').slice(0, 2).join('/'))).body);
    });

    it(listed ? 'is in the site and category RSS and the sitemap' : 'is in no RSS feed nor the sitemap', async () => {
      const slug = article(state).path.split('/')[2] ?? '';
      seenIf((await get('/rss.xml')).body);
      seenIf((await get(`${article(state).path.split('/').slice(0, 2).join('/')}/rss.xml`)).body);
      expect((await get('/sitemap.xml')).body.includes(slug), `${state} in the sitemap`).toBe(listed);
    });

    it(`API: listed ${listed ? 'yes' : 'no'}, detail ${page}`, async () => {
      const a = article(state);
      const list = (await get('/api/v1/articles?limit=100')).json<{ items: { id: number }[] }>();
      expect(list.items.some((i) => i.id === a.id)).toBe(listed);
      expect((await get(`/api/v1/articles/${a.id}`)).statusCode).toBe(page);
    });

    it(listed ? 'is found by search, in pages and in the API' : 'is found by no search', async () => {
      const api = (await get(`/api/v1/search?q=${word}`)).json<{ items: { title: string }[] }>();
      expect(api.items.some((i) => i.title === article(state).title)).toBe(listed);
      // The results page marks the matched words inside titles: its links are what it shows.
      const page = (await get(`/tim-kiem?q=${word}`)).body;
      expect(page.includes(`href="${article(state).path}"`), `${state} among the results`).toBe(listed);
    });
  });

  it('near matches for a mistyped word show only the public article', async () => {
    const near = await get(`/tim-kiem?q=${SHARED}x`);
    expect(near.statusCode).toBe(200);
    for (const { state, listed } of CASES) expect(near.body.includes(`href="${article(state).path}"`), `${state} among near matches`).toBe(listed);
    const api = (await get(`/api/v1/search?q=${SHARED}x`)).json<{ items: unknown[]; nearMatches?: { title: string }[] }>();
    expect(api.items).toEqual([]);
    expect((api.nearMatches ?? []).map((n) => n.title)).toEqual([article('published').title]);
  });

  describe.each(PAGE_CASES)('a $state static page', ({ state, word, listed, page }) => {
    let slug = '';
    beforeAll(async () => {
      const base = `/api/v1/admin/sites/${f.siteA.slug}/pages`;
      // Not titled with SHARED: the near-match case above is about articles, and runs before or after these in random order.
      const created = await f.call('POST', base, 'approver', { title: `Quangtritrang ${word} trang thử cổng đọc`, bodyHtml: `<p>Nội dung trang ${word}.</p>` });
      expect(created.statusCode, created.body).toBe(201);
      const made = created.json<{ id: number; slug: string }>();
      slug = made.slug;
      for (const [transition, note] of PAGE_STEPS[state]) {
        const res = await f.call('POST', `${base}/${made.id}/transitions`, 'approver', { transition, ...(note === undefined ? {} : { note }) });
        expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
      }
      const row = await f.db.selectFrom('pages').select('status').where('id', '=', made.id).executeTakeFirstOrThrow();
      expect(row.status).toBe(state);
    });

    it(`its address answers ${page}`, async () => {
      const res = await get(`/trang/${slug}`);
      expect(res.statusCode).toBe(page);
      expect(res.body.includes(`Nội dung trang ${word}.`)).toBe(page === 200);
    });

    it(listed ? 'is on the site map, in the sitemap and found by search' : 'is on no site map, in no sitemap, found by no search', async () => {
      expect((await get('/so-do-trang')).body.includes(`/trang/${slug}"`), 'site map').toBe(listed);
      expect((await get('/sitemap-trang.xml')).body.includes(`/trang/${slug}<`), 'sitemap').toBe(listed);
      expect((await get(`/tim-kiem?q=${word}`)).body.includes(`href="/trang/${slug}"`), 'search').toBe(listed);
    });
  });

  it('a future-dated article appears once its time has come (the gate reads the clock)', () => {
    const row = { status: 'published', published_at: new Date(Date.now() + HOUR).toISOString() };
    expect(publicViewOf(row)).toBe('hidden');
    expect(publicViewOf(row, new Date(Date.now() + 2 * HOUR))).toBe('shown');
  });
});
