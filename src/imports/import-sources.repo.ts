/** Storage of what came in from an old platform (table import_sources, migration 0025). */
import type { Kysely } from 'kysely';
import type { Database, ImportSourcesTable } from '../db/schema.js';

type Conn = Kysely<Database>;
export type SourceKind = ImportSourcesTable['source_kind'];

/** Bind parameters per query stay well under both databases' limits. */
const CHUNK = 500;

/** The keys among `keys` already recorded for the site, with what they became. */
export async function findImported(db: Conn, siteId: number, kind: SourceKind, keys: readonly string[]): Promise<Map<string, { articleId: number | null; mediaId: number | null }>> {
  const found = new Map<string, { articleId: number | null; mediaId: number | null }>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom('import_sources')
      .select(['source_key', 'article_id', 'media_id'])
      .where('site_id', '=', siteId)
      .where('source_kind', '=', kind)
      .where('source_key', 'in', keys.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) found.set(row.source_key, { articleId: row.article_id, mediaId: row.media_id });
  }
  return found;
}

export async function recordImported(db: Conn, row: { siteId: number; kind: SourceKind; key: string; articleId: number | null; mediaId: number | null }): Promise<void> {
  await db
    .insertInto('import_sources')
    .values({ site_id: row.siteId, source_kind: row.kind, source_key: row.key, article_id: row.articleId, media_id: row.mediaId })
    .onConflict((oc) => oc.columns(['site_id', 'source_kind', 'source_key']).doUpdateSet({ article_id: row.articleId, media_id: row.mediaId }))
    .execute();
}

/**
 * Saves many redirects to articles at once (re-aiming a key that exists), and first
 * removes any redirect from the new articles' own addresses: live content is never
 * redirected away. One statement per few hundred rows instead of one per row.
 */
export async function saveArticleRedirects(db: Conn, siteId: number, rows: readonly { key: string; articleId: number }[], ownPaths: ReadonlySet<string>): Promise<number> {
  const own = [...ownPaths];
  for (let i = 0; i < own.length; i += CHUNK) {
    await db.deleteFrom('redirects').where('site_id', '=', siteId).where('from_path', 'in', own.slice(i, i + CHUNK)).execute();
  }
  const kept = rows.filter((r) => !ownPaths.has(r.key));
  for (let i = 0; i < kept.length; i += CHUNK) {
    await db
      .insertInto('redirects')
      .values(kept.slice(i, i + CHUNK).map((r) => ({ site_id: siteId, from_path: r.key, article_id: r.articleId, category_id: null, page_id: null, to_path: null })))
      .onConflict((oc) =>
        oc.columns(['site_id', 'from_path']).doUpdateSet((eb) => ({ article_id: eb.ref('excluded.article_id'), category_id: null, page_id: null, to_path: null })),
      )
      .execute();
  }
  return kept.length;
}

/** Records many imported posts at once (each new: the caller skipped the known ones). */
export async function recordImportedPosts(db: Conn, siteId: number, kind: SourceKind, rows: readonly { key: string; articleId: number; mediaId: number | null }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('import_sources')
      .values(rows.slice(i, i + CHUNK).map((r) => ({ site_id: siteId, source_kind: kind, source_key: r.key, article_id: r.articleId, media_id: r.mediaId })))
      .execute();
  }
}

/** Links many articles to their tags at once. */
export async function insertArticleTags(db: Conn, rows: readonly { article_id: number; tag_id: number }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('article_tags').values(rows.slice(i, i + CHUNK)).execute();
}
