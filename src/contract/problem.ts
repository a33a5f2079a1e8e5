/**
 * The error body every editorial route sends (web/error-handling.tsx, for HttpError and
 * ValidationError alike): problem details with `errors` naming each bad field on a 400.
 */
import { z } from 'zod';

export const editorialProblemSchema = z
  .object({
    type: z.literal('about:blank'),
    title: z.string().describe('Tiêu đề ngắn bằng tiếng Việt'),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe('Giải thích bằng tiếng Việt'),
    instance: z.string().describe('Đường dẫn của yêu cầu, không có query'),
    errors: z
      .array(z.object({ field: z.string().describe('Tên trường (đường dẫn nối bằng dấu chấm), có thể rỗng'), message: z.string() }))
      .optional()
      .describe('Chỉ với lỗi dữ liệu (400): mỗi trường sai một mục'),
  })
  .describe('Lỗi của API biên tập (RFC 9457)');
export type EditorialProblem = z.infer<typeof editorialProblemSchema>;
