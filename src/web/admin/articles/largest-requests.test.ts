/**
 * No single request stalls the server. While a contributor posts the largest article
 * the API accepts — bodies of the costliest shapes at MAX_BODY_HTML_CHARS, and a request
 * of exactly REQUEST_BODY_LIMIT bytes — /healthz answers within HEALTH_BUDGET_MS. A
 * request over a limit is refused (400 naming the field, 413 for the whole body) and
 * writes nothing. On every dialect, through a real listening server: inject() runs a
 * request inside the test's own turn of the event loop and would hide a stall.
 *
 * The server first saves a few long ordinary articles, and each shape below at a
 * quarter of its size, as a running portal has done: V8 compiles the cleaner's and the
 * sanitiser's loops on their first thousands of elements, and the first long article
 * of a kind that a fresh process saves takes about twice as long (up to some 280 ms).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_ELEMENTS, MAX_BODY_HTML_CHARS } from '../../../editorial/body-bounds.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { REQUEST_BODY_LIMIT } from '../../request-limits.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';

const HEALTH_BUDGET_MS = 250;

/**
 * `unit` repeated between `open` and `close` as often as the limits allow (`elements`
 * tells how many elements `open` and one `unit` have), padded with letters to exactly
 * MAX_BODY_HTML_CHARS.
 */
function largest(unit: string, open = '', close = '', elements = { open: 0, unit: 0 }): string {
  const room = MAX_BODY_HTML_CHARS - open.length - close.length;
  const byElements = elements.unit === 0 ? Infinity : Math.floor((MAX_BODY_ELEMENTS - elements.open) / elements.unit);
  const repeated = unit.repeat(Math.min(Math.floor(room / unit.length), byElements));
  return `${open}${repeated}${'x'.repeat(room - repeated.length)}${close}`;
}

const CLAUSE = 'Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức thực hiện nhiệm vụ được giao theo quy định của pháp luật về đất đai; ';

/** A long decree as TipTap writes it: numbered clauses, headings, small tables. */
function legalText(): string {
  const items: string[] = [];
  let length = 0;
  for (let i = 1; ; i += 1) {
    const item =
      i % 20 === 0 ? `<h3>Chương ${i / 20}</h3>`
      : i % 7 === 0 ? `<table><tbody><tr><td colspan="1" rowspan="1"><p>${i}</p></td><td colspan="1" rowspan="1"><p>${CLAUSE}</p></td></tr></tbody></table>`
      : `<p><strong>Khoản ${i}.</strong> ${CLAUSE}${CLAUSE}</p>`;
    if (length + item.length > MAX_BODY_HTML_CHARS - 100) break;
    items.push(item);
    length += item.length;
  }
  return largest('đ', `${items.join('')}<p>`, '</p>');
}

/** Long articles of the ordinary kind: a roster as a table, a list of households. */
const ORDINARY_BODIES = [
  legalText(),
  largest('<tr><td colspan="1" rowspan="1"><p>12</p></td><td colspan="1" rowspan="1"><p>Nguyễn Văn Anh</p></td><td colspan="1" rowspan="1"><p>Cam Lộ</p></td></tr>', '<table><tbody>', '</tbody></table>', { open: 2, unit: 7 }),
  largest('<li><p>Hộ ông Nguyễn Văn Anh, thôn 3, xã Cam Thành</p></li>', '<ul>', '</ul>', { open: 1, unit: 2 }),
];

/** The costliest bodies to clean, sanitise and index, each exactly as long as a save accepts. */
const LARGEST_BODIES: Record<string, string> = {
  'a run of spaces in one paragraph': largest(' ', '<p>', 'x</p>'),
  'a run of no-break spaces': largest('\u00a0', '<p>', 'x</p>'),
  'spaces and no-break spaces in turn': largest(' \u00a0', '<p>', 'x</p>'),
  'no-break spaces as entities': largest('&nbsp; ', '<p>', 'x</p>'),
  'thousands of tiny paragraphs': largest('<p>a</p>', '', '', { open: 0, unit: 1 }),
  'thousands of table cells': largest('<td>a</td>', '<table><tbody><tr>', '</tr></tbody></table>', { open: 3, unit: 1 }),
  'thousands of list items': largest('<li>a</li>', '<ul>', '</ul>', { open: 1, unit: 1 }),
  'thousands of line breaks': largest('<br>', '<p>', '</p>', { open: 1, unit: 1 }),
  'characters that become entities': largest('<&"'),
  'a legal text of twenty pages': legalText(),
  'a roster table of a thousand rows': ORDINARY_BODIES[1] ?? '',
};

