/**
 * zod for the editorial routes: the same ValidationError (400, `errors: [{ field,
 * message }]`) and Vietnamese messages as parseBody, NUL characters refused first.
 */
import { z } from 'zod';
import { ValidationError, viErrorMap } from '../validation.js';

/** Paths of strings holding a NUL character: PostgreSQL cannot store one, and no text needs it. */
function nulPaths(value: unknown, path: string, out: string[], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (value !== null && typeof value === 'object' && depth < 20) {
    for (const [key, inner] of Object.entries(value)) nulPaths(inner, path ? `${path}.${key}` : key, out, depth + 1);
  }
  return out;
}

/** Parses `value` (a body, params or query) or throws a 400 naming each bad field in Vietnamese. */
export function validate<Output>(schema: z.ZodType<Output, z.ZodTypeDef, unknown>, value: unknown): Output {
  const withNul = nulPaths(value, '', []);
  if (withNul.length > 0) throw new ValidationError(withNul.map((field) => ({ field, message: 'Chứa ký tự không hợp lệ (NUL)' })));
  const result = schema.safeParse(value ?? {}, { errorMap: viErrorMap });
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  return result.data;
}

export { idString, siteSlugString } from '../../../contract/common.js';
