/**
 * Storage details of an editable article beyond its own row: tags, attachments, the
 * snapshot of all editable fields, and the checks that referenced categories and
 * media belong to the article's site. Used inside the editing transactions.
 */
import type { Kysely } from 'kysely';
import type { ArticleRow, ArticleUpdate, Database } from '../db/schema.js';
import { slugify } from '../text/index.js';
import { normalizeTags, type Snapshot } from './article-input.js';
import { EditorialError } from './errors.js';

type Conn = Kysely<Database>;

export async function tagsOf(db: Conn, articleId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select('t.name')
    .where('at.article_id', '=', articleId)
    .execute();
  return normalizeTags(rows.map((r) => r.name));
}

export async function attachmentIdsOf(db: Conn, articleId: number): Promise<number[]> {
  const rows = await db.selectFrom('article_attachments').select('media_id').where('article_id', '=', articleId).orderBy('position').execute();
  return rows.map((r) => r.media_id);
}

/** The editable fields of an article as stored now. */
export async function snapshotOf(db: Conn, row: ArticleRow): Promise<Snapshot> {
  const [tags, attachmentIds] = await Promise.all([tagsOf(db, row.id), attachmentIdsOf(db, row.id)]);
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
  };
}

/** Refuses categories and media of another site (or that do not exist) with a 400 naming the field. */
export async function checkReferences(db: Conn, siteId: number, s: Snapshot): Promise<void> {
  const category = await db.selectFrom('categories').select('site_id').where('id', '=', s.categoryId).executeTakeFirst();
  if (category?.site_id !== siteId) throw new EditorialError('invalid', 'Chuyên mục không tồn tại trên cổng thông tin này.', 'categoryId');
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

/** Replaces the article's tags (creating tags of the site as needed) and attachments. */
export async function writeRelations(db: Conn, article: { id: number; site_id: number }, s: Snapshot): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', article.id).execute();
  const tagIds = new Set<number>();
  for (const name of s.tags) {
    const slug = slugify(name) || 'tu-khoa';
    const existing = await db.selectFrom('tags').select('id').where('site_id', '=', article.site_id).where('slug', '=', slug).executeTakeFirst();
    const tagId = existing?.id ?? (await db.insertInto('tags').values({ site_id: article.site_id, slug, name }).returning('id').executeTakeFirstOrThrow()).id;
    tagIds.add(tagId);
  }
  if (tagIds.size > 0) {
    await db.insertInto('article_tags').values([...tagIds].map((tag_id) => ({ article_id: article.id, tag_id }))).execute();
  }
  await db.deleteFrom('article_attachments').where('article_id', '=', article.id).execute();
  if (s.attachmentIds.length > 0) {
    await db
      .insertInto('article_attachments')
      .values(s.attachmentIds.map((media_id, position) => ({ article_id: article.id, media_id, position })))
      .execute();
  }
}
