/**
 * Every public page type describes itself as Circular 24/2011 asks of a state portal: a
 * meta description, the canonical link, Open Graph and Dublin Core naming the site as
 * publisher and the page's own URL; the home and introduction pages also describe the
 * agency as JSON-LD GovernmentOrganization. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { jsonForScript } from './views/page-meta.js';

type Doc = ReturnType<typeof parseDocument>;
const meta = (doc: Doc, selector: string) => doc.querySelector(selector)?.getAttribute('content');
const jsonLd = (doc: Doc) => JSON.parse(textOf(doc.querySelector('script[type="application/ld+json"]'))) as Record<string, unknown>;
const CAMLO = 'Cổng thông tin điện tử huyện Cam Lộ';

describe.each(TEST_DIALECTS)('page descriptions on %s', (dialect) => {
  let t: TestApp;
  const get = async (url: string) => {
    const res = await t.app.inject({ url, headers: { host: 'camlo.localhost' } });
    expect(res.statusCode, url).toBe(200);
    return parseDocument(res.body);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
  });
  afterAll(() => t.close());

  it('describes the home page as the site of its agency', async () => {
    const doc = await get('/');
    expect(meta(doc, 'meta[name="DC.title"]')).toBe(CAMLO);
    expect(meta(doc, 'meta[name="DC.publisher"]')).toBe(CAMLO);
    expect(meta(doc, 'meta[name="DC.identifier"]')).toBe('http://camlo.localhost/');
    expect(meta(doc, 'meta[name="DC.language"]')).toBe('vi');
    expect(meta(doc, 'meta[name="DC.description"]')).toBe(meta(doc, 'meta[name="description"]'));
    expect(doc.querySelector('link[rel="schema.DC"]')?.getAttribute('href')).toBe('http://purl.org/dc/elements/1.1/');
    expect([meta(doc, 'meta[property="og:type"]'), meta(doc, 'meta[property="og:url"]')]).toEqual(['website', 'http://camlo.localhost/']);
    expect(jsonLd(doc)).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: CAMLO,
      url: 'http://camlo.localhost/',
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'Cổng thông tin điện tử tỉnh Quảng Trị' },
    });
  });

  it('describes the introduction page as a page of the site, with when it last changed', async () => {
    const doc = await get('/trang/gioi-thieu');
    const title = textOf(doc.querySelector('h1'));
    expect(meta(doc, 'meta[name="DC.title"]')).toBe(title);
    expect(meta(doc, 'meta[name="DC.publisher"]')).toBe(CAMLO);
    expect(meta(doc, 'meta[name="DC.identifier"]')).toBe('http://camlo.localhost/trang/gioi-thieu');
    expect(meta(doc, 'meta[name="DC.date"]')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(meta(doc, 'meta[property="og:url"]')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(jsonLd(doc)).toMatchObject({ '@type': 'GovernmentOrganization', name: CAMLO, url: 'http://camlo.localhost/' });
  });

  it('gives every page type a description, its canonical link, Open Graph and Dublin Core', async () => {
    const article = parseDocument((await t.app.inject({ url: '/tin-tuc-su-kien', headers: { host: 'camlo.localhost' } })).body)
      .querySelector('.article-list__item a')
      ?.getAttribute('href');
    const paths = ['/', '/tin-tuc-su-kien', article ?? '/missing-article', '/trang/gioi-thieu', '/trang/lien-he', '/so-do-trang', '/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch'];
    for (const path of paths) {
      const doc = await get(path);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toMatch(/^http:\/\/camlo\.localhost\//);
      expect(meta(doc, 'meta[name="description"]')?.length ?? 0, path).toBeGreaterThan(5);
      expect(meta(doc, 'meta[property="og:url"]'), path).toBe(canonical);
      expect(meta(doc, 'meta[property="og:title"]'), path).toBeTruthy();
      expect(meta(doc, 'meta[name="DC.identifier"]'), path).toBe(canonical);
      expect(meta(doc, 'meta[name="DC.publisher"]'), path).toBe(CAMLO);
      expect(meta(doc, 'meta[name="DC.title"]'), path).toBeTruthy();
      // One description of each kind: the article's own set replaces the page's, never adds to it.
      expect(doc.querySelectorAll('meta[property="og:type"]').length, path).toBe(1);
      expect(doc.querySelectorAll('meta[name="DC.title"]').length, path).toBe(1);
    }
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element or open a comment, and reads back as the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- a & b -->', plain: 'Cam Lộ' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
