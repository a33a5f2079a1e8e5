/**
 * An editable article as the editorial screens see it: the snapshot of every editable
 * field (its row plus tags and attachments), the row columns a snapshot writes, and
 * the check that the categories and media it names belong to its site. Used inside
 * the editing transactions; the storage itself is articles/articles.repo.ts.
 */
import type { Kysely } from 'kysely';
import { articleRefsOnSite, attachmentIdsOf, extraCategoryIdsOf, relatedIdsOf, tagNamesOf } from '../articles/articles.repo.js';
import type { ArticleRow, ArticleUpdate, Database } from '../db/schema.js';
import { normalizeTags, type Snapshot } from './article-input.js';
import { EditorialError } from './errors.js';

type Conn = Kysely<Database>;

export async function tagsOf(db: Conn, articleId: number): Promise<string[]> {
  return normalizeTags(await tagNamesOf(db, articleId));
}

/** The editable fields of an article as stored now. */
export async function snapshotOf(db: Conn, row: ArticleRow): Promise<Snapshot> {
  const [tags, attachmentIds, relatedIds, extraCategoryIds] = await Promise.all([
    tagsOf(db, row.id),
    attachmentIdsOf(db, row.id),
    relatedIdsOf(db, row.id),
    extraCategoryIdsOf(db, row.id),
  ]);
  return {
    title: row.title,
    lead: row.lead,
    bodyHtml: row.body_html,
    categoryId: row.category_id,
    featuredImageId: row.featured_image_id,
    featuredImageCaption: row.featured_image_caption,
    authorName: row.author_name,
    source: row.source,
    tags,
    attachmentIds,
    publishedAt: row.published_at,
    featured: row.featured === 1,
    featuredOrder: row.featured === 1 ? row.featured_order : null,
    featuredUntil: row.featured === 1 ? row.featured_until : null,
    relatedIds,
    extraCategoryIds,
  };
}

/** The article-row columns of a snapshot (category excluded: moving has its own path). */
export function snapshotColumns(s: Snapshot): ArticleUpdate {
  const blank = (v: string | null): string | null => (v === null || v.trim().length === 0 ? null : v);
  return {
    title: s.title,
    lead: s.lead,
    body_html: s.bodyHtml,
    featured_image_id: s.featuredImageId,
    featured_image_caption: blank(s.featuredImageCaption),
    author_name: blank(s.authorName),
    source: blank(s.source),
    published_at: s.publishedAt,
    featured: s.featured ? 1 : 0,
    featured_order: s.featured ? s.featuredOrder : null,
    featured_until: s.featured ? s.featuredUntil : null,
  };
}

/**
 * Refuses categories, media and related articles of another site (or that do not exist),
 * and an article related to itself, with a 400 naming the field.
 */
export async function checkReferences(db: Conn, siteId: number, s: Snapshot, articleId?: number): Promise<void> {
  await checkRelated(db, siteId, s.relatedIds, articleId);
  const category = await db.selectFrom('categories').select('site_id').where('id', '=', s.categoryId).executeTakeFirst();
  if (category?.site_id !== siteId) throw new EditorialError('invalid', 'Chuyên mục không tồn tại trên cổng thông tin này.', 'categoryId');
  if (s.extraCategoryIds.length > 0 && (await existingCategoryIds(db, siteId, s.extraCategoryIds)).length !== s.extraCategoryIds.length) {
    throw new EditorialError('invalid', 'Có chuyên mục khác không tồn tại trên cổng thông tin này.', 'extraCategoryIds');
  }
  const mediaIds = [...s.attachmentIds, ...(s.featuredImageId === null ? [] : [s.featuredImageId])];
  if (mediaIds.length === 0) return;
  const media = await db.selectFrom('media').select(['id', 'kind']).where('site_id', '=', siteId).where('id', 'in', mediaIds).execute();
  const found = new Map(media.map((m) => [m.id, m.kind]));
  if (s.featuredImageId !== null && found.get(s.featuredImageId) !== 'image') {
    throw new EditorialError('invalid', 'Ảnh đại diện không tồn tại trong thư viện của cổng này.', 'featuredImageId');
  }
  if (s.attachmentIds.some((mediaId) => !found.has(mediaId))) {
    throw new EditorialError('invalid', 'Có tệp đính kèm không tồn tại trong thư viện của cổng này.', 'attachmentIds');
  }
}

async function checkRelated(db: Conn, siteId: number, relatedIds: readonly number[], articleId: number | undefined): Promise<void> {
  if (relatedIds.length === 0) return;
  if (articleId !== undefined && relatedIds.includes(articleId)) {
    throw new EditorialError('invalid', 'Tin bài không thể là tin liên quan của chính nó.', 'relatedIds');
  }
  const found = await articleRefsOnSite(db, siteId, relatedIds);
  if (found.length !== new Set(relatedIds).size) {
    throw new EditorialError('invalid', 'Có tin liên quan không tồn tại trên cổng thông tin này.', 'relatedIds');
  }
}

/** The ids among `ids` that still name an article of the site, in their order (a restored revision may name deleted drafts). */
export async function existingArticleIds(db: Conn, siteId: number, ids: readonly number[]): Promise<number[]> {
  const found = new Set((await articleRefsOnSite(db, siteId, ids)).map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/** The ids among `ids` that still name a category of the site, in their order. */
export async function existingCategoryIds(db: Conn, siteId: number, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('categories').select('id').where('site_id', '=', siteId).where('id', 'in', [...ids]).execute();
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}
