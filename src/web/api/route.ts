/**
 * One API route as data: its path, parameters and response as zod schemas, its cache
 * class, and its handler. The plugin registers routes from this, the OpenAPI document
 * is generated from it, and the handler receives parameters already validated.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CacheClass } from './http-cache.js';
import { ApiProblem, type FieldError } from './problem.js';
import { apiVi } from './messages.js';

type ParamShape = z.ZodRawShape;
type Empty = z.ZodObject<Record<never, never>>;

export interface RouteContext<P, Q> {
  request: FastifyRequest;
  params: P;
  query: Q;
}

/** Statuses a route answers besides 200, 304, 400, 404, 429 and 500 (which every route may). */
export type ExtraStatus = 410;

export interface RouteDefinition<P extends z.ZodObject<ParamShape>, Q extends z.ZodObject<ParamShape>, R extends z.ZodTypeAny> {
  /** OpenAPI path template below /api/v1, e.g. /articles/{id}. */
  path: `/${string}`;
  operationId: string;
  tag: keyof typeof apiVi.tags;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  response: { name: string; schema: R };
  cache: CacheClass;
  extraStatuses?: readonly ExtraStatus[];
  handler(context: RouteContext<z.output<P>, z.output<Q>>): z.input<R> | Promise<z.input<R>>;
}

/** A route with its types erased, as the plugin and the document builder see it. */
export interface ApiRoute {
  readonly path: `/${string}`;
  readonly operationId: string;
  readonly tag: keyof typeof apiVi.tags;
  readonly summary: string;
  readonly description: string | undefined;
  readonly params: z.ZodObject<ParamShape> | undefined;
  readonly query: z.ZodObject<ParamShape> | undefined;
  readonly response: { readonly name: string; readonly schema: z.ZodTypeAny };
  readonly cache: CacheClass;
  readonly extraStatuses: readonly ExtraStatus[];
  handle(request: FastifyRequest): Promise<unknown>;
}

/** Every failing parameter once, with its rule (the schema's description) in Vietnamese. */
export function fieldErrors(schema: z.ZodObject<ParamShape>, error: z.ZodError, location: FieldError['in']): FieldError[] {
  const names = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '')))];
  return names.map((name) => {
    const rule = schema.shape[name]?.description ?? '';
    return { name, in: location, detail: apiVi.problems.invalidField(name, rule) };
  });
}

function parseInput<S extends z.ZodObject<ParamShape>>(schema: S, value: unknown, location: FieldError['in']): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw ApiProblem.badRequest(fieldErrors(schema, parsed.error, location));
  return parsed.data;
}

export function defineRoute<P extends z.ZodObject<ParamShape> = Empty, Q extends z.ZodObject<ParamShape> = Empty, R extends z.ZodTypeAny = z.ZodTypeAny>(
  definition: RouteDefinition<P, Q, R>,
): ApiRoute {
  const { params, query } = definition;
  return {
    path: definition.path,
    operationId: definition.operationId,
    tag: definition.tag,
    summary: definition.summary,
    description: definition.description,
    params,
    query,
    response: definition.response,
    cache: definition.cache,
    extraStatuses: definition.extraStatuses ?? [],
    async handle(request) {
      // Path first: a bad id is reported even when the query is also wrong.
      const p = params === undefined ? ({} as z.output<P>) : parseInput(params, request.params, 'path');
      const q = query === undefined ? ({} as z.output<Q>) : parseInput(query, request.query, 'query');
      return definition.handler({ request, params: p, query: q });
    },
  };
}

/** /articles/{id} → /articles/:id */
export function fastifyPath(template: string): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}
