/**
 * Page views over HTTP, on both databases: 10,000 views of a real article page, 100 at a time,
 * write nothing while they are served (every statement the app sends through Kysely is
 * watched), and after the batch is written every one of them is counted — for the site,
 * the article and its category — in three statements. Robots, HEAD, print views, feeds and
 * answers other than 200 are not counted. The footer shows "Đang truy cập / Hôm nay / Tổng"
 * in the Vietnamese number format.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { seedDemoSystem } from '../../demo/seed.js';
import { createServices, type Services } from '../../services.js';
import { vietnamDayAt } from '../../statistics/page-view-rules.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { TEST_NOW } from '../../test-support/test-app.js';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
/**
 * Views of one article page, IN_FLIGHT of them at any moment: each is a full render, and
 * PostgreSQL's pool has ten connections (a request waiting longer than five seconds for one
 * gets a 503, as it should), so the views come 100 at a time, each starting as another ends.
 * About 30–50 s on a small shared machine.
 */
const VIEWS = 10_000;
const IN_FLIGHT = 100;
const WRITES = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);

/** Sees every statement sent through the Kysely instance it is added to, and notes the writes. */
class WriteObserver implements KyselyPlugin {
  readonly writes: string[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (WRITES.has(node.kind)) this.writes.push(node.kind);
    else if (node.kind === 'RawNode' && /^\s*(insert|update|delete)\b/i.test(node.sqlFragments.join(' '))) this.writes.push('raw');
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

describe.each(TEST_DIALECTS)('page views over HTTP on %s', (dialect) => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let dataDir: string;
  const observer = new WriteObserver();
  let article: { id: number; category_id: number; slug: string; cat: string; site_id: number; view_count: number };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', now: TEST_NOW, articlesPerSite: 3 });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-views-'));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    // The app's one Kysely, watched: the services and routes send every statement through it.
    const watched = { ...database.db, kysely: database.db.kysely.withPlugin(observer) };
    services = await createServices(config, watched, undefined, { viewFlushMs: 3_600_000 });
    app = await buildApp(services, { logger: false, signInLimit: false, publicLimit: false, citizenFormLimit: false });
    await app.ready();
    article = await database.db.kysely
      .selectFrom('articles')
      .innerJoin('categories as c', 'c.id', 'articles.category_id')
      .innerJoin('sites as s', 's.id', 'articles.site_id')
      .select(['articles.id', 'articles.category_id', 'articles.slug', 'c.slug as cat', 'articles.site_id', 'articles.view_count'])
      .where('s.slug', '=', 'camlo')
      .where('articles.status', '=', 'published')
      .orderBy('articles.id')
      .limit(1)
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await app.close();
    await services.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { host: 'camlo.localhost', 'user-agent': BROWSER, ...headers } });
  const siteViews = async () => {
    const rows = await database.db.kysely.selectFrom('view_days').select(['day', 'views']).where('site_id', '=', article.site_id).execute();
    return new Map(rows.map((r) => [r.day, r.views]));
  };

  it('serves 10,000 views of an article, 100 at a time, with no write, and counts every one once the batch is written', async () => {
    const url = `/${article.cat}/${article.slug}`;
    await services.views.flush();
    await services.views.refresh();
    const day = vietnamDayAt(Date.now());
    const before = (await siteViews()).get(day) ?? 0;
    const beforeArticle = await database.db.kysely.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow();
    observer.writes.length = 0;

    // IN_FLIGHT requests at a time, each starting as another ends; only the status of each answer is kept.
    const statuses: number[] = [];
    let started = 0;
    const worker = async () => {
      while (started < VIEWS) {
        started += 1;
        statuses.push((await get(url)).statusCode);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(statuses).toHaveLength(VIEWS);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(observer.writes).toEqual([]); // not one write on the page's path

    await services.views.flush();
    // One batch: the site's day, the article's day and the article's running total.
    expect(observer.writes).toEqual(['InsertQueryNode', 'InsertQueryNode', 'UpdateQueryNode']);
    expect(vietnamDayAt(Date.now()) === day ? ((await siteViews()).get(day) ?? 0) - before : VIEWS).toBe(VIEWS);
    const after = await database.db.kysely.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow();
    expect(after.view_count - beforeArticle.view_count).toBe(VIEWS);
    const perCategory = await database.db.kysely
      .selectFrom('article_view_days')
      .select((eb) => eb.fn.sum<number | string>('views').as('views'))
      .where('category_id', '=', article.category_id)
      .where('article_id', '=', article.id)
      .executeTakeFirstOrThrow();
    expect(Number(perCategory.views)).toBe(after.view_count - article.view_count);
  }, 600_000);

  it('does not count robots, HEAD, print views, feeds, the API or pages that did not answer 200', async () => {
    await services.views.flush();
    const day = vietnamDayAt(Date.now());
    const before = (await siteViews()).get(day) ?? 0;
    const url = `/${article.cat}/${article.slug}`;
    expect((await get(url, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).statusCode).toBe(200);
    expect((await get(url, { 'user-agent': '' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'HEAD', url, headers: { host: 'camlo.localhost', 'user-agent': BROWSER } })).statusCode).toBe(200);
    expect((await get(`${url}?ban-in=1`)).statusCode).toBe(200);
    expect((await get('/rss.xml')).statusCode).toBe(200);
    expect((await get('/api/v1/sites')).statusCode).toBeLessThan(500);
    expect((await get('/khong-co-chuyen-muc-nay/khong-co-bai-nay')).statusCode).toBe(404);
    await services.views.flush();
    expect((await siteViews()).get(day) ?? 0).toBe(before);
    // A reader's visit to the home page and a category page counts for the site.
    expect((await get('/')).statusCode).toBe(200);
    expect((await get(`/${article.cat}`)).statusCode).toBe(200);
    await services.views.flush();
    if (vietnamDayAt(Date.now()) === day) expect((await siteViews()).get(day)).toBe(before + 2);
  });

  it('shows "Đang truy cập / Hôm nay / Tổng" in the footer, from memory, in the Vietnamese number format', async () => {
    await get(`/${article.cat}/${article.slug}`); // in any order of the tests: at least one view and one visitor
    await services.views.flush();
    await services.views.refresh();
    const counts = services.views.counts(article.site_id);
    if (counts === undefined) throw new Error('the snapshot was read');
    expect(counts.total).toBeGreaterThanOrEqual(1);
    expect(counts.online).toBeGreaterThanOrEqual(1);
    observer.writes.length = 0;
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    const vn = new Intl.NumberFormat('vi-VN');
    const line = `Đang truy cập: ${vn.format(counts.online)} · Hôm nay: ${vn.format(counts.today)} · Tổng: ${vn.format(counts.total)}`;
    expect(page.body).toContain(line);
    expect(observer.writes).toEqual([]);
    expect(vn.format(1_234_567)).toBe('1.234.567'); // the thousands as the portals write them
  });
});
