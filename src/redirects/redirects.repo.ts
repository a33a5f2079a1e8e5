/** Old URLs that must keep answering: each row points at content, or at a fixed path. */
import type { Kysely } from 'kysely';
import type { Database, RedirectRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export interface RedirectTarget {
  articleId?: number;
  categoryId?: number;
  pageId?: number;
  toPath?: string;
}

export async function findRedirect(db: Conn, siteId: number, fromPath: string): Promise<RedirectRow | undefined> {
  return db.selectFrom('redirects').selectAll().where('site_id', '=', siteId).where('from_path', '=', fromPath).executeTakeFirst();
}

/** Records (or re-aims) the redirect from `fromPath`. */
export async function saveRedirect(db: Conn, siteId: number, fromPath: string, target: RedirectTarget): Promise<void> {
  const values = {
    article_id: target.articleId ?? null,
    category_id: target.categoryId ?? null,
    page_id: target.pageId ?? null,
    to_path: target.toPath ?? null,
  };
  await db
    .insertInto('redirects')
    .values({ site_id: siteId, from_path: fromPath, ...values })
    .onConflict((oc) => oc.columns(['site_id', 'from_path']).doUpdateSet(values))
    .execute();
}

/** A path that now holds live content must not redirect away from it. */
export async function deleteRedirect(db: Conn, siteId: number, fromPath: string): Promise<void> {
  await db.deleteFrom('redirects').where('site_id', '=', siteId).where('from_path', '=', fromPath).execute();
}
