/**
 * Every URL stays alive, on SQLite and PostgreSQL. On the demo system (articles, pages
 * in both languages, legal documents, consultations, questions, the schedule and the
 * directory, plus an album, media and slugs that collide on purpose), the URLs of Cam Lộ
 * and of the province are walked from their sitemaps (/sitemap.xml and what it links)
 * and from their service pages' links. After `site:archive camlo --successor quangtri`
 * each that answered 200 still answers 200; after `site:merge camlo quangtri` each
 * answers 200 or a 301 that ends in a 200. The counts of articles, revisions, media and
 * earlier audit entries do not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSiteCommand } from '../../../cli/site-commands.js';
import type { Database } from '../../../db/schema.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { toCount } from '../../../db/count.js';

const SERVICE_PATHS = ['/van-ban', '/lay-y-kien', '/hoi-dap', '/lich-cong-tac', '/danh-ba', '/en', '/thu-vien-anh', '/trang/so-do-trang', '/so-do-trang'];
const HOPS = 5;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

describe.each(TEST_DIALECTS)('every URL of a merged site stays alive on %s', (dialect) => {
  let t: TestApp;
  const walked = new Map<string, string[]>();
  /** The province article whose slug a Cam Lộ article was given. */
  let collided = '';

  const get = (url: string) => {
    const u = new URL(url);
    return t.app.inject({ url: `${u.pathname}${u.search}`, headers: { host: u.host } });
  };

  /** The site's URLs: its sitemap (and the sitemap parts it lists), and links from its service pages. */
  async function urlsOf(host: string): Promise<string[]> {
    const origin = `http://${host}`;
    const found = new Set<string>([`${origin}/sitemap.xml`, `${origin}/rss.xml`]);
    const sitemap = await get(`${origin}/sitemap.xml`);
    expect(sitemap.statusCode).toBe(200);
    for (const loc of locs(sitemap.body)) {
      if (loc.endsWith('.xml')) {
        found.add(loc);
        for (const inner of locs((await get(loc)).body)) found.add(inner);
      } else found.add(loc);
    }
    for (const path of SERVICE_PATHS) {
      const page = await get(`${origin}${path}`);
      if (page.statusCode !== 200) continue;
      found.add(`${origin}${path}`);
      for (const href of hrefs(page.body)) {
        if (href.startsWith(`${path}/`) || href.startsWith(`${path}?`)) found.add(`${origin}${href}`);
      }
    }
    return [...found];
  }

  async function counts() {
    const db = t.database.db.kysely;
    const count = async (table: keyof Database) => toCount((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { articles: await count('articles'), revisions: await count('article_revisions'), media: await count('media'), pages: await count('pages'), documents: await count('legal_documents') };
  }

  /** 200, or a chain of 301s ending in a 200; otherwise what it ended in. */
  async function follow(url: string): Promise<string> {
    let at = url;
    for (let hop = 0; hop <= HOPS; hop += 1) {
      const res = await get(at);
      if (res.statusCode === 200) return 'ok';
      if (res.statusCode !== 301 || typeof res.headers.location !== 'string') return `${url} → ${at}: ${res.statusCode}`;
      at = new URL(res.headers.location, at).toString();
    }
    return `${url}: more than ${HOPS} redirects`;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 8 });
    const db = t.database.db.kysely;
    const site = async (slug: string) => (await db.selectFrom('sites').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const [camlo, province] = [await site('camlo'), await site('quangtri')];
    const stamp = '2026-11-20T02:00:00.000Z';
    // A collision of article slugs, an album on each site under one slug, and media rows.
    const theirs = await db.selectFrom('articles').select('slug').where('site_id', '=', province).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const ours = await db.selectFrom('articles').select('id').where('site_id', '=', camlo).where('status', '=', 'published').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await db.updateTable('articles').set({ slug: theirs.slug }).where('id', '=', ours.id).execute();
    collided = theirs.slug;
    for (const [siteId, title] of [[camlo, 'Lễ hội Cam Lộ'], [province, 'Lễ hội tỉnh']] as const) {
      await db.insertInto('albums').values({ site_id: siteId, slug: 'le-hoi', title, description: 'Ảnh lễ hội.', body_html: '<p>Ảnh lễ hội.</p>', status: 'published', published_at: stamp, cover_media_id: null, revision: 1, created_by: null, return_note: null, created_at: stamp, updated_at: stamp }).execute();
      await db.insertInto('media').values({ site_id: siteId, kind: 'image', storage_key: `2026/11/anh-${siteId}.jpg`, original_name: 'anh.jpg', mime_type: 'image/jpeg', byte_size: 10, width: 1, height: 1, alt_text: 'Ảnh', caption: null, created_at: stamp, uploaded_by: null }).execute();
    }
    for (const host of ['camlo.localhost', 'quangtri.localhost']) {
      const alive: string[] = [];
      for (const url of await urlsOf(host)) if ((await get(url)).statusCode === 200) alive.push(url);
      walked.set(host, alive);
    }
  }, 120_000);
  afterAll(() => t.close());

  it('walks every content type of both sites, keeps every URL alive through archiving and merging, and changes no count', { timeout: 120_000 }, async () => {
    const camlo = walked.get('camlo.localhost') ?? [];
    const province = walked.get('quangtri.localhost') ?? [];
    for (const path of ['/van-ban/', '/lay-y-kien/', '/hoi-dap/', '/trang/', '/en/', '/thu-vien-anh/le-hoi', '/lich-cong-tac', '/danh-ba']) {
      expect(camlo.some((u) => u.includes(path)), `Cam Lộ has ${path}`).toBe(true);
    }
    expect(camlo.length).toBeGreaterThan(40);
    expect(province.length).toBeGreaterThan(40);
    const db = t.database.db.kysely;
    const before = await counts();
    const lastAudit = (await db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m ?? 0;
    const auditBefore = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const out = (text: string) => void text;

    await runSiteCommand('site:archive', ['camlo', '--successor', 'quangtri'], { db, out });
    await t.services.siteState.refresh();
    const served: string[] = [];
    for (const url of [...camlo, ...province]) {
      const res = await get(url);
      if (res.statusCode !== 200) served.push(`${url}: ${res.statusCode}`);
    }
    expect(served).toEqual([]);

    await runSiteCommand('site:merge', ['camlo', 'quangtri'], { db, out });
    await t.services.siteState.refresh();
    const broken: string[] = [];
    let redirected = 0;
    for (const url of [...camlo, ...province]) {
      const outcome = await follow(url);
      if (outcome !== 'ok') broken.push(outcome);
      if ((await get(url)).statusCode === 301) redirected += 1;
    }
    expect(broken).toEqual([]);
    // Cam Lộ's URLs now redirect (every one of them), the province's still answer themselves.
    expect(redirected).toBe(camlo.length);

    // The collided article and album live on under new slugs, reached from the old URLs.
    const album = await get('http://camlo.localhost/thu-vien-anh/le-hoi');
    expect(album.headers.location).toBe('http://quangtri.localhost/thu-vien-anh/le-hoi-2');
    expect((await get('http://quangtri.localhost/thu-vien-anh/le-hoi')).body).toContain('Lễ hội tỉnh');
    expect((await get('http://camlo.localhost/trang/gioi-thieu')).headers.location).toBe('http://quangtri.localhost/trang/gioi-thieu-2');
    const oldArticle = camlo.find((u) => u.endsWith(`/${collided}`));
    expect(oldArticle).toBeDefined();
    expect((await get(oldArticle ?? '')).headers.location).toMatch(new RegExp(`^http://quangtri\\.localhost/[a-z-]+/${collided}-2$`));

    expect(await counts()).toEqual(before);
    const auditAfter = await db.selectFrom('audit_log').selectAll().where('id', '<=', lastAudit).orderBy('id').execute();
    expect(auditAfter).toEqual(auditBefore);
    const added = await db.selectFrom('audit_log').select(['action', 'actor_name']).where('id', '>', lastAudit).orderBy('id').execute();
    expect(added.map((a) => a.action)).toEqual(['site_archived', 'site_merged', 'site_merged', 'site_archived']);
    expect(new Set(added.map((a) => a.actor_name))).toEqual(new Set(['cli']));
    // No Cam Lộ content is left outside the province, except what the plan keeps.
    const camloId = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    for (const table of ['articles', 'pages', 'media', 'legal_documents', 'consultations', 'questions', 'albums', 'directory_entries'] as const) {
      const left = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', camloId).executeTakeFirstOrThrow();
      expect(toCount(left.n), table).toBe(0);
    }
  });
});
