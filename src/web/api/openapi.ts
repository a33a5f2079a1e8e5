/**
 * The OpenAPI 3.1 document, generated from the routes Fastify registered (each carries
 * its operation: web/api/route-catalogue.ts): the same zod schemas that validate
 * parameters and bodies and type the answers become its JSON Schemas.
 */
import { ZodOptional, type z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { articleConflictSchema } from '../../contract/articles.js';
import { editorialProblemSchema } from '../../contract/problem.js';
import { SESSION_COOKIE } from '../admin/auth-context.js';
import { EDITORIAL_TAGS, type EditorialErrorStatus, type EditorialTag, type NamedSchema } from '../admin/operation.js';
import { REQUEST_BODY_LIMIT } from '../request-limits.js';
import { apiVi } from './messages.js';
import { problemSchema } from './problem.js';
import type { ApiRoute } from './route.js';
import type { EditorialRouteDoc, RouteCatalogue } from './route-catalogue.js';

export type JsonObject = { [key: string]: unknown };

export const API_VERSION = '1.0.0';

/** Parameters as their wire form is checked (input side of transforms); responses as sent. */
export function jsonSchemaOf(schema: z.ZodTypeAny): JsonObject {
  // zod's `ZodTypeAny` carries `any` in its type parameters; the converter reads only the schema's structure.
  const generated = zodToJsonSchema(schema as z.ZodType<unknown>, {
    target: 'jsonSchema2019-09',
    $refStrategy: 'none',
    effectStrategy: 'input',
    pipeStrategy: 'input',
  }) as JsonObject;
  const { $schema: _dialect, ...rest } = generated;
  return numericExclusiveBounds(rest) as JsonObject;
}

/**
 * zod-to-json-schema writes `.positive()`/`.gt()` as draft-04 `exclusiveMinimum: true` +
 * `minimum` for every target but draft-07; JSON Schema 2019-09 and later (and OpenAPI 3.1)
 * take the bound itself: `exclusiveMinimum: 0`.
 */
function numericExclusiveBounds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(numericExclusiveBounds);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = numericExclusiveBounds(value);
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else if (out[exclusive] === false) delete out[exclusive];
  }
  return out;
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
    // Public: no credentials (the empty list says so, rather than leaving it unsaid).
    security: [],
  };
}

const EDITORIAL_INFO =
  'API biên tập (/auth/*, /admin/*) dùng cho giao diện quản trị: phiên đăng nhập bằng cookie gp_session, mọi yêu cầu thay đổi dữ liệu (trừ đăng nhập) gửi kèm X-CSRF-Token; mọi nội dung gửi lên được kiểm tra bằng lược đồ, lỗi là problem details với errors: [{ field, message }]. ' +
  `Mỗi trường văn bản có độ dài tối đa (maxLength, tính theo đơn vị UTF-16); thân yêu cầu JSON tối đa ${REQUEST_BODY_LIMIT / 1024} KB, lớn hơn trả về 413.`;

const EDITORIAL_ERRORS: Record<EditorialErrorStatus | 500, { name: string; description: string; retryAfter?: true }> = {
  400: { name: 'EditorialBadRequest', description: 'Dữ liệu không hợp lệ: errors nêu từng trường sai' },
  401: { name: 'EditorialUnauthorized', description: 'Chưa đăng nhập, phiên còn chờ xác thực hai lớp, hoặc sai thông tin đăng nhập / mã xác thực' },
  403: { name: 'EditorialForbidden', description: 'Không có quyền, thiếu hoặc sai X-CSRF-Token, hoặc còn dùng mật khẩu tạm thời' },
  404: { name: 'EditorialNotFound', description: 'Không tìm thấy (cổng, tin bài, chuyên mục, tệp, tài khoản hoặc phiên bản)' },
  409: { name: 'EditorialConflict', description: 'Xung đột với trạng thái hiện tại' },
  413: { name: 'EditorialTooLarge', description: `Thân yêu cầu JSON vượt ${REQUEST_BODY_LIMIT / 1024} KB, tệp quá lớn, ảnh có quá nhiều điểm ảnh hoặc biểu mẫu có quá nhiều phần` },
  415: { name: 'EditorialUnsupportedType', description: 'Không phải multipart/form-data, hoặc loại tệp không được hỗ trợ' },
  429: { name: 'EditorialTooManyRequests', description: 'Tài khoản tạm khóa hoặc quá nhiều lần đăng nhập; thử lại sau Retry-After giây', retryAfter: true },
  500: { name: 'EditorialServerError', description: 'Lỗi máy chủ' },
};

