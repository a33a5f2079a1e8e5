/**
 * How an editorial route (/api/v1/auth, /api/v1/admin) describes itself: each route
 * carries its operation in its route options (`config.editorial`) — the very zod
 * schemas its handler validates with, its answer's schema, the errors it can give —
 * and the OpenAPI document is generated from the routes Fastify registered
 * (web/api/route-catalogue.ts), so there is no second table to keep in step.
 */
import type { z } from 'zod';

type ParamSchema = z.ZodObject<z.ZodRawShape>;

export const EDITORIAL_TAGS = {
  auth: 'Đăng nhập, xác thực hai lớp, mật khẩu, thư điện tử (phiên đăng nhập bằng cookie gp_session, khi chạy production là __Host-gp_session)',
  editorial: 'Biên tập: tin bài, quy trình duyệt, lịch sử phiên bản, nhuận bút, chuyên mục',
  media: 'Thư viện tệp (ảnh, tài liệu) của cổng',
  accounts: 'Tài khoản, nhân sự, cấu hình cổng và nhật ký thao tác',
} as const;

export type EditorialTag = keyof typeof EDITORIAL_TAGS;

/** Error statuses an editorial route can answer (besides 500, which any route may). */
export type EditorialErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

/** Every site route: bad path → 400, no session → 401, no role → 403, unknown site → 404. */
export const ON_SITE = [400, 401, 403, 404] as const satisfies readonly EditorialErrorStatus[];

/** A named JSON body: its schema becomes a component of the document under that name. */
export interface NamedSchema {
  name: string;
  schema: z.ZodTypeAny;
}

export interface EditorialOperation {
  operationId: string;
  tag: EditorialTag;
  /** In Vietnamese, from docs/editorial-api.md. */
  summary: string;
  description?: string;
  /** The schemas the handler validates its path parameters with (several when it checks them in steps). */
  params?: readonly ParamSchema[];
  query?: ParamSchema;
  /** The JSON body schema the handler validates with. */
  body?: z.ZodTypeAny;
  /** A multipart/form-data upload: one binary part `fileField` plus the text fields of this schema. */
  multipart?: { fileField: string; fields: ParamSchema };
  /** Whether a session cookie is needed: 'none' (login), 'optional' (logout), 'required'. */
  session: 'none' | 'optional' | 'required';
  success: {
    status: 200 | 201 | 204;
    description: string;
    /** The JSON answer. */
    body?: NamedSchema;
    /** Other media types the route can answer instead of JSON (e.g. the royalty report as CSV). */
    alternatives?: Record<string, { type: 'string'; contentMediaType?: string }>;
  };
  errors: readonly EditorialErrorStatus[];
  /** 409 carries the current and your version (stale baseRevision). */
  staleConflict?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's place in the editorial API's OpenAPI document. */
    editorial?: EditorialOperation;
  }
}

interface RouteOptionsWithConfig {
  config?: Record<string, unknown>;
}

/** Route options carrying the operation, merged with any others the route has (e.g. a rate limit). */
export function editorialRoute<O extends RouteOptionsWithConfig>(operation: EditorialOperation, options?: O): O & { config: { editorial: EditorialOperation } } {
  return { ...(options ?? ({} as O)), config: { ...options?.config, editorial: operation } };
}
