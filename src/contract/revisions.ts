/** An article's history in the editorial API: the revision list, the difference of two, restoring one. */
import { z } from 'zod';
import { MAX_ID, sentInstant } from './common.js';
import { fieldDiffSchema } from './articles.js';

/** Revisions listed at once, newest first; `before` reaches older ones. */
export const REVISION_LIST_LIMIT = 100;

const revisionNumber = z.string().max(9, 'Số phiên bản không hợp lệ').regex(/^(0|[1-9][0-9]{0,8})$/, 'Số phiên bản không hợp lệ').transform(Number);

export const diffQuery = z.object({ from: revisionNumber, to: revisionNumber.optional() });
export const revisionListQuery = z.object({
  before: revisionNumber.describe(`Chỉ các phiên bản có số nhỏ hơn số này (để xem tiếp ${REVISION_LIST_LIMIT} phiên bản cũ hơn)`).optional(),
});
export const restoreParams = z.object({ number: revisionNumber }).passthrough();
export const restoreBody = z.object({ baseRevision: z.number().int().min(0).max(MAX_ID) });

export const revisionSchema = z.object({
  number: z.number().int(),
  authorId: z.number().int().nullable(),
  authorName: z.string().nullable(),
  createdAt: sentInstant,
  note: z.string().nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const revisionListSchema = z.array(revisionSchema).describe('Các phiên bản của tin bài, mới nhất trước');

export const articleDiffSchema = z
  .object({ from: z.number().int(), to: z.number().int(), fields: z.array(fieldDiffSchema) })
  .describe('Khác biệt từng từ giữa hai phiên bản');
export type ArticleDiff = z.infer<typeof articleDiffSchema>;
