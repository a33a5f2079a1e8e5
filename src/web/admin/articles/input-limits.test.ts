/**
 * Every text the editorial API takes has a maximum length: the OpenAPI document states
 * it (maxLength, maxItems), and one character more is a Vietnamese 400 naming the
 * field. Article bodies are also bounded in how deeply they nest. On every dialect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_ELEMENTS, MAX_BODY_HTML_CHARS, MAX_BODY_NESTING } from '../../../editorial/body-bounds.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture, type Person } from './test-fixture.js';

type Json = Record<string, unknown>;

/** Strings without maxLength and arrays without maxItems in a JSON Schema, by path. */
function unbounded(schema: unknown, where: string, out: string[]): string[] {
  if (Array.isArray(schema)) schema.forEach((s, i) => unbounded(s, `${where}[${i}]`, out));
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return out;
  const node = schema as Json;
  const types = ([] as unknown[]).concat(node['type'] ?? []);
  const fixed = node['enum'] !== undefined || node['const'] !== undefined || node['contentMediaType'] !== undefined;
  if (types.includes('string') && !fixed && node['maxLength'] === undefined) out.push(where);
  if (types.includes('array') && node['maxItems'] === undefined) out.push(where);
  for (const [key, value] of Object.entries(node)) unbounded(value, `${where}.${key}`, out);
  return out;
}

