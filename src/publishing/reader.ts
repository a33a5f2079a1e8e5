/**
 * Public reads: the data each public page needs, from storage, for one site.
 * Only what the read gate (read-gate.ts) lets through leaves this module.
 */
import type { Kysely } from 'kysely';
import {
  articlesInCategory,
  otherArticlesInCategory,
  categoryArticlesFrom,
  categoryPositionAt,
  countArticlesWithTag,
  featuredArticles,
  findArticleById,
  findArticleBySlug,
  findTagBySlug,
  latestArticles,
  publicRelatedArticles,
  tagArticlesFrom,
  tagPositionAt,
  tagsOf,
  type ArticleSummary,
  type TagRef,
} from '../articles/articles.repo.js';
import { buildCategoryTree, categoryTrail, findCategoryById, findCategoryBySlug, listCategories, type CategoryNode } from '../categories/index.js';
import type { ArticleRow, CategoryRow, Database, MediaRow, PageRow } from '../db/schema.js';
import { attachmentsOf, findMediaById } from '../media/media.repo.js';
import { findMediaByStorageKeys } from '../media/index.js';
import { mediaKeysInHtml } from '../html/responsive-images.js';
import { findPageById, findPublishedPage, listPublishedPages } from '../pages/index.js';
import { findRedirect } from '../redirects/index.js';
import { redirectLookupKeys } from '../imports/url-normalise.js';
import type { MenuLink } from '../menus/menu-tree.js';
import { publicMenu } from '../menus/public-menu.js';
import { homeBlockCategories, homeBlocksOf } from '../sites/home-blocks.js';
import { articlePath, categoryPath, pagePathIn } from '../urls/paths.js';
import { publicViewOf } from './read-gate.js';
import { acceptedSyndications } from '../syndication/index.js';
import type { ListCursor } from './list-cursor.js';
import { listWindow, type ListPosition, type ListWindow } from './list-window.js';

export const PAGE_SIZE = 20;
const HOME_LATEST = 10;
const HOME_FEATURED = 5;
const BLOCK_SIZE = 5;
const OTHER_NEWS = 8;
/** Articles accepted from the child sites, in the home page's block (Tin từ các địa phương). */
const HOME_SYNDICATED = 5;

export interface SiteNavigation {
  /** The header's menu: the site's stored menu, or the one derived from its content (src/menus). */
  menu: MenuLink[];
  /** The site's categories in menu order: breadcrumbs, home blocks, an article's category. */
  categories: CategoryRow[];
}

export type ArticleLookup =
  | { kind: 'found'; article: ArticleRow & { published_at: string }; category: CategoryRow; trail: CategoryRow[]; featuredImage: MediaRow | undefined; attachments: MediaRow[]; inlineImages: MediaRow[]; tags: TagRef[]; related: ArticleSummary[]; others: ArticleSummary[] }
  | { kind: 'moved'; location: string }
  | { kind: 'withdrawn'; article: ArticleRow }
  | { kind: 'gone' }
  | { kind: 'missing' };

/** A keyset list page, or where a deep old `?trang=N` address now starts (older than `from`). */
export type ListPageOutcome<T> = ({ kind: 'list' } & T & ListWindow) | { kind: 'redirect'; from: ListCursor };
export interface CategoryListing {
  category: CategoryRow;
  trail: CategoryRow[];
}
export interface TagListing {
  tag: TagRef;
  /** Public articles with the tag. */
  total: number;
}

