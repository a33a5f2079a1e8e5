/**
 * The OpenAPI 3.1 document, generated from the route table: the same zod schemas
 * that validate parameters and type the handlers become its JSON Schemas.
 */
import { ZodOptional, type z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { apiVi } from './messages.js';
import { problemSchema } from './problem.js';
import type { ApiRoute } from './route.js';

export type JsonObject = { [key: string]: unknown };

export const API_VERSION = '1.0.0';

/** Parameters as their wire form is checked (input side of transforms); responses as sent. */
export function jsonSchemaOf(schema: z.ZodTypeAny): JsonObject {
  const generated = zodToJsonSchema(schema, {
    target: 'jsonSchema2019-09',
    $refStrategy: 'none',
    effectStrategy: 'input',
    pipeStrategy: 'input',
  }) as JsonObject;
  const { $schema: _dialect, ...rest } = generated;
  return rest;
}

function parameters(schema: z.ZodObject<z.ZodRawShape> | undefined, location: 'path' | 'query'): JsonObject[] {
  if (schema === undefined) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    // Optionality is the parameter's `required`; the schema describes a value that is present.
    const present = field instanceof ZodOptional ? (field.unwrap() as z.ZodTypeAny) : field;
    const { description: _same, ...fieldSchema } = jsonSchemaOf(present);
    return {
      name,
      in: location,
      required: location === 'path' || !field.isOptional(),
      description: field.description ?? '',
      schema: fieldSchema,
    };
  });
}

const problemResponse = (description: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers === undefined ? {} : { headers }),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(route: ApiRoute): JsonObject {
  const responses: JsonObject = {
    200: {
      description: apiVi.responses.ok,
      headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.response.name}` } } },
    },
    304: { description: apiVi.responses.notModified, headers: { ETag: { $ref: '#/components/headers/ETag' } } },
    400: { $ref: '#/components/responses/BadRequest' },
    404: { $ref: '#/components/responses/NotFound' },
  };
  if (route.extraStatuses.includes(410)) responses[410] = { $ref: '#/components/responses/Gone' };
  responses[429] = { $ref: '#/components/responses/TooManyRequests' };
  responses[500] = { $ref: '#/components/responses/ServerError' };
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), { $ref: '#/components/parameters/IfNoneMatch' }],
    responses,
  };
}

export interface DocumentOptions {
  /** Requests per minute per client address, stated in the description; undefined when unlimited. */
  rateLimit: { max: number; timeWindowMs: number } | undefined;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: JsonObject;
  [key: string]: unknown;
}

export function buildOpenApiDocument(routes: readonly ApiRoute[], options: DocumentOptions): OpenApiDocument {
  const schemas: JsonObject = { Problem: jsonSchemaOf(problemSchema) };
  const paths: JsonObject = {};
  for (const route of routes) {
    schemas[route.response.name] = jsonSchemaOf(route.response.schema);
    paths[route.path] = { get: operation(route) };
  }
  const limit = options.rateLimit;
  const limitText =
    limit === undefined ? '' : ` Giới hạn: ${limit.max} yêu cầu mỗi ${Math.round(limit.timeWindowMs / 1000)} giây cho mỗi địa chỉ IP; vượt quá trả về 429 kèm Retry-After.`;
  const usedTags = [...new Set(routes.map((r) => r.tag))];
  return {
    openapi: '3.1.0',
    info: { title: apiVi.title, version: API_VERSION, description: `${apiVi.description}${limitText}` },
    servers: [{ url: '/api/v1' }],
    tags: usedTags.map((name) => ({ name, description: apiVi.tags[name] })),
    paths,
    components: {
      schemas,
      parameters: {
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, description: apiVi.responses.ifNoneMatch, schema: { type: 'string' } },
      },
      headers: {
        ETag: { description: apiVi.responses.etag, schema: { type: 'string' } },
        CacheControl: { description: apiVi.responses.cacheControl, schema: { type: 'string' } },
        RetryAfter: { description: apiVi.responses.retryAfter, schema: { type: 'integer', minimum: 0 } },
      },
      responses: {
        BadRequest: problemResponse(apiVi.responses.badRequest),
        NotFound: problemResponse(apiVi.responses.notFound),
        Gone: problemResponse(apiVi.responses.gone),
        TooManyRequests: problemResponse(apiVi.responses.tooMany, { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }),
        ServerError: problemResponse(apiVi.responses.serverError),
      },
    },
  };
}
