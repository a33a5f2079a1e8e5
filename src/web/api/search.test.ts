/**
 * /api/v1/search on every dialect: scoped to the current site by default, to another
 * with `site`, to the whole system with `site=all`; filters refused with a 400 naming
 * them when they cannot apply; links absolute on each hit's own site; near matches
 * when nothing is found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createApiTestApp, type ApiTestApp } from './testing/api-app.js';

const seed = loadSeedArticle();
const QUERY = encodeURIComponent('bình đẳng giới');

interface Hit {
  type: 'article' | 'page';
  id: number;
  site: string;
  url: string;
  titleHtml: string;
}
interface Result {
  items: Hit[];
  total: number;
  page: number;
  pageSize: number;
  nearMatches: Hit[];
}

describe.each(TEST_DIALECTS)('search API on %s', (dialect) => {
  let t: ApiTestApp;
  const seedUrl = `http://camlo.localhost/${seed.category}/${seed.expectedSlug}`;
  const get = (url: string, host = 'camlo.localhost') => t.app.inject({ url, headers: { host } });
  const search = async (query: string, host?: string) => {
    const res = await get(`/api/v1/search?${query}`, host);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Result>();
  };
  const fieldsOf = async (query: string) => {
    const res = await get(`/api/v1/search?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    return res.json<{ errors: { name: string }[] }>().errors.map((e) => e.name);
  };

  beforeAll(async () => {
    t = await createApiTestApp(dialect, { rateLimit: false, articlesPerSite: 6 });
  });
  afterAll(() => t.close());

  it('finds the seed article on its own site, linked at its canonical URL', async () => {
    const result = await search(`q=${QUERY}`);
    const hit = result.items.find((h) => h.url === seedUrl);
    expect(hit?.site).toBe('camlo');
    expect(hit?.type).toBe('article');
    expect(result.total).toBeGreaterThanOrEqual(1);
  });

  it('searches the current site unless told another site or all', async () => {
    const fromDongha = await search(`q=${QUERY}`, 'dongha.localhost');
    expect(fromDongha.items.every((h) => h.site === 'dongha')).toBe(true);
    expect(fromDongha.items.some((h) => h.url === seedUrl)).toBe(false);
    expect((await search(`q=${QUERY}&site=camlo`, 'dongha.localhost')).items.some((h) => h.url === seedUrl)).toBe(true);
    const all = await search(`q=${QUERY}&site=all&pageSize=50`, 'dongha.localhost');
    expect(all.items.some((h) => h.url === seedUrl)).toBe(true);
  });

  it('filters by type and category', async () => {
    const pages = await search(`q=${encodeURIComponent('giới thiệu')}&type=page`);
    expect(pages.items.length).toBeGreaterThan(0);
    expect(pages.items.every((h) => h.type === 'page')).toBe(true);
    const inCategory = await search(`q=${QUERY}&category=${seed.category}`);
    expect(inCategory.items.some((h) => h.url === seedUrl)).toBe(true);
    expect(inCategory.items.every((h) => h.type === 'article' && h.url.startsWith(`http://camlo.localhost/${seed.category}/`))).toBe(true);
  });

  it('takes every kind of the search registry as a type, and documents them', async () => {
    for (const type of ['document', 'question', 'consultation', 'album']) {
      const result = await search(`q=${encodeURIComponent('Cam Lộ')}&type=${type}&site=all`);
      // The filter applies: whatever it finds (the demo's documents and drafts of Cam Lộ) is of that kind.
      expect(result.items.every((h) => (h.type as string) === type)).toBe(true);
      expect(result.nearMatches.every((h) => (h.type as string) === type)).toBe(true);
    }
    const documents = await search(`q=${encodeURIComponent('Cam Lộ')}&type=document&site=all`);
    expect(documents.items.length).toBeGreaterThan(0);
    for (const hit of documents.items) expect(new URL(hit.url).pathname).toMatch(/^\/van-ban\/[a-z0-9-]+$/);
    const articles = await search(`q=${encodeURIComponent('Cam Lộ')}&type=article`);
    expect(articles.items.length).toBeGreaterThan(0);
    expect(articles.items.every((h) => h.type === 'article')).toBe(true);
    const openapi = (await get('/api/v1/openapi.json')).json<{ paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }> }>();
    const typeParam = Object.entries(openapi.paths).find(([path]) => path.endsWith('/search'))?.[1].get.parameters.find((p) => p.name === 'type');
    expect(typeParam?.schema.enum).toEqual(['article', 'page', 'document', 'question', 'consultation', 'album']);
    const problem = (await get(`/api/v1/search?q=${QUERY}&type=van-ban`)).json<{ errors: { name: string; detail: string }[] }>();
    expect(problem.errors.map((e) => e.name)).toEqual(['type']);
  });

  it('pages results without repeating them', async () => {
    const first = await search('q=cam&pageSize=2&page=1&site=all');
    const second = await search('q=cam&pageSize=2&page=2&site=all');
    expect(first.page).toBe(1);
    expect(second.page).toBe(2);
    if (first.total > 2) {
      const ids = new Set(first.items.map((h) => `${h.type}${h.id}`));
      expect(second.items.some((h) => ids.has(`${h.type}${h.id}`))).toBe(false);
    }
  });

  it('adds near matches when nothing is found, in the same scope, and only then', async () => {
    const typo = await search(`q=${encodeURIComponent('binh dang gioj')}`);
    expect(typo.total).toBe(0);
    expect(typo.items).toEqual([]);
    expect(typo.nearMatches[0]?.url).toBe(seedUrl);
    expect(typo.nearMatches[0]?.titleHtml).toContain('<mark>Bình</mark>');
    expect(typo.nearMatches.length).toBeLessThanOrEqual(5);
    expect(typo.nearMatches.every((h) => h.site === 'camlo')).toBe(true);
    const fromDongha = await search(`q=${encodeURIComponent('binh dang gioj')}`, 'dongha.localhost');
    expect(fromDongha.nearMatches.every((h) => h.site === 'dongha')).toBe(true);
    expect((await search(`q=${QUERY}`)).nearMatches).toEqual([]);
    expect((await search(`q=${encodeURIComponent('qwertyuiop asdfgh')}`)).nearMatches).toEqual([]);
  });

  it('refuses filters that cannot apply, naming them', async () => {
    expect(await fieldsOf(`q=${QUERY}&site=khong-co-cong-nay`)).toEqual(['site']);
    expect(await fieldsOf(`q=${QUERY}&site=all&category=${seed.category}`)).toEqual(['category']);
    expect(await fieldsOf(`q=${QUERY}&category=khong-co-chuyen-muc`)).toEqual(['category']);
    expect(await fieldsOf('site=camlo')).toEqual(['q']);
    expect(await fieldsOf(`q=${QUERY}&type=video&pageSize=500`)).toEqual(['pageSize', 'type']);
  });

  it('takes a query of at most 200 characters and 12 words, as /tim-kiem does, and says so', async () => {
    const words = (n: number) => encodeURIComponent(Array.from({ length: n }, (_, i) => `tu${i}`).join(' '));
    expect((await search(`q=${words(12)}`)).total).toBe(0);
    expect(await fieldsOf(`q=${words(13)}`)).toEqual(['q']);
    expect(await fieldsOf(`q=${'a'.repeat(201)}`)).toEqual(['q']);
    expect((await get(`/api/v1/articles?q=${words(13)}`)).statusCode).toBe(400);
    const problem = (await get(`/api/v1/search?q=${words(13)}`)).json<{ errors: { detail: string }[] }>();
    expect(problem.errors[0]?.detail).toContain('tối đa 12 từ');
  });
});