export function createReader(db: Kysely<Database>) {
  return {
    /**
     * What every page of a site shows around its content. The services hold it in memory
     * per site between changes of the site (page-cache.ts navigation), so the methods
     * below read it through `this`, never from storage each time.
     */
    async navigation(siteId: number): Promise<SiteNavigation> {
      const [menu, categories] = await Promise.all([publicMenu(db, siteId), listCategories(db, siteId)]);
      return { menu, categories };
    },

    async home(siteId: number) {
      const [featured, recent, { categories }, chosenBlocks] = await Promise.all([
        featuredArticles(db, siteId, HOME_FEATURED),
        latestArticles(db, siteId, HOME_LATEST + HOME_FEATURED),
        this.navigation(siteId),
        homeBlocksOf(db, siteId),
      ]);
      // A story shown as featured is not repeated in the latest list beside it.
      const featuredIds = new Set(featured.map((a) => a.id));
      const latest = recent.filter((a) => !featuredIds.has(a.id)).slice(0, HOME_LATEST);
      // The blocks the site's editors chose (settings), or else the top-level categories in menu order.
      const blocks = await Promise.all(
        homeBlockCategories(categories, chosenBlocks).map(async (category) => ({ category, articles: await articlesInCategory(db, category.id, BLOCK_SIZE) })),
      );
      // Accepted from the child sites: their rows as they are now, public only (syndication.repo.ts).
      const syndicated = await acceptedSyndications(db, siteId, HOME_SYNDICATED);
      return { featured, latest, blocks, syndicated };
    },

    /**
     * One keyset page of a category (list-window.ts): undefined when the category or an old
     * page number does not exist; a redirect when a deep old page number has a keyset address.
     * No count: on a large category that would read every row, the thing keyset avoids.
     */
    async categoryPage(siteId: number, slug: string, position: ListPosition): Promise<ListPageOutcome<CategoryListing> | undefined> {
      // The held categories, unless they do not know the slug (a category created behind this
      // process's back): then storage decides. One read fewer for every category page.
      const { categories } = await this.navigation(siteId);
      const category = categories.find((c) => c.slug === slug) ?? (await findCategoryBySlug(db, siteId, slug));
      if (category === undefined) return undefined;
      const outcome = await listWindow(
        { page: (w) => categoryArticlesFrom(db, siteId, category.id, w), positionAt: (offset) => categoryPositionAt(db, siteId, category.id, offset) },
        position,
        PAGE_SIZE,
      );
      if (outcome.kind === 'missing') return undefined;
      if (outcome.kind === 'redirect') return outcome;
      return { kind: 'list', category, trail: categoryTrail(categories, category.id), ...outcome.window };
    },

    /**
     * One keyset page of a tag's public articles, or undefined when the site has no such tag,
     * no public article carries it (a tag of drafts only is not shown), or an old page number
     * is past the end. A tag's list is small enough to count (its page says how many).
     */
    async tagPage(siteId: number, slug: string, position: ListPosition): Promise<ListPageOutcome<TagListing> | undefined> {
      const tag = await findTagBySlug(db, siteId, slug);
      if (tag === undefined) return undefined;
      const total = await countArticlesWithTag(db, tag.id);
      if (total === 0) return undefined;
      const outcome = await listWindow({ page: (w) => tagArticlesFrom(db, tag.id, w), positionAt: (offset) => tagPositionAt(db, tag.id, offset) }, position, PAGE_SIZE);
      if (outcome.kind === 'missing') return undefined;
      if (outcome.kind === 'redirect') return outcome;
      return { kind: 'list', tag: { slug: tag.slug, name: tag.name }, total, ...outcome.window };
    },

    async article(siteId: number, categorySlug: string, slug: string): Promise<ArticleLookup> {
      const article = await findArticleBySlug(db, siteId, slug);
      if (article === undefined) return this.redirectFor(siteId, articlePath(categorySlug, slug));
      const view = publicViewOf(article);
      if (view === 'withdrawn') return { kind: 'withdrawn', article };
      if (view === 'gone') return { kind: 'gone' };
      if (view !== 'shown' || article.published_at === null) return { kind: 'missing' };
      // The held categories, unless they do not know the article's category as it is now
      // (created or renamed behind this process's back): then storage decides.
      let { categories } = await this.navigation(siteId);
      if (categories.find((c) => c.id === article.category_id)?.slug !== categorySlug) categories = await listCategories(db, siteId);
      const category = categories.find((c) => c.id === article.category_id);
      if (category === undefined) return { kind: 'missing' };
      if (category.slug !== categorySlug) return { kind: 'moved', location: articlePath(category.slug, article.slug) };
      const [featuredImage, attachments, tags, related, recent, inlineImages] = await Promise.all([
        article.featured_image_id === null ? undefined : findMediaById(db, article.featured_image_id),
        attachmentsOf(db, article.id),
        tagsOf(db, article.id),
        publicRelatedArticles(db, article.id),
        otherArticlesInCategory(db, category.id, OTHER_NEWS, article.id),
        findMediaByStorageKeys(db, siteId, mediaKeysInHtml(article.body_html)),
      ]);
      // A story listed under "Tin liên quan" is not repeated in "Các tin khác" below it. Most
      // articles have no related ones in their category, so the list is read at the length it
      // is shown (each row read is a row of the articles table, with its body), and read again
      // longer only when related ones took places in a full list.
      const relatedIds = new Set(related.map((a) => a.id));
      const besidesRelated = (rows: ArticleSummary[]) => rows.filter((a) => !relatedIds.has(a.id)).slice(0, OTHER_NEWS);
      let others = besidesRelated(recent);
      if (others.length < recent.length && recent.length === OTHER_NEWS) {
        others = besidesRelated(await otherArticlesInCategory(db, category.id, OTHER_NEWS + related.length, article.id));
      }
      return {
        kind: 'found',
        article: { ...article, published_at: article.published_at },
        category,
        trail: categoryTrail(categories, category.id),
        featuredImage,
        attachments,
        inlineImages,
        tags,
        related,
        others,
      };
    },

    /**
     * Where an old path now lives, if it was recorded when content moved or imported; the
     * request is normalised as imported keys were (any percent-encoding, `/?p=123`).
     */
    async redirectFor(siteId: number, path: string): Promise<ArticleLookup> {
      let redirect;
      for (const key of redirectLookupKeys(path)) {
        redirect = await findRedirect(db, siteId, key);
        if (redirect !== undefined) break;
      }
      if (redirect === undefined) return { kind: 'missing' };
      if (redirect.to_path !== null) return { kind: 'moved', location: redirect.to_path };
      if (redirect.article_id !== null) {
        const target = await findArticleById(db, redirect.article_id);
        const category = target ? await findCategoryById(db, target.category_id) : undefined;
        if (target && category) return { kind: 'moved', location: articlePath(category.slug, target.slug) };
      }
      if (redirect.category_id !== null) {
        const category = await findCategoryById(db, redirect.category_id);
        if (category) return { kind: 'moved', location: categoryPath(category.slug) };
      }
      if (redirect.page_id !== null) {
        const page = await findPageById(db, redirect.page_id);
        if (page) return { kind: 'moved', location: pagePathIn(page.slug, page.language) };
      }
      return { kind: 'missing' };
    },

    page(siteId: number, slug: string): Promise<PageRow | undefined> {
      return findPublishedPage(db, siteId, slug);
    },

    /** A public English page (/en/{slug}). */
    englishPage(siteId: number, slug: string): Promise<PageRow | undefined> {
      return findPublishedPage(db, siteId, slug, 'en');
    },

    /** The public English pages of a site, in menu order (the /en index). */
    englishPages(siteId: number): Promise<PageRow[]> {
      return listPublishedPages(db, siteId, 'en');
    },

    async siteMap(siteId: number): Promise<{ tree: CategoryNode[]; pages: PageRow[] }> {
      const [categories, pages] = await Promise.all([listCategories(db, siteId), listPublishedPages(db, siteId, 'vi')]);
      return { tree: buildCategoryTree(categories), pages };
    },
  };
}

export type Reader = ReturnType<typeof createReader>;