/** JSON with every character of every string written as a \uXXXX escape: the longest form a client may send. */
function escapedJson(value: unknown): string {
  if (typeof value === 'string') {
    let out = '';
    for (let i = 0; i < value.length; i += 1) out += `\\u${value.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return `"${out}"`;
  }
  if (Array.isArray(value)) return `[${value.map(escapedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${escapedJson(k)}:${escapedJson(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

/** `json` (an object) with one more string member that brings it to exactly `bytes` bytes. */
function paddedTo(json: string, bytes: number): string {
  const room = bytes - Buffer.byteLength(json) - ',"chenThem":""'.length;
  return `${json.slice(0, -1)},"chenThem":"${'x'.repeat(room)}"}`;
}

describe.each(TEST_DIALECTS)('the largest requests on %s', (dialect) => {
  let f: EditorialFixture;
  let origin: string;
  let articlesUrl: string;
  const article = (bodyHtml: string) => ({ title: 'Bài dài nhất', lead: 'Sapo.', bodyHtml, categoryId: f.categoryA });

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    await f.app.listen({ host: '127.0.0.1', port: 0 });
    const address = f.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    origin = `http://127.0.0.1:${address.port}`;
    articlesUrl = `${origin}/api/v1/admin/sites/${f.siteA.slug}/articles`;
    const quarters = Object.values(LARGEST_BODIES).map((body) => body.slice(0, body.length / 4));
    for (const bodyHtml of [...ORDINARY_BODIES, ...quarters]) {
      const res = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/articles`, 'contributor', article(bodyHtml));
      expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    }
  });
  afterAll(() => f.t.close());

  interface Watched {
    status: number;
    text: string;
    slowestHealth: number;
    healthAnswers: number;
  }

  /** Sends a request as the contributor while /healthz is asked again and again until it is answered. */
  async function whileWatched(method: 'GET' | 'POST' | 'PUT', url: string, body?: string): Promise<Watched> {
    let sending = true;
    const waits: number[] = [];
    const watch = (async () => {
      while (sending) {
        const started = performance.now();
        const res = await fetch(`${origin}/healthz`);
        await res.text();
        expect(res.status).toBe(200);
        waits.push(performance.now() - started);
      }
    })();
    let res: Response;
    let text: string;
    try {
      const headers = { ...f.sessions.contributor.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
      res = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
      text = await res.text();
    } finally {
      sending = false;
      // The /healthz request in flight when the answer came counts too: it is the one a stall would hold.
      await watch;
    }
    return { status: res.status, text, slowestHealth: Math.max(...waits), healthAnswers: waits.length };
  }

  const postWhileWatched = (body: string) => whileWatched('POST', articlesUrl, body);

  /** Rows a refused request must not have written. */
  async function written(): Promise<Record<string, number>> {
    const db = f.db;
    const count = async (table: 'articles' | 'article_revisions' | 'audit_log' | 'search_documents') =>
      Number((await db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { articles: await count('articles'), revisions: await count('article_revisions'), audit: await count('audit_log'), index: await count('search_documents') };
  }

  for (const [shape, bodyHtml] of Object.entries(LARGEST_BODIES)) {
    it(`keeps /healthz answering while the largest body is saved: ${shape}`, async () => {
      expect(bodyHtml.length).toBe(MAX_BODY_HTML_CHARS);
      const res = await postWhileWatched(JSON.stringify(article(bodyHtml)));
      expect(res.status, res.text.slice(0, 300)).toBe(201);
      expect(res.healthAnswers).toBeGreaterThan(0);
      expect(res.slowestHealth, `/healthz waited ${Math.round(res.slowestHealth)} ms`).toBeLessThan(HEALTH_BUDGET_MS);
    });
  }

  it('keeps /healthz answering through a request of exactly the largest body size, the article in it accepted', async () => {
    const fields = {
      ...article(largest('\u00a0 ', '<p>', 'x</p>')),
      title: 'Tiêu đề'.padEnd(500, ' Tiêu đề'),
      lead: 'Sapo'.padEnd(3000, ' sapo'),
      authorName: 'Bút danh'.padEnd(200, '.'),
      source: 'Nguồn'.padEnd(300, '.'),
      featuredImageCaption: 'Chú thích'.padEnd(500, '.'),
      tags: Array.from({ length: 30 }, (_, i) => `Từ khóa ${i}`.padEnd(100, '.')),
    };
    // Every field at its longest, every character escaped: still within the limit, with room for padding.
    const escaped = escapedJson(fields);
    expect(Buffer.byteLength(escaped)).toBeLessThan(REQUEST_BODY_LIMIT);
    const padded = paddedTo(escaped, REQUEST_BODY_LIMIT);
    expect(Buffer.byteLength(padded)).toBe(REQUEST_BODY_LIMIT);
    const res = await postWhileWatched(padded);
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect(JSON.parse(res.text)).toMatchObject({ title: fields.title.trim(), authorName: fields.authorName });
    expect(res.slowestHealth, `/healthz waited ${Math.round(res.slowestHealth)} ms`).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('keeps /healthz answering while two of the largest, wholly different bodies are compared (history and a stale save)', async () => {
    const first = LARGEST_BODIES['thousands of table cells'] ?? '';
    const second = LARGEST_BODIES['characters that become entities'] ?? '';
    const created = await postWhileWatched(JSON.stringify(article(first)));
    const id = (JSON.parse(created.text) as { id: number }).id;
    const saved = await whileWatched('PUT', `${articlesUrl}/${id}`, JSON.stringify({ ...article(second), baseRevision: 1 }));
    expect(saved.status, saved.text.slice(0, 300)).toBe(200);
    const diff = await whileWatched('GET', `${articlesUrl}/${id}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(JSON.parse(diff.text)).toMatchObject({ from: 1, to: 2, fields: [{ field: 'bodyHtml' }] });
    // A save from revision 1 is now stale: the 409 compares the current body with the one sent.
    const stale = await whileWatched('PUT', `${articlesUrl}/${id}`, JSON.stringify({ ...article(LARGEST_BODIES['thousands of list items'] ?? ''), baseRevision: 1 }));
    expect(stale.status).toBe(409);
    for (const res of [saved, diff, stale]) expect(res.slowestHealth, `/healthz waited ${Math.round(res.slowestHealth)} ms`).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('refuses a body one character over its limit with a Vietnamese 400 and writes nothing', async () => {
    const before = await written();
    const over = `${LARGEST_BODIES['a run of spaces in one paragraph'] ?? ''} `;
    const res = await postWhileWatched(JSON.stringify(article(over)));
    expect(res.status).toBe(400);
    const problem = JSON.parse(res.text) as { title: string; errors: { field: string; message: string }[] };
    expect(problem.title).toBe('Dữ liệu không hợp lệ');
    expect(problem.errors).toEqual([{ field: 'bodyHtml', message: 'Nội dung tối đa 60.000 ký tự (kể cả mã HTML); văn bản dài hơn hãy đính kèm dưới dạng tệp' }]);
    expect(res.slowestHealth).toBeLessThan(HEALTH_BUDGET_MS);
    expect(await written()).toEqual(before);
  });

  it('refuses a request body one byte over the limit with a Vietnamese 413 problem and writes nothing', async () => {
    const before = await written();
    const over = paddedTo(JSON.stringify(article('<p>x</p>')), REQUEST_BODY_LIMIT + 1);
    expect(Buffer.byteLength(over)).toBe(REQUEST_BODY_LIMIT + 1);
    const res = await postWhileWatched(over);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toMatchObject({
      status: 413,
      title: 'Yêu cầu quá lớn',
      detail: `Dữ liệu gửi lên vượt quá giới hạn ${REQUEST_BODY_LIMIT / 1024} KB của một yêu cầu. Nội dung dài hơn hãy đính kèm dưới dạng tệp.`,
    });
    expect(res.slowestHealth).toBeLessThan(HEALTH_BUDGET_MS);
    expect(await written()).toEqual(before);
  });
});