describe.each(TEST_DIALECTS)('editorial input limits on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
  });
  afterAll(() => f.t.close());

  const article = (extra: Json = {}) => ({ title: 'Giới hạn độ dài', lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId: f.categoryA, ...extra });

  /** The messages of a 400, by field. */
  async function refused(who: Person, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<Record<string, string>> {
    const res = await f.call(method, url, who, body);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
    return Object.fromEntries(errors.map((e) => [e.field, e.message]));
  }

  it('states a maximum for every string and list of every editorial request in the OpenAPI document', async () => {
    const document = (await f.app.inject({ url: '/api/v1/openapi.json', headers: { host: 'camlo.localhost' } })).json<Json>();
    const missing: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries(document['paths'] as Record<string, Record<string, Json>>)) {
      if (!path.startsWith('/auth/') && !path.startsWith('/admin')) continue;
      for (const [method, operation] of Object.entries(item)) {
        for (const parameter of (operation['parameters'] as Json[] | undefined) ?? []) {
          if (parameter['schema'] !== undefined) unbounded(parameter['schema'], `${method} ${path} ${String(parameter['name'])}`, missing);
        }
        const content = ((operation['requestBody'] as Json | undefined)?.['content'] ?? {}) as Record<string, Json>;
        for (const [type, media] of Object.entries(content)) unbounded(media['schema'], `${method} ${path} ${type}`, missing);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(39);
    expect(missing).toEqual([]);
  });

  it('accepts each article text at its limit and refuses one character more, naming the field in Vietnamese', async () => {
    const longest = article({
      title: 'T'.repeat(500), lead: 'S'.repeat(3000), bodyHtml: `<p>${'b'.repeat(MAX_BODY_HTML_CHARS - 7)}</p>`,
      featuredImageCaption: 'c'.repeat(500), authorName: 'a'.repeat(200), source: 's'.repeat(300),
      tags: Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(100, 'k')),
    });
    expect(longest['bodyHtml'].length).toBe(MAX_BODY_HTML_CHARS);
    const created = await f.call('POST', `${base}/articles`, 'contributor', longest);
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201);

    const over = await refused('contributor', 'POST', `${base}/articles`, article({
      title: 'T'.repeat(501), lead: 'S'.repeat(3001), bodyHtml: 'b'.repeat(MAX_BODY_HTML_CHARS + 1),
      featuredImageCaption: 'c'.repeat(501), authorName: 'a'.repeat(201), source: 's'.repeat(301),
      tags: ['k'.repeat(101), ...Array.from({ length: 30 }, (_, i) => `tu-khoa-${i}`)],
    }));
    expect(over).toMatchObject({
      title: 'Tối đa 500 ký tự',
      lead: 'Tối đa 3000 ký tự',
      featuredImageCaption: 'Tối đa 500 ký tự',
      authorName: 'Tối đa 200 ký tự',
      source: 'Tối đa 300 ký tự',
      'tags.0': 'Tối đa 100 ký tự',
      tags: 'Tối đa 30 mục',
    });
    expect(over['bodyHtml']).toBe('Nội dung tối đa 60.000 ký tự (kể cả mã HTML); văn bản dài hơn hãy đính kèm dưới dạng tệp');
    const id = created.json<{ id: number }>().id;
    const saved = await refused('contributor', 'PUT', `${base}/articles/${id}`, { ...article(), bodyHtml: 'b'.repeat(MAX_BODY_HTML_CHARS + 1), baseRevision: 1 });
    expect(Object.keys(saved)).toEqual(['bodyHtml']);
  });

  it('refuses a body nested deeper than it may be, even one deep enough to have exhausted the stack', async () => {
    const nested = (levels: number, close = true) => `${'<blockquote>'.repeat(levels)}Trích dẫn${close ? '</blockquote>'.repeat(levels) : ''}`;
    expect((await f.call('POST', `${base}/articles`, 'contributor', article({ bodyHtml: nested(MAX_BODY_NESTING) }))).statusCode).toBe(201);
    for (const body of [nested(MAX_BODY_NESTING + 1), nested(2000), nested(4000, false)]) {
      const fields = await refused('contributor', 'POST', `${base}/articles`, article({ bodyHtml: body }));
      expect(fields).toEqual({ bodyHtml: `Nội dung lồng nhau quá sâu (tối đa ${MAX_BODY_NESTING} cấp thẻ HTML)` });
    }
    // Unclosed paragraphs close one another in HTML: they do not nest.
    expect((await f.call('POST', `${base}/articles`, 'contributor', article({ bodyHtml: '<p>Đoạn'.repeat(500) }))).statusCode).toBe(201);
  });

  it('refuses a body of more elements than it may have, counting unclosed and empty ones', async () => {
    const cells = (n: number) => `<table><tbody><tr>${'<td>1</td>'.repeat(n - 3)}</tr></tbody></table>`;
    expect((await f.call('POST', `${base}/articles`, 'contributor', article({ bodyHtml: cells(MAX_BODY_ELEMENTS) }))).statusCode).toBe(201);
    expect(await refused('contributor', 'POST', `${base}/articles`, article({ bodyHtml: cells(MAX_BODY_ELEMENTS + 1) }))).toEqual({
      bodyHtml: 'Nội dung có quá nhiều thẻ HTML (3.001, tối đa 3.000); văn bản dài hơn hãy đính kèm dưới dạng tệp',
    });
    expect(Object.keys(await refused('contributor', 'POST', `${base}/articles`, article({ bodyHtml: '<br>'.repeat(MAX_BODY_ELEMENTS + 1) })))).toEqual(['bodyHtml']);
  });

  it('bounds notes, categories, royalty, settings, accounts, sign-in and list filters the same way', async () => {
    const draft = await f.article(f.siteA, 'contributor', 'submitted');
    const cases: [Person, 'GET' | 'POST' | 'PUT', string, unknown, string, string][] = [
      ['editor', 'POST', `${base}/articles/${draft.id}/transitions`, { transition: 'return', note: 'n'.repeat(2001) }, 'note', 'Tối đa 2000 ký tự'],
      ['site_admin', 'POST', `${base}/categories`, { name: 'c'.repeat(201), parentId: null }, 'name', 'Tối đa 200 ký tự'],
      ['site_admin', 'POST', `${base}/categories`, { name: 'Chuyên mục', parentId: null, description: 'd'.repeat(2001) }, 'description', 'Tối đa 2000 ký tự'],
      ['approver', 'PUT', `${base}/articles/${draft.id}/royalty`, { genre: 'g'.repeat(101), isReprint: false, authors: [] }, 'genre', 'Tối đa 100 ký tự'],
      ['approver', 'PUT', `${base}/articles/${draft.id}/royalty`, { genre: null, isReprint: false, authors: [{ name: 'a'.repeat(201), share: 100 }] }, 'authors.0.name', 'Tối đa 200 ký tự'],
      ['site_admin', 'PUT', `${base}/settings`, { name: 'n'.repeat(201), shortName: 'Cam Lộ', themeColor: '#9b1c1c' }, 'name', 'Tối đa 200 ký tự'],
      ['site_admin', 'PUT', `${base}/settings`, { name: 'Cam Lộ', shortName: 'Cam Lộ', themeColor: '#9b1c1c', contact: { footer: 'f'.repeat(501) } }, 'contact.footer', 'Tối đa 500 ký tự'],
      ['sysadmin', 'POST', '/api/v1/admin/users', { username: 'nguoi-moi', displayName: 'd'.repeat(201) }, 'displayName', 'Tối đa 200 ký tự'],
      ['sysadmin', 'GET', `/api/v1/admin/users?q=${'q'.repeat(101)}`, undefined, 'q', 'Tối đa 100 ký tự'],
      ['site_admin', 'GET', `${base}/audit?actor=${'a'.repeat(101)}`, undefined, 'actor', 'Tối đa 100 ký tự'],
      ['editor', 'GET', `${base}/articles?q=${'q'.repeat(201)}`, undefined, 'q', 'Tối đa 200 ký tự'],
      ['editor', 'GET', `${base}/articles?q=${encodeURIComponent(Array.from({ length: 13 }, (_, i) => `tu${i}`).join(' '))}`, undefined, 'q', 'Tối đa 12 từ'],
    ];
    for (const [who, method, url, body, field, message] of cases) {
      expect(await refused(who, method, url, body), `${method} ${url}`).toMatchObject({ [field]: message });
    }
    const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { host: 'localhost' }, payload: { username: 'u'.repeat(101), password: 'x' } });
    expect(login.statusCode).toBe(400);
    expect(login.json<{ errors: unknown[] }>().errors).toEqual([{ field: 'username', message: 'Tối đa 100 ký tự' }]);
  });
});