function editorialErrorResponses(): JsonObject {
  const responses: JsonObject = {};
  for (const { name, description, retryAfter } of Object.values(EDITORIAL_ERRORS)) {
    responses[name] = {
      description,
      ...(retryAfter ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/EditorialProblem' } } },
    };
  }
  return responses;
}

/** A CSRF header is needed on every state-changing request except login. */
export function needsCsrf(route: Pick<EditorialRouteDoc, 'method' | 'path'>): boolean {
  return route.method !== 'get' && route.path !== '/auth/login';
}

/** Named answer schemas become components; one name never stands for two schemas. */
class ComponentSchemas {
  readonly json: JsonObject = {};
  private readonly sources = new Map<string, z.ZodTypeAny>();

  ref({ name, schema }: NamedSchema): JsonObject {
    const known = this.sources.get(name);
    if (known === undefined) {
      this.sources.set(name, schema);
      this.json[name] = jsonSchemaOf(schema);
    } else if (known !== schema) {
      throw new Error(`OpenAPI: two different schemas are named ${name}`);
    }
    return { $ref: `#/components/schemas/${name}` };
  }
}

/** Path parameters named in the template, from the schemas the handler validates them with (first one naming a parameter wins). */
function pathParameters(route: EditorialRouteDoc): JsonObject[] {
  const names = [...route.path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '');
  const found = new Map<string, JsonObject>();
  for (const schema of route.params ?? []) {
    for (const parameter of parameters(schema, 'path')) {
      const name = String(parameter['name']);
      if (names.includes(name) && !found.has(name)) found.set(name, parameter);
    }
  }
  return names.flatMap((name) => {
    const parameter = found.get(name);
    return parameter === undefined ? [] : [parameter];
  });
}

function requestBody(route: EditorialRouteDoc): JsonObject | undefined {
  if (route.body !== undefined) {
    return { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.body) } } };
  }
  if (route.multipart !== undefined) {
    const fields = jsonSchemaOf(route.multipart.fields);
    const properties = (fields['properties'] ?? {}) as JsonObject;
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            ...fields,
            properties: { [route.multipart.fileField]: { type: 'string', contentMediaType: 'application/octet-stream', description: 'Nội dung tệp' }, ...properties },
            required: [route.multipart.fileField, ...((fields['required'] as string[] | undefined) ?? [])],
          },
        },
      },
    };
  }
  return undefined;
}

function editorialOperation(route: EditorialRouteDoc, components: ComponentSchemas): JsonObject {
  const { success } = route;
  const content: JsonObject = {};
  if (success.body !== undefined) content['application/json'] = { schema: components.ref(success.body) };
  for (const [type, schema] of Object.entries(success.alternatives ?? {})) content[type] = { schema };
  const responses: JsonObject = {
    [success.status]: { description: success.description, ...(success.body === undefined ? {} : { content }) },
  };
  // Any JSON body over REQUEST_BODY_LIMIT is refused with 413 before the route runs.
  const errors: readonly EditorialErrorStatus[] = route.body === undefined ? route.errors : [...route.errors, 413];
  for (const status of [...new Set(errors)].sort()) {
    responses[status] =
      status === 409 && route.staleConflict === true
        ? {
            description: `${EDITORIAL_ERRORS[409].description}; khi baseRevision đã cũ: kèm current, yours và diff`,
            content: {
              'application/problem+json': {
                schema: { anyOf: [{ $ref: '#/components/schemas/ArticleConflictProblem' }, { $ref: '#/components/schemas/EditorialProblem' }] },
              },
            },
          }
        : { $ref: `#/components/responses/${EDITORIAL_ERRORS[status].name}` };
  }
  responses[500] = { $ref: `#/components/responses/${EDITORIAL_ERRORS[500].name}` };
  const body = requestBody(route);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    parameters: [
      ...pathParameters(route),
      ...parameters(route.query, 'query'),
      ...(needsCsrf(route) ? [{ $ref: '#/components/parameters/CsrfToken' }] : []),
    ],
    ...(body === undefined ? {} : { requestBody: body }),
    // Logout also answers without a session; login needs none.
    security: route.session === 'none' ? [] : route.session === 'optional' ? [{}, { sessionCookie: [] }] : [{ sessionCookie: [] }],
    responses,
  };
}

export interface DocumentOptions {
  /** Requests per minute per client address, stated in the description; undefined when unlimited. */
  rateLimit: { max: number; timeWindowMs: number } | undefined;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  paths: JsonObject;
  [key: string]: unknown;
}

export function buildOpenApiDocument(catalogue: RouteCatalogue, options: DocumentOptions): OpenApiDocument {
  const routes = catalogue.publicRoutes;
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
  const components = new ComponentSchemas();
  for (const route of catalogue.editorialRoutes) {
    paths[route.path] = { ...(paths[route.path] as JsonObject | undefined), [route.method]: editorialOperation(route, components) };
  }
  Object.assign(schemas, components.json);
  schemas['EditorialProblem'] = jsonSchemaOf(editorialProblemSchema);
  schemas['ArticleConflictProblem'] = jsonSchemaOf(articleConflictSchema);
  // In the order the tags are declared, whatever order the routes were registered in.
  const usedEditorial = new Set(catalogue.editorialRoutes.map((r) => r.tag));
  const editorialTags = (Object.keys(EDITORIAL_TAGS) as EditorialTag[]).filter((tag) => usedEditorial.has(tag));
  return {
    openapi: '3.1.0',
    info: { title: apiVi.title, version: API_VERSION, description: `${apiVi.description}${limitText} ${EDITORIAL_INFO}`, license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: '/api/v1' }],
    tags: [...usedTags.map((name) => ({ name, description: apiVi.tags[name] })), ...editorialTags.map((name) => ({ name, description: EDITORIAL_TAGS[name] }))],
    paths,
    components: {
      schemas,
      parameters: {
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, description: apiVi.responses.ifNoneMatch, schema: { type: 'string' } },
        CsrfToken: {
          name: 'X-CSRF-Token',
          in: 'header',
          required: true,
          description: 'Mã chống giả mạo (CSRF) của phiên, nhận từ POST /auth/login hoặc GET /auth/me; thiếu hoặc sai → 403',
          schema: { type: 'string' },
        },
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
        ...editorialErrorResponses(),
      },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Phiên đăng nhập (HttpOnly, SameSite=Lax), đặt bởi POST /auth/login' },
      },
    },
  };
}
