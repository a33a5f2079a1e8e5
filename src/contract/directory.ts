/**
 * The officials' directory (danh bạ): what a site's editors send (a work contact) and what
 * the server answers, in the editorial API and the public JSON API. Only work contacts:
 * a phone of digits with the usual separators, an e-mail address of a mailbox.
 */
import { z } from 'zod';
import { sentInstant } from './common.js';

export const MAX_DIRECTORY_FIELD = 200;
export const PHONE_RULE = 'Số điện thoại công vụ: 8–15 chữ số, có thể có dấu cách, dấu chấm, gạch ngang, ngoặc, dấu + ở đầu (ví dụ 0233 3852 123)';
export const EMAIL_RULE = 'Thư điện tử công vụ dạng ten@coquan.gov.vn';

const text = (label: string, required: boolean) => {
  const s = z.string({ invalid_type_error: `${label} phải là văn bản` }).trim().max(MAX_DIRECTORY_FIELD, `${label} tối đa ${MAX_DIRECTORY_FIELD} ký tự`);
  return required ? s.min(1, `Cần nhập ${label.toLowerCase()}`) : s;
};

/** Digits and separators only, checked without a regular expression that could backtrack. */
export function isWorkPhone(value: string): boolean {
  if (value.length > 30) return false;
  const body = value.startsWith('+') ? value.slice(1) : value;
  let digits = 0;
  for (const ch of body) {
    if (ch >= '0' && ch <= '9') digits += 1;
    else if (!' .-()'.includes(ch)) return false;
  }
  return digits >= 8 && digits <= 15;
}

export const directoryEntryInputSchema = z.object({
  name: text('Họ tên', true),
  position: text('Chức vụ', true),
  unit: text('Đơn vị', true),
  phone: z
    .string({ invalid_type_error: PHONE_RULE })
    .trim()
    .max(30, PHONE_RULE)
    .refine((p) => p === '' || isWorkPhone(p), PHONE_RULE)
    .default(''),
  email: z
    .string({ invalid_type_error: EMAIL_RULE })
    .trim()
    .max(MAX_DIRECTORY_FIELD, EMAIL_RULE)
    .refine((e) => e === '' || z.string().email().safeParse(e).success, EMAIL_RULE)
    .default(''),
  sortOrder: z.number({ invalid_type_error: 'Thứ tự là số nguyên' }).int('Thứ tự là số nguyên').min(0).max(100_000).default(0),
  visible: z.boolean({ invalid_type_error: 'Hiển thị là đúng hoặc sai' }).default(true),
});
export type DirectoryEntryInput = z.infer<typeof directoryEntryInputSchema>;

export const directoryEntrySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    position: z.string(),
    unit: z.string(),
    phone: z.string(),
    email: z.string(),
    sortOrder: z.number().int(),
    visible: z.boolean(),
    updatedAt: sentInstant,
  })
  .describe('Một người trong danh bạ của cổng');
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryListSchema = z
  .object({ canManage: z.boolean().describe('Người này được thêm, sửa, xóa'), entries: z.array(directoryEntrySchema) })
  .describe('Danh bạ của cổng, theo đơn vị và thứ tự');
export type DirectoryList = z.infer<typeof directoryListSchema>;

/** The public API: visible entries, grouped by unit. */
export const publicDirectorySchema = z
  .object({
    site: z.string(),
    url: z.string(),
    units: z.array(
      z.object({
        unit: z.string(),
        people: z.array(z.object({ name: z.string(), position: z.string(), phone: z.string(), email: z.string() })),
      }),
    ),
  })
  .describe('Danh bạ công khai của cổng theo đơn vị');
export type PublicDirectory = z.infer<typeof publicDirectorySchema>;
