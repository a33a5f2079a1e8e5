/**
 * Test-side checks of the published contract: the OpenAPI document against the
 * official 3.1 meta-schema, and response bodies against the document's own JSON
 * Schemas (Ajv, draft 2020-12 as OpenAPI 3.1 uses, with formats).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export type Json = { [key: string]: unknown };

export async function openApiErrors(document: Json): Promise<string[]> {
  const validator = new Validator({ strict: false });
  const result = await validator.validate(document);
  if (result.valid) return [];
  const errors = result.errors ?? 'invalid';
  return typeof errors === 'string' ? [errors] : errors.map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

function asJson(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Json;
}

/** Follows a local `#/components/...` reference once, or returns the object itself. */
export function deref(document: Json, value: unknown): Json {
  const object = asJson(value, 'reference target');
  const ref = object['$ref'];
  if (typeof ref !== 'string') return object;
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) node = asJson(node, ref)[part];
  return asJson(node, ref);
}

export class ContractValidator {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    formats.default(this.ajv);
  }

  /** The component name of the schema a path documents for a status and media type. */
  responseSchemaName(path: string, status: string, mediaType: string): string {
    const paths = asJson(this.document['paths'], 'paths');
    const get = asJson(asJson(paths[path], path)['get'], `${path} get`);
    const response = deref(this.document, asJson(get['responses'], 'responses')[status]);
    const content = asJson(response['content'], `${path} ${status} content`);
    const schema = asJson(asJson(content[mediaType], `${path} ${status} ${mediaType}`)['schema'], 'schema');
    const ref = schema['$ref'];
    if (typeof ref !== 'string') throw new Error(`${path} ${status}: schema is not a component reference`);
    return ref.replace('#/components/schemas/', '');
  }

  /** Ajv's errors for a value against a named component schema; empty when valid. */
  errors(componentName: string, value: unknown): string[] {
    let validate = this.compiled.get(componentName);
    if (validate === undefined) {
      const schemas = asJson(asJson(this.document['components'], 'components')['schemas'], 'schemas');
      validate = this.ajv.compile(asJson(schemas[componentName], componentName));
      this.compiled.set(componentName, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
}
