/** A site's categories in the editorial API: as an administrator sends them and as every editor reads them. */
import { z } from 'zod';
import { idString, MAX_ID } from './common.js';

export const categoryParams = z.object({ id: idString }).passthrough();

export const categoryInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  slug: z.string().trim().max(120).optional(),
  parentId: z.number().int().positive().max(MAX_ID).nullable(),
  menuOrder: z.number().int().min(-100_000).max(100_000).default(0),
  inMenu: z.boolean().default(true),
  description: z.string().trim().max(2000).nullable().default(null),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;

export const adminCategorySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    parentId: z.number().int().nullable(),
    menuOrder: z.number().int(),
    inMenu: z.boolean(),
    description: z.string().nullable(),
  })
  .describe('Một chuyên mục của cổng');
export type AdminCategory = z.infer<typeof adminCategorySchema>;

export const adminCategoryListSchema = z.array(adminCategorySchema).describe('Chuyên mục của cổng');
