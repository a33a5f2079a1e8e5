/**
 * The categories whose blocks a site's home page shows, as its editors chose them:
 * stored on the sites row as a JSON array of category ids (null: none chosen). The
 * choice names categories by id, so a category deleted later simply drops out; when
 * none of the chosen ones is left, the home page is as if none had been chosen (the
 * top-level categories in menu order).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { CategoryRow, Database } from '../db/schema.js';

const storedSchema = z.array(z.number().int());

/** The stored choice; null when there is none (or the column holds something unreadable). */
export function parseHomeBlocks(stored: string | null): number[] | null {
  if (stored === null) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(stored));
    return parsed.success && parsed.data.length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeHomeBlocks(ids: readonly number[] | null): string | null {
  return ids === null || ids.length === 0 ? null : JSON.stringify(ids);
}

export async function homeBlocksOf(db: Kysely<Database>, siteId: number): Promise<number[] | null> {
  const row = await db.selectFrom('sites').select('home_blocks').where('id', '=', siteId).executeTakeFirst();
  return parseHomeBlocks(row?.home_blocks ?? null);
}

/**
 * The categories of the home page's blocks, in order: the chosen ones that still exist
 * among the site's `categories`, or else the top-level ones in the order given (menu order).
 */
export function homeBlockCategories(categories: readonly CategoryRow[], chosen: readonly number[] | null): CategoryRow[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const picked = (chosen ?? []).flatMap((id) => byId.get(id) ?? []);
  return picked.length > 0 ? picked : categories.filter((c) => c.parent_id === null);
}

/** The choice as the settings show it: only categories that still exist, null when none does. */
export function liveHomeBlocks(categories: readonly CategoryRow[], chosen: readonly number[] | null): number[] | null {
  const ids = new Set(categories.map((c) => c.id));
  const live = (chosen ?? []).filter((id) => ids.has(id));
  return live.length > 0 ? live : null;
}
