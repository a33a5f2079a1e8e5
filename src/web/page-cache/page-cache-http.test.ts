/**
 * The page cache over HTTP, on both databases, driven as the newsroom drives it (the
 * editorial API): a change drops exactly the cached pages whose content it changes and
 * no other. The oracle is the pages themselves: before a change every page is served from
 * the cache (X-Cache: HIT); after it, a page is rendered again (MISS) exactly when it
 * showed the changed article or lists what the change moved, and what it then shows is
 * what the database holds. No cached page shows a draft, a withdrawn text or another
 * site's content; a client holding the page gets a 304; brotli and gzip carry the same bytes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument } from '../../test-support/html.js';
import { editorialFixture, type EditorialFixture } from '../admin/articles/test-fixture.js';

describe.each(TEST_DIALECTS)('the page cache over HTTP on %s', (dialect) => {
  let f: EditorialFixture;
  let hostA: string;
  let hostB: string;
  let hostParent: string;
  let catA1: string;
  let catA2: string;
  let base: string;

  beforeAll(async () => {
    // The footer's numbers are read once, now, not every 30 s: each read drops the pages
    // showing them (footer-visits is proved below), which would blur what a change drops.
    f = await editorialFixture(dialect, { viewSnapshotMs: 3_600_000 });
    await f.t.services.views.refresh();
    hostA = `${f.siteA.slug}.localhost`;
    hostB = `${f.siteB.slug}.localhost`;
    const parent = f.t.services.registry.byIdOrUndefined(f.siteA.parentId ?? 0);
    if (parent === undefined) throw new Error('the demo district has a parent');
    hostParent = `${parent.slug}.localhost`;
    const slugOf = async (id: number) => (await f.db.selectFrom('categories').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
    catA1 = await slugOf(f.categoryA);
    catA2 = await slugOf(f.categoryA2);
    base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
  });
  afterAll(() => f.t.close());

  const get = (host: string, url: string, headers: Record<string, string> = {}) => f.app.inject({ method: 'GET', url, headers: { host, ...headers } });

  /** An article written, approved and published through the editorial API; its public address. */
  async function publish(title: string, categoryId = f.categoryA): Promise<{ id: number; path: string }> {
    const created = await f.call('POST', base, 'contributor', { title, lead: 'Sapo của bài.', bodyHtml: '<p>Nội dung.</p>', categoryId });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: number }>();
    for (const [who, transition] of [['contributor', 'submit'], ['approver', 'approve'], ['approver', 'publish']] as const) {
      const moved = await f.call('POST', `${base}/${id}/transitions`, who, { transition });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const row = await f.db
      .selectFrom('articles')
      .innerJoin('categories as c', 'c.id', 'articles.category_id')
      .select(['articles.slug', 'c.slug as cat'])
      .where('articles.id', '=', id)
      .executeTakeFirstOrThrow();
    await f.t.services.pageCache.settled();
    return { id, path: `/${row.cat}/${row.slug}` };
  }

  async function save(id: number, changes: Record<string, unknown>): Promise<void> {
    const current = (await f.call('GET', `${base}/${id}`, 'approver')).json<{ revision: number; title: string; lead: string; bodyHtml: string; categoryId: number }>();
    const saved = await f.call('PUT', `${base}/${id}`, 'approver', {
      title: current.title, lead: current.lead, bodyHtml: current.bodyHtml, categoryId: current.categoryId, ...changes, baseRevision: current.revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }

  type Page = readonly [host: string, url: string];

  /** Fills the cache with `pages` and checks that each is then served from it. */
  async function warm(pages: readonly Page[]): Promise<Map<string, string>> {
    await f.t.services.pageCache.settled();
    const bodies = new Map<string, string>();
    for (const [host, url] of pages) {
      const first = await get(host, url);
      expect(first.statusCode, `${host}${url}`).toBe(200);
      const second = await get(host, url);
      expect(second.headers['x-cache'], `${host}${url} is kept`).toBe('HIT');
      expect(second.body).toBe(first.body);
      bodies.set(`${host}${url}`, second.body);
    }
    return bodies;
  }

  /** Which of `pages` are rendered again now (not served from the cache). */
  async function renderedAgain(pages: readonly Page[]): Promise<string[]> {
    // The change's lists are worked out just after its answer: what a reader gets from then on.
    await f.t.services.pageCache.settled();
    const again: string[] = [];
    for (const [host, url] of pages) {
      const response = await get(host, url);
      if (response.headers['x-cache'] !== 'HIT') again.push(`${host}${url}`);
    }
    return again;
  }

  it('serves a page again from memory with its validators: 304 to a client holding it, brotli and gzip of the same bytes', async () => {
    const article = await publish(`Bài kiểm tra bộ nhớ đệm ${dialect}`);
    const first = await get(hostA, article.path);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toContain('public');
    const hit = await get(hostA, article.path);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.body).toBe(first.body);
    expect(hit.headers['etag']).toBe(first.headers['etag']);
    expect(hit.headers['last-modified']).toBe(first.headers['last-modified']);
    expect(hit.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(hit.headers['vary']).toContain('Accept-Encoding');

    const held = await get(hostA, article.path, { 'if-none-match': String(hit.headers['etag']) });
    expect(held.statusCode).toBe(304);
    expect(held.body).toBe('');
    const since = await get(hostA, article.path, { 'if-modified-since': String(hit.headers['last-modified']) });
    expect(since.statusCode).toBe(304);

    const br = await get(hostA, article.path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(first.body);
    const gzip = await get(hostA, article.path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(first.body);
    const refused = await get(hostA, article.path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(first.body);
  });

  it('a publication drops its site’s home, its category’s pages and feeds, the sitemap — and keeps every other page', async () => {
    const inA1 = await publish(`Tin sẵn có trong chuyên mục một ${dialect}`);
    const inA2 = await publish(`Tin sẵn có trong chuyên mục hai ${dialect}`, f.categoryA2);
    const changed: Page[] = [[hostA, '/'], [hostA, `/${catA1}`], [hostA, `/${catA1}/rss.xml`], [hostA, '/rss.xml'], [hostA, inA1.path]];
    const kept: Page[] = [[hostA, `/${catA2}`], [hostA, inA2.path], [hostB, '/'], [hostB, '/rss.xml'], [hostParent, '/'], [hostA, '/so-do-trang']];
    // The sitemaps list addresses, not titles: each site's is one file here, kept whole.
    const sitemaps: Page[] = [[hostA, '/sitemap.xml'], [hostB, '/sitemap.xml']];
    await warm([...changed, ...kept, ...sitemaps]);

    const title = `Tin mới đăng vào chuyên mục một ${dialect}`;
    const fresh = await publish(title);

    expect(await renderedAgain(changed)).toEqual(changed.map(([h, u]) => `${h}${u}`));
    expect(await renderedAgain(kept)).toEqual([]);
    expect(await renderedAgain(sitemaps)).toEqual([`${hostA}/sitemap.xml`]);
    expect((await get(hostA, '/sitemap.xml')).body).toContain(`${fresh.path}</loc>`);
    expect((await get(hostB, '/sitemap.xml')).body).not.toContain(fresh.path);
    // What the dropped pages show now is the new article, on its own site only.
    for (const [host, url] of changed) expect((await get(host, url)).body, `${host}${url}`).toContain(title);
    expect((await get(hostB, '/')).body).not.toContain(title);
    expect((await get(hostA, fresh.path)).statusCode).toBe(200);
  });

  it('a text edit drops exactly the pages that showed the article; a move to another category drops both categories', async () => {
    const oldTitle = `Tin sẽ được sửa chữ ${dialect}`;
    const article = await publish(oldTitle);
    const other = await publish(`Tin ở chuyên mục hai không đổi ${dialect}`, f.categoryA2);
    const pages: Page[] = [[hostA, '/'], [hostA, `/${catA1}`], [hostA, `/${catA2}`], [hostA, article.path], [hostA, other.path], [hostA, '/rss.xml'], [hostB, '/'], [hostA, '/so-do-trang']];
    const before = await warm(pages);

    const newTitle = `Tin đã sửa lỗi chính tả ${dialect}`;
    await save(article.id, { title: newTitle });
    const showedIt = pages.filter(([h, u]) => before.get(`${h}${u}`)?.includes(oldTitle)).map(([h, u]) => `${h}${u}`);
    expect(showedIt).toContain(`${hostA}${article.path}`);
    expect(await renderedAgain(pages)).toEqual(showedIt);
    for (const [host, url] of pages) expect((await get(host, url)).body).not.toContain(oldTitle);

    await warm(pages);
    await save(article.id, { categoryId: f.categoryA2 });
    const again = await renderedAgain(pages);
    expect(again).toContain(`${hostA}/${catA1}`);
    expect(again).toContain(`${hostA}/${catA2}`);
    expect(again).not.toContain(`${hostB}/`);
    expect((await get(hostA, `/${catA2}`)).body).toContain(newTitle);
    expect((await get(hostA, `/${catA1}`)).body).not.toContain(newTitle);
  });

  it('no cached page shows a withdrawn or unpublished text, a draft, or another site’s page', async () => {
    const title = `Tin sẽ bị thu hồi ${dialect}`;
    const article = await publish(title);
    const pages: Page[] = [[hostA, '/'], [hostA, `/${catA1}`], [hostA, '/rss.xml'], [hostA, `/${catA1}/rss.xml`], [hostA, article.path]];
    await warm(pages);
    const withdrawn = await f.call('POST', `${base}/${article.id}/transitions`, 'approver', { transition: 'withdraw', note: 'Đính chính thông tin.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await get(hostA, article.path)).statusCode).toBe(410);
    for (const [host, url] of pages.slice(0, 4)) expect((await get(host, url)).body, `${host}${url}`).not.toContain(title);

    // A draft's address is a 404, never kept: once published, it is there at once.
    const draft = await f.article(f.siteA, 'contributor', 'draft', `Bản nháp chưa đăng ${dialect}`);
    const cat = (await f.db.selectFrom('categories').select('slug').where('id', '=', draft.category_id).executeTakeFirstOrThrow()).slug;
    expect((await get(hostA, `/${cat}/${draft.slug}`)).statusCode).toBe(404);
    expect((await get(hostA, `/${cat}/${draft.slug}`)).statusCode).toBe(404);

    // One path, two sites: two pages, each its own.
    const homeA = await get(hostA, '/');
    const homeB = await get(hostB, '/');
    expect((await get(hostA, '/')).body).toBe(homeA.body);
    expect((await get(hostB, '/')).body).toBe(homeB.body);
    expect(homeA.body).not.toBe(homeB.body);
    expect(homeB.body).toContain(f.siteB.name);
  });

  it('a change of a site’s categories drops that site’s pages and no other site’s', async () => {
    const pagesA: Page[] = [[hostA, '/'], [hostA, `/${catA1}`]];
    const pagesB: Page[] = [[hostB, '/'], [hostB, '/rss.xml']];
    await warm([...pagesA, ...pagesB]);
    const created = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/categories`, 'site_admin', { name: `Chuyên mục mới ${dialect}`, parentId: null });
    expect(created.statusCode, created.body).toBeLessThan(300);
    expect(await renderedAgain(pagesA)).toEqual(pagesA.map(([h, u]) => `${h}${u}`));
    expect(await renderedAgain(pagesB)).toEqual([]);
  });

  it('over a real socket, a kept page is answered before Fastify with the same bytes and headers, and its view is counted', async () => {
    const article = await publish(`Bài qua cổng trước ${dialect}`);
    await f.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = f.app.server.address() as AddressInfo;
    const fetchRaw = (method: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; raw: Buffer }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: article.path, method, headers: { host: hostA, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0', ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), raw: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const rendered = await fetchRaw('GET');
    expect(rendered.headers['x-cache']).toBe('MISS');
    await f.t.services.views.flush();
    const before = (await f.db.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow()).view_count;
    const hit = await fetchRaw('GET');
    expect(hit.status).toBe(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.body).toBe(rendered.body);
    for (const name of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'etag', 'last-modified']) {
      expect(hit.headers[name], name).toBe(rendered.headers[name]);
    }
    expect(Number(hit.headers['content-length'])).toBe(Buffer.byteLength(rendered.body));
    // Each encoding of the kept page with its own length, and the plain page again after them.
    const gzipped = await fetchRaw('GET', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.raw.length);
    expect(gunzipSync(gzipped.raw).toString('utf8')).toBe(rendered.body);
    const brotli = await fetchRaw('GET', { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.raw.length);
    expect(brotliDecompressSync(brotli.raw).toString('utf8')).toBe(rendered.body);
    const plainAgain = await fetchRaw('GET');
    expect(plainAgain.headers['content-encoding']).toBeUndefined();
    expect(plainAgain.body).toBe(rendered.body);
    const head = await fetchRaw('HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const revalidated = await fetchRaw('GET', { 'if-none-match': String(hit.headers['etag']) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers['content-length']).toBeUndefined();
    expect(revalidated.headers['etag']).toBe(hit.headers['etag']);
    await f.t.services.views.flush();
    const after = (await f.db.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow()).view_count;
    expect(after - before).toBe(4); // the four hits; not the HEAD, not the revalidation
  });

  it('a featured article leaves the cached home when its end time passes, with nothing written then', async () => {
    const article = await publish(`Tin nổi bật trong vài giây ${dialect}`);
    const until = new Date(Date.now() + 6_000);
    await save(article.id, { featured: true, featuredOrder: 1, featuredUntil: until.toISOString() });
    await f.t.services.pageCache.settled();
    const featuredTitles = async () => {
      const home = await get(hostA, '/');
      return { cache: home.headers['x-cache'], titles: Array.from(parseDocument(home.body).querySelectorAll('.home-featured h3 a')).map((a) => a.textContent ?? '') };
    };
    await featuredTitles();
    const before = await featuredTitles();
    expect(before.cache).toBe('HIT');
    expect(before.titles[0]).toBe(`Tin nổi bật trong vài giây ${dialect}`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until.getTime() - Date.now()) + 50));
    const after = await featuredTitles();
    expect(after.cache).not.toBe('HIT');
    expect(after.titles).not.toContain(`Tin nổi bật trong vài giây ${dialect}`);
  }, 30_000);

  it('keeps no answer that is not a public page: the API, the admin, search, errors, forms', async () => {
    for (const url of ['/api/v1/sites', '/tim-kiem?q=binh+dang', '/khong-co-trang-nay', '/hoi-dap/gui-cau-hoi']) {
      await get(hostA, url);
      const again = await get(hostA, url);
      expect(again.headers['x-cache'], url).not.toBe('HIT');
    }
  });
});
