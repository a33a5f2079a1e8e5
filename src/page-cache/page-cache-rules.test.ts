/**
 * The page cache's own rules, without HTTP: which names a change drops, how the store
 * keeps, finds and drops pages, and which encoding a client gets.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleEvent } from '../editorial/events.js';
import { adminWriteNames, articleChangeNames, pathNames } from './change-names.js';
import { negotiateEncoding, PageStore, type StoredPage } from './page-store.js';

const event = (type: ArticleEvent['type'], edit?: ArticleEvent['edit']): ArticleEvent => ({
  type, articleId: 7, siteId: 2, at: '2026-12-06T00:00:00.000Z', actorId: 1, scheduled: false, ...(edit === undefined ? {} : { edit }),
});
const where = { siteId: 2, categoryIds: [3, 4], tagIds: [9], topicIds: [5], syndicatedTo: [1] };

describe('which pages a change drops', () => {
  it('a publication: the article, its site’s lists, its categories, tags, topics and the parent’s block', () => {
    expect(new Set(articleChangeNames(event('published'), where))).toEqual(
      new Set(['article:7', 'articles:2', 'category:3', 'category:4', 'tag:9', 'tags:2', 'topic:5', 'syndicated:1']),
    );
  });

  it('a text edit: only where the article is shown; a move: the categories it left and joined as well', () => {
    expect(new Set(articleChangeNames(event('changed', { fields: ['title', 'bodyHtml'], previousCategoryIds: [3] }), where))).toEqual(
      new Set(['article:7', 'topic:5', 'syndicated:1']),
    );
    const moved = articleChangeNames(event('changed', { fields: ['categoryId'], previousCategoryIds: [8] }), where);
    expect(moved).toEqual(expect.arrayContaining(['category:8', 'category:3', 'articles:2']));
    expect(moved).not.toContain('tags:2');
    expect(articleChangeNames(event('changed', { fields: ['tags'], previousCategoryIds: [3] }), where)).toContain('tags:2');
  });

  it('an article deleted since (no row): still its own pages and its site’s lists', () => {
    expect(new Set(articleChangeNames(event('withdrawn'), undefined))).toEqual(new Set(['article:7', 'articles:2', 'tags:2']));
  });

  it('the public paths of a content type depend on the type; every page on its site and the system', () => {
    expect(pathNames(2, '/van-ban/123-qd-ubnd')).toEqual(['system', 'site:2', 'documents:2']);
    expect(pathNames(2, '/van-ban')).toEqual(['system', 'site:2', 'documents:2']);
    expect(pathNames(2, '/van-bang-khen')).toEqual(['system', 'site:2']);
    expect(pathNames(2, '/cong-khai-thong-tin')).toEqual(expect.arrayContaining(['documents:2', 'albums:2', 'articles:2']));
    expect(pathNames(2, '/sitemap-trang.xml')).toContain('pages:2');
  });

  it('admin writes: a type’s pages, a site’s shared parts, topics; nothing for private screens', () => {
    const site = { id: 2, parentId: 1 };
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'documents', '4'], site })).toEqual(['documents:2']);
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'menu'], site })).toEqual(['site:2']);
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'articles', '12', 'related'], site })).toEqual(['article:12']);
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'syndication', '3'], site })).toEqual(['syndicated:2', 'syndicated:1']);
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'staff'], site })).toEqual([]);
    expect(adminWriteNames({ segments: ['sites', 'camlo', 'something-new'], site })).toEqual(['site:2']);
    expect(adminWriteNames({ segments: ['topics', '3', 'articles'] })).toEqual(['topics']);
    expect(adminWriteNames({ segments: ['users', '3'] })).toEqual([]);
  });
});

const page = (key: string, names: string[], bytes = 100, expiresAt = Number.POSITIVE_INFINITY): StoredPage => ({
  key, body: Buffer.alloc(bytes, 'a'), headers: { 'content-type': 'text/html; charset=utf-8' }, etag: `"${key}"`,
  lastModified: 'Sun, 06 Dec 2026 00:00:00 GMT', renderedAt: 0, expiresAt, names, route: '/', articleViewed: null,
});

describe('the store', () => {
  it('drops exactly the pages naming what changed', () => {
    const store = new PageStore({ maxBytes: 10_000 });
    store.store(page('a', ['article:1', 'site:1']), store.currentEpoch);
    store.store(page('b', ['article:2', 'site:1']), store.currentEpoch);
    store.store(page('c', ['article:1', 'site:2']), store.currentEpoch);
    expect(store.invalidate(['article:1'])).toBe(2);
    expect([store.get('a'), store.get('b'), store.get('c')].map((p) => p?.key)).toEqual([undefined, 'b', undefined]);
  });

  it('keeps no page rendered across a change, serves nothing while a change is worked out', () => {
    const store = new PageStore({ maxBytes: 10_000 });
    const started = store.currentEpoch;
    store.invalidate(['article:9']);
    expect(store.store(page('a', ['site:1']), started)).toBe(false);
    store.store(page('b', ['site:1']), store.currentEpoch);
    const release = store.hold();
    expect(store.get('b')).toBeUndefined();
    expect(store.store(page('c', ['site:1']), store.currentEpoch)).toBe(false);
    release();
    expect(store.get('b')?.key).toBe('b');
  });

  it('stays within its bytes, the least recently used leaving first; an expired page is not served', () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 1_000, now: () => now });
    for (const key of ['a', 'b', 'c']) store.store(page(key, ['site:1'], 100), store.currentEpoch);
    store.get('a');
    for (let i = 0; i < 8; i += 1) store.store(page(`x${i}`, ['site:1'], 100), store.currentEpoch);
    expect(store.usedBytes).toBeLessThanOrEqual(1_000);
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')?.key).toBe('a');
    store.store(page('old', ['site:1'], 10, 50), store.currentEpoch);
    now = 60;
    expect(store.get('old')).toBeUndefined();
  });

  it('compresses a page once per encoding and counts the bytes', () => {
    const store = new PageStore({ maxBytes: 100_000 });
    const p = page('a', ['site:1'], 5_000);
    store.store(p, store.currentEpoch);
    const before = store.usedBytes;
    const br = store.encoded(p, 'br');
    expect(store.encoded(p, 'br')).toBe(br);
    expect(br.length).toBeLessThan(200);
    expect(store.usedBytes).toBe(before + br.length);
  });
});

describe('the encoding a client gets', () => {
  it('brotli, then gzip, then none; q=0 refuses; nonsense and huge headers get none', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.000, gzip;q=0')).toBe('identity');
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding(`${'x,'.repeat(400)}br`)).toBe('identity');
    expect(negotiateEncoding(';;;,,,q=;')).toBe('identity');
  });
});
