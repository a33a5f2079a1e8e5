/** Body and parameter validation for the editorial API: zod at the edge, a Vietnamese 400 naming the fields. */
import type { z } from 'zod';
import { HttpError } from '../http-error.js';

export class ValidationError extends HttpError {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(400, 'Dữ liệu không hợp lệ', errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '));
  }
}

export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  return result.data;
}
