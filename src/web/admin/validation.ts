/** Body and parameter validation for the editorial API: zod at the edge, a Vietnamese 400 naming the fields. */
import { z } from 'zod';
import type { FieldDetail } from '../../errors/domain-error.js';
import { HttpError } from '../http-error.js';

/**
 * zod's own messages in Vietnamese, for checks that carry none of their own: a message
 * given with the check (`.max(n, '…')`) or the schema (`required_error`, `errorMap`) stays.
 */
export const viErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if (ctx.defaultError !== z.defaultErrorMap(issue, { data: ctx.data as unknown, defaultError: '' }).message) return { message: ctx.defaultError };
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

/** Input the schema refused: a 400 naming each field at fault. */
export class ValidationError extends HttpError {
  declare readonly errors: readonly FieldDetail[];

  constructor(errors: readonly FieldDetail[]) {
    super(400, 'Dữ liệu không hợp lệ', errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '), errors);
  }
}

export function parseBody<Output>(schema: z.ZodType<Output, z.ZodTypeDef, unknown>, body: unknown): Output {
  const result = schema.safeParse(body ?? {}, { errorMap: viErrorMap });
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  return result.data;
}
