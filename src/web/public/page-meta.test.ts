/**
 * The home page and the static pages describe themselves as Circular 24/2011 asks of a
 * state portal, as the article page does: Dublin Core, Open Graph and JSON-LD, naming
 * the site as publisher and the page's own canonical URL. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

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
    expect(jsonLd(doc)).toMatchObject({ '@type': 'WebSite', name: CAMLO, url: 'http://camlo.localhost/', publisher: { '@type': 'GovernmentOrganization', name: CAMLO } });
  });

  it('describes the introduction page as a page of the site, with when it last changed', async () => {
    const doc = await get('/trang/gioi-thieu');
    const title = textOf(doc.querySelector('h1'));
    expect(meta(doc, 'meta[name="DC.title"]')).toBe(title);
    expect(meta(doc, 'meta[name="DC.publisher"]')).toBe(CAMLO);
    expect(meta(doc, 'meta[name="DC.identifier"]')).toBe('http://camlo.localhost/trang/gioi-thieu');
    expect(meta(doc, 'meta[name="DC.date"]')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(meta(doc, 'meta[property="og:url"]')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(jsonLd(doc)).toMatchObject({ '@type': 'WebPage', name: title, url: 'http://camlo.localhost/trang/gioi-thieu', isPartOf: { name: CAMLO } });
  });
});
