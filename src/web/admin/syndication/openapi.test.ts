/**
 * The syndication routes answer as the OpenAPI document says: each write's body (propose,
 * accept, decline, retract) and its refusals are checked against the schemas the
 * document names for them, which are the contract's zod schemas (src/contract/syndication.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { ContractValidator, type Json } from '../../api/testing/validators.js';
import { syndicationFixture, type SyndicationFixture } from './test-fixture.js';

function schemaOf(document: Json, path: string, method: string, status: string): string {
  const operation = ((document['paths'] as Record<string, Json>)[path]?.[method] ?? {}) as Json;
  const answer = ((operation['responses'] ?? {}) as Record<string, Json>)[status] ?? {};
  // Errors name a shared response (#/components/responses/…).
  const shared = typeof answer['$ref'] === 'string' ? answer['$ref'].replace('#/components/responses/', '') : undefined;
  const response = shared === undefined ? answer : (((document['components'] as Json)['responses'] as Record<string, Json>)[shared] ?? {});
  const content = (response['content'] ?? {}) as Record<string, Json>;
  const schema = (content['application/json']?.['schema'] ?? content['application/problem+json']?.['schema'] ?? {}) as Json;
  const ref = schema['$ref'] ?? (schema['anyOf'] as Json[] | undefined)?.[0]?.['$ref'];
  if (typeof ref !== 'string') throw new Error(`${method} ${path} ${status}: no component schema`);
  return ref.replace('#/components/schemas/', '');
}

describe.each(TEST_DIALECTS)('syndication in the editorial OpenAPI document on %s', (dialect) => {
  let f: SyndicationFixture;
  let document: Json;
  let contract: ContractValidator;
  beforeAll(async () => {
    f = await syndicationFixture(dialect);
    document = (await f.app.inject({ url: '/api/v1/openapi.json', headers: { host: 'localhost' } })).json<Json>();
    contract = new ContractValidator(document);
  });
  afterAll(() => f.t.close());

  function expectDocumented(path: string, method: string, status: number, res: { statusCode: number; body: string; json: () => unknown }): void {
    expect(res.statusCode, `${method} ${path}: ${res.body.slice(0, 300)}`).toBe(status);
    const name = schemaOf(document, `/admin/sites/{site}${path}`, method, String(status));
    expect(contract.errors(name, res.json()), `${method} ${path} as ${name}`).toEqual([]);
  }

  it('answers each write and its refusals with the documented bodies', async () => {
    const camlo = `/api/v1/admin/sites/${f.siteA.slug}`;
    const province = `/api/v1/admin/sites/${f.province.slug}`;
    const one = await f.article(f.siteA, 'writer', 'published');
    const two = await f.article(f.siteA, 'writer', 'published');
    const proposed = await f.call('POST', `${camlo}/articles/${one.id}/syndication`, 'approver');
    expectDocumented('/articles/{id}/syndication', 'post', 201, proposed);
    expectDocumented('/articles/{id}/syndication', 'post', 409, await f.call('POST', `${camlo}/articles/${one.id}/syndication`, 'approver'));
    expectDocumented('/articles/{id}/syndication', 'post', 403, await f.call('POST', `${camlo}/articles/${two.id}/syndication`, 'editor'));
    const second = await f.call('POST', `${camlo}/articles/${two.id}/syndication`, 'site_admin');
    const [a, b] = [proposed.json<{ id: number }>().id, second.json<{ id: number }>().id];
    expectDocumented('/syndication/{id}/decline', 'post', 400, await f.callProvince('POST', `${province}/syndication/${b}/decline`, 'approver', {}));
    expectDocumented('/syndication/{id}/decline', 'post', 200, await f.callProvince('POST', `${province}/syndication/${b}/decline`, 'approver', { note: 'Không phù hợp.' }));
    expectDocumented('/syndication/{id}/accept', 'post', 200, await f.callProvince('POST', `${province}/syndication/${a}/accept`, 'approver', {}));
    expectDocumented('/syndication/{id}/accept', 'post', 404, await f.callProvince('POST', `${province}/syndication/999999/accept`, 'approver', {}));
    expectDocumented('/syndication', 'get', 200, await f.callProvince('GET', `${province}/syndication`, 'approver'));
    expectDocumented('/articles/{id}/syndication', 'delete', 200, await f.call('DELETE', `${camlo}/articles/${one.id}/syndication`, 'approver'));
  });
});
