/**
 * Writing articles: slugs made unique per site, bodies sanitised, and a moved
 * article (new slug or category) leaves a 301 from every URL it had.
 */
import type { Kysely } from 'kysely';
import { findCategoryById } from '../categories/index.js';
import type { ArticleRow, ArticleStatus, Database } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import { inTransaction } from '../db/transaction.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { deleteRedirect, saveRedirect } from '../redirects/index.js';
import { slugify, toStoredInstant, uniqueSlug } from '../text/index.js';
import { articlePath } from '../urls/paths.js';
import { findArticleById, insertArticle, isArticleSlugTaken, updateArticleRow } from './articles.repo.js';

type Conn = Kysely<Database>;

export interface NewArticleInput {
  siteId: number;
  categoryId: number;
  title: string;
  slug?: string;
  lead: string;
  bodyHtml: string;
  authorName?: string | null;
  source?: string | null;
  status: ArticleStatus;
  publishedAt?: string | null;
  featured?: boolean;
  featuredImageId?: number | null;
  featuredImageCaption?: string | null;
}

export class ArticleNotFoundError extends DomainError<'article_not_found'> {
  constructor(readonly id: number) {
    super('not-found', 'article_not_found', `Không tìm thấy tin bài #${id}`);
    this.name = 'ArticleNotFoundError';
  }
}

export async function createArticle(db: Conn, input: NewArticleInput, now = new Date()): Promise<ArticleRow> {
  return inTransaction(db, async (trx) => {
    const slug = await uniqueSlug(input.slug ?? slugify(input.title), (s) => isArticleSlugTaken(trx, input.siteId, s));
    const stamp = toStoredInstant(now);
    const article = await insertArticle(trx, {
      site_id: input.siteId,
      category_id: input.categoryId,
      slug,
      title: input.title,
      lead: input.lead,
      body_html: sanitizeRichText(input.bodyHtml),
      author_name: input.authorName ?? null,
      source: input.source ?? null,
      status: input.status,
      withdrawn_note: null,
      featured: input.featured === true ? 1 : 0,
      featured_image_id: input.featuredImageId ?? null,
      featured_image_caption: input.featuredImageCaption ?? null,
      published_at: input.publishedAt ? toStoredInstant(input.publishedAt) : null,
      created_at: stamp,
      updated_at: stamp,
    });
    const category = await findCategoryById(trx, article.category_id);
    if (category !== undefined) await deleteRedirect(trx, article.site_id, articlePath(category.slug, article.slug));
    return article;
  });
}

export interface ArticleMove {
  slug?: string;
  categoryId?: number;
  /**
   * Whether the old URL answers 301 to the new one (the default). An article that never
   * had a publication time was never read at its old URL: no redirect is kept for it.
   */
  keepOldUrl?: boolean;
}

/** Changes an article's slug and/or category, keeping its old URL alive as a redirect. */
export async function moveArticle(db: Conn, id: number, move: ArticleMove, now = new Date()): Promise<ArticleRow> {
  return inTransaction(db, async (trx) => {
    const before = await findArticleById(trx, id);
    if (before === undefined) throw new ArticleNotFoundError(id);
    const oldCategory = await findCategoryById(trx, before.category_id);
    const slug =
      move.slug === undefined || move.slug === before.slug
        ? before.slug
        : await uniqueSlug(move.slug, (s) => isArticleSlugTaken(trx, before.site_id, s));
    const after = await updateArticleRow(trx, id, {
      slug,
      category_id: move.categoryId ?? before.category_id,
      updated_at: toStoredInstant(now),
    });
    const newCategory = await findCategoryById(trx, after.category_id);
    if (oldCategory !== undefined && newCategory !== undefined) {
      const oldPath = articlePath(oldCategory.slug, before.slug);
      const newPath = articlePath(newCategory.slug, after.slug);
      if (oldPath !== newPath) {
        if (move.keepOldUrl !== false) await saveRedirect(trx, before.site_id, oldPath, { articleId: id });
        await deleteRedirect(trx, before.site_id, newPath);
      }
    }
    return after;
  });
}
