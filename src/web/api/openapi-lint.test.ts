/**
 * /api/v1/openapi.json as the field's own linters read it: Redocly's recommended
 * rules and Spectral's `spectral:oas` ruleset report no error (every operation says
 * how it is secured, the public ones with the empty list; operation ids are unique).
 * The document does not depend on the database: SQLite only.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import spectralRulesets from '@stoplight/spectral-rulesets';
import { DiagnosticSeverity } from '@stoplight/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';


describe('the OpenAPI document under the standard linters', () => {
  let t: TestApp;
  let source: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { articlesPerSite: 1 });
    source = (await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: 'camlo.localhost' } })).body;
  });
  afterAll(() => t.close());

  it('passes Redocly lint (recommended rules) with no error', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
    expect(errors).toEqual([]);
  });

  it("passes Spectral's spectral:oas ruleset with no error", async () => {
    const spectral = new spectralCore.Spectral();
    spectral.setRuleset(spectralRulesets.oas as spectralCore.RulesetDefinition);
    const document = new spectralCore.Document(source, spectralParsers.Json, 'openapi.json');
    const results = await spectral.run(document);
    const errors = results.filter((r) => r.severity === DiagnosticSeverity.Error).map((r) => `${String(r.code)}: ${r.message} (${r.path.join('.')})`);
    expect(errors).toEqual([]);
  });
});
