/**
 * The seed article's page on camlo.localhost, checked point by point against
 * SPEC §2, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../../demo/demo-files.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { metaContent, parseDocument, textOf } from '../../test-support/html.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const seed = loadSeedArticle();
const PATH = `/${seed.category}/${seed.expectedSlug}`;
const URL_ = `http://camlo.localhost${PATH}`;

describe.each(TEST_DIALECTS)('seed article page on %s', (dialect) => {
  let t: TestApp;
  let doc: Document;
  let status: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const res = await t.app.inject({ url: PATH, headers: { host: 'camlo.localhost' } });
    status = res.statusCode;
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    doc = parseDocument(res.body);
  });
  afterAll(() => t.close());

  it('answers 200 at a URL carrying the folded title', () => {
    expect(status).toBe(200);
    expect(PATH).toContain('phat-dong-huong-ung-thanh-hanh-dong-binh-dang-gioi-nam-2022');
  });

  it('titles the page "{title} - {site short name}" with exactly one h1', () => {
    expect(textOf(doc.querySelector('title'))).toBe(`${seed.title} - Huyện Cam Lộ`);
    const h1s = doc.querySelectorAll('h1');
    expect(h1s.length).toBe(1);
    expect(textOf(h1s[0])).toBe(seed.title);
  });

  it('shows the publication time in Vietnam time with an ISO datetime', () => {
    const time = doc.querySelector('.article__meta time');
    expect(time?.getAttribute('datetime')).toBe('2022-11-16T16:21:00+07:00');
    expect(textOf(time)).toBe('16:21, Thứ Tư, 16-11-2022');
  });

  it('keeps every paragraph of the body word for word, no-break spaces included', () => {
    const expected = Array.from(parseDocument(`<div>${seed.bodyHtml}</div>`).querySelectorAll('p')).map(textOf);
    const actual = Array.from(doc.querySelectorAll('.article__body p')).map(textOf);
    expect(expected.length).toBe(7);
    expect(actual).toEqual(expected);
  });

  it('describes itself: meta description, canonical, Open Graph and JSON-LD NewsArticle', () => {
    expect(metaContent(doc, 'meta[name="description"]')?.length ?? 0).toBeGreaterThan(20);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(URL_);
    expect(metaContent(doc, 'meta[property="og:title"]')).toBe(seed.title);
    expect(metaContent(doc, 'meta[property="og:url"]')).toBe(URL_);
    expect(metaContent(doc, 'meta[property="og:type"]')).toBe('article');
    expect(metaContent(doc, 'meta[property="og:site_name"]')).toBe('Cổng thông tin điện tử huyện Cam Lộ');
    const ld = JSON.parse(textOf(doc.querySelector('script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['headline']).toBe(seed.title);
    expect(ld['datePublished']).toBe('2022-11-16T16:21:00+07:00');
    expect((ld['publisher'] as Record<string, unknown>)['name']).toBe('Cổng thông tin điện tử huyện Cam Lộ');
  });

  it('carries the Dublin Core elements Vietnamese rules ask for', () => {
    expect(doc.querySelector('link[rel="schema.DC"]')).not.toBeNull();
    expect(metaContent(doc, 'meta[name="DC.title"]')).toBe(seed.title);
    expect(metaContent(doc, 'meta[name="DC.creator"]')).toBeTruthy();
    expect(metaContent(doc, 'meta[name="DC.date"]')).toBe('2022-11-16T16:21:00+07:00');
    expect(metaContent(doc, 'meta[name="DC.description"]')).toBeTruthy();
    expect(metaContent(doc, 'meta[name="DC.publisher"]')).toBe('Cổng thông tin điện tử huyện Cam Lộ');
    expect(metaContent(doc, 'meta[name="DC.identifier"]')).toBe(URL_);
    expect(metaContent(doc, 'meta[name="DC.language"]')).toBe('vi');
  });

  it('offers breadcrumbs, other news of the category, print view, share links and text size controls', () => {
    const crumbs = Array.from(doc.querySelectorAll('.breadcrumbs li')).map(textOf);
    expect(crumbs).toEqual(['Trang chủ', 'Tin tức - Sự kiện', seed.title]);
    const others = doc.querySelector('.other-news');
    expect(textOf(others?.querySelector('h2'))).toBe('Các tin khác');
    const otherLinks = Array.from(others?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? '');
    expect(otherLinks.length).toBeGreaterThan(0);
    for (const href of otherLinks) {
      expect(href.startsWith(`/${seed.category}/`)).toBe(true);
      expect(href).not.toBe(PATH);
    }
    expect(doc.querySelector('a.print-link')?.getAttribute('href')).toBe(`${PATH}?ban-in=1`);
    const share = Array.from(doc.querySelectorAll('.share a')).map((a) => a.getAttribute('href') ?? '');
    expect(share.some((h) => h.startsWith('https://www.facebook.com/sharer/sharer.php?u=') && h.includes(encodeURIComponent(URL_)))).toBe(true);
    expect(doc.querySelectorAll('.text-size button').length).toBe(3);
  });

  it('has the menu, the site contact footer and the links of the whole system', () => {
    const menu = Array.from(doc.querySelectorAll('nav.site-nav a')).map(textOf);
    for (const item of ['Trang chủ', 'Giới thiệu', 'Dịch vụ công trực tuyến', 'Sơ đồ trang']) expect(menu).toContain(item);
    const footer = textOf(doc.querySelector('footer'));
    expect(footer).toContain('Cổng thông tin điện tử huyện Cam Lộ tỉnh Quảng Trị');
    expect(footer).toContain('ubndcamlo@quangtri.gov.vn');
    expect(footer).toContain('0233.33871544 - 0915.023.667');
    expect(textOf(doc.querySelector('.system-links h2'))).toBe('Hệ thống cổng thông tin điện tử tỉnh Quảng Trị');
    const sites = Array.from(doc.querySelectorAll('.system-links a'));
    expect(sites.length).toBe(11);
    expect(sites.map((a) => a.getAttribute('href'))).toContain('http://dongha.localhost/');
  });

  it('serves a print view that search engines do not index', async () => {
    const res = await t.app.inject({ url: `${PATH}?ban-in=1`, headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    const print = parseDocument(res.body);
    expect(metaContent(print, 'meta[name="robots"]')).toBe('noindex');
    expect(textOf(print.querySelector('h1'))).toBe(seed.title);
    expect(print.querySelector('nav.site-nav')).toBeNull();
  });
});
