/**
 * zod with Vietnamese messages for the editorial routes: the same ValidationError
 * (400, `errors: [{ field, message }]`) as parseBody, with messages a person can act on.
 */
import { z } from 'zod';
import { ValidationError } from '../validation.js';

const viErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'Bắt buộc' };
      return { message: issue.expected === 'integer' ? 'Phải là số nguyên' : `Kiểu dữ liệu không hợp lệ (cần ${issue.expected})` };
    case 'too_small':
      if (issue.type === 'string') return { message: Number(issue.minimum) <= 1 ? 'Không được để trống' : `Cần ít nhất ${issue.minimum} ký tự` };
      if (issue.type === 'array') return { message: `Cần ít nhất ${issue.minimum} mục` };
      return { message: `Phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}` };
    case 'too_big':
      if (issue.type === 'string') return { message: `Tối đa ${issue.maximum} ký tự` };
      if (issue.type === 'array') return { message: `Tối đa ${issue.maximum} mục` };
      return { message: `Phải ${issue.inclusive ? '≤' : '<'} ${issue.maximum}` };
    case 'invalid_string':
      return { message: issue.validation === 'datetime' ? 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-11-29T08:00:00+07:00)' : 'Định dạng không hợp lệ' };
    case 'invalid_enum_value':
      return { message: `Giá trị phải là một trong: ${issue.options.join(', ')}` };
    case 'unrecognized_keys':
      return { message: `Trường không được phép: ${issue.keys.join(', ')}` };
    case 'custom':
      return { message: issue.message ?? 'Giá trị không hợp lệ' };
    default:
      return { message: ctx.defaultError === 'Required' ? 'Bắt buộc' : 'Giá trị không hợp lệ' };
  }
};

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
export function validate<T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> {
  const withNul = nulPaths(value, '', []);
  if (withNul.length > 0) throw new ValidationError(withNul.map((field) => ({ field, message: 'Chứa ký tự không hợp lệ (NUL)' })));
  const result = schema.safeParse(value ?? {}, { errorMap: viErrorMap });
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  return result.data;
}

/** A positive database id in a path or query string ("12"), never "1e3", "-1" or "12abc". */
export const idString = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'Mã không hợp lệ')
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, 'Mã không hợp lệ');

export const siteSlugString = z.string().min(1).max(100);
