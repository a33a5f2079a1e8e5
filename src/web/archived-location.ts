/**
 * Where a path of a site merged into another now lives: the site and path to send the
 * reader to. A recorded redirect of the old site is followed (to an article, category
 * or page, wherever it now is, on its own site; or to a path, itself looked up again);
 * anything else is the same path on the successor.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findRedirect } from '../redirects/index.js';
import type { Site } from '../sites/index.js';
import { articlePath, categoryPath, pagePathIn } from '../urls/paths.js';

export interface Located {
  siteId: number;
  path: string;
}

/** Recorded paths pointing at recorded paths are followed this far, then taken as they are. */
const MAX_HOPS = 4;

async function recorded(db: Kysely<Database>, from: Site, path: string): Promise<Located | undefined> {
  const row = await findRedirect(db, from.id, path);
  if (row === undefined) return undefined;
  if (row.article_id !== null) {
    const article = await db
      .selectFrom('articles')
      .innerJoin('categories', 'categories.id', 'articles.category_id')
      .select(['articles.site_id', 'articles.slug', 'categories.slug as category'])
      .where('articles.id', '=', row.article_id)
      .executeTakeFirst();
    if (article !== undefined) return { siteId: article.site_id, path: articlePath(article.category, article.slug) };
  }
  if (row.category_id !== null) {
    const category = await db.selectFrom('categories').select(['site_id', 'slug']).where('id', '=', row.category_id).executeTakeFirst();
    if (category !== undefined) return { siteId: category.site_id, path: categoryPath(category.slug) };
  }
  if (row.page_id !== null) {
    const page = await db.selectFrom('pages').select(['site_id', 'slug', 'language']).where('id', '=', row.page_id).executeTakeFirst();
    if (page !== undefined) return { siteId: page.site_id, path: pagePathIn(page.slug, page.language) };
  }
  if (row.to_path !== null) return { siteId: from.id, path: row.to_path };
  return undefined;
}

export async function successorLocation(db: Kysely<Database>, from: Site, path: string): Promise<Located> {
  const successor = from.successorSiteId ?? from.id;
  let at: Located = { siteId: from.id, path };
  for (let hop = 0; hop < MAX_HOPS && at.siteId === from.id; hop += 1) {
    const next = await recorded(db, from, at.path);
    if (next === undefined || (next.siteId === from.id && next.path === at.path)) break;
    at = next;
  }
  // What stays with the old site (a category joined to the successor's) lives on under the successor.
  return at.siteId === from.id ? { siteId: successor, path: at.path } : at;
}
