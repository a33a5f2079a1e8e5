/**
 * Storage rows → API bodies. Links are absolute, built from the site's origin as the
 * public pages build them; times are given in UTC and in Vietnam's offset.
 */
import type { FastifyRequest } from 'fastify';
import type { ArticleListItem } from '../../articles/articles.repo.js';
import { buildCategoryTree, type CategoryNode } from '../../categories/index.js';
import type { ArticleRow, CategoryRow, MediaRow } from '../../db/schema.js';
import type { Site, SiteRegistry } from '../../sites/index.js';
import { toVietnamIso } from '../../text/index.js';
import { articlePath, categoryPath } from '../../urls/paths.js';
import { siteOrigin } from '../site-origin.js';
import type { ArticleDto, ArticleSummaryDto, CategoryDto, SiteDto } from './schemas.js';

/** What a presenter needs to link: the request's host (development hosts link to {slug}.localhost). */
export interface Linker {
  origin(site: Site): string;
  /** An absolute URL for a path on a site, percent-encoded where needed. */
  url(site: Site, path: string): string;
}

/** The Host header without a port no server can have (a forged `:99999` must not reach a link). */
function usableHost(host: string | undefined): string | undefined {
  const port = host === undefined ? null : /:(\d+)$/.exec(host);
  return port !== null && host !== undefined && Number(port[1]) > 65_535 ? host.slice(0, port.index) : host;
}

export function linkerFor(request: FastifyRequest, scheme: 'http' | 'https'): Linker {
  const host = usableHost(request.headers.host);
  const origin = (site: Site) => siteOrigin(site, host, scheme);
  // Paths are built from slugs and storage keys; encodeURI escapes anything else a URL cannot carry.
  return { origin, url: (site, path) => `${origin(site)}${encodeURI(path)}` };
}

function mediaPath(storageKey: string): string {
  return `/media/${storageKey}`;
}

export function siteDto(site: Site, registry: SiteRegistry, link: Linker): SiteDto {
  const slugOf = (id: number | null) => (id === null ? null : (registry.byIdOrUndefined(id)?.slug ?? null));
  return {
    slug: site.slug,
    kind: site.kind,
    parent: slugOf(site.parentId),
    name: site.name,
    shortName: site.shortName,
    url: link.origin(site),
    status: site.status,
    successor: slugOf(site.successorSiteId),
  };
}

/** Depth-first, parents before children, siblings in menu order. */
export function categoryDtos(site: Site, categories: readonly CategoryRow[], link: Linker): CategoryDto[] {
  const out: CategoryDto[] = [];
  const visit = (nodes: readonly CategoryNode[], parent: CategoryRow | null, depth: number) => {
    for (const { category, children } of nodes) {
      out.push({
        id: category.id,
        slug: category.slug,
        name: category.name,
        description: category.description,
        parent: parent?.slug ?? null,
        depth,
        url: link.url(site, categoryPath(category.slug)),
      });
      visit(children, category, depth + 1);
    }
  };
  visit(buildCategoryTree(categories), null, 0);
  return out;
}

export function articleSummaryDto(site: Site, item: ArticleListItem, link: Linker): ArticleSummaryDto {
  return {
    id: item.id,
    site: site.slug,
    slug: item.slug,
    title: item.title,
    lead: item.lead,
    category: { id: item.categoryId, slug: item.categorySlug, name: item.categoryName },
    publishedAt: item.publishedAt,
    publishedAtLocal: toVietnamIso(item.publishedAt),
    updatedAt: item.updatedAt,
    url: link.url(site, articlePath(item.categorySlug, item.slug)),
    featuredImageUrl: item.featuredImageKey === null ? null : link.url(site, mediaPath(item.featuredImageKey)),
  };
}

export interface PublishedArticle {
  article: ArticleRow & { published_at: string };
  category: CategoryRow;
  featuredImage: MediaRow | undefined;
  attachments: readonly MediaRow[];
}

export function articleDto(site: Site, data: PublishedArticle, link: Linker): ArticleDto {
  const { article, category, featuredImage } = data;
  return {
    id: article.id,
    site: site.slug,
    slug: article.slug,
    title: article.title,
    lead: article.lead,
    category: { id: category.id, slug: category.slug, name: category.name },
    publishedAt: article.published_at,
    publishedAtLocal: toVietnamIso(article.published_at),
    updatedAt: article.updated_at,
    url: link.url(site, articlePath(category.slug, article.slug)),
    featuredImageUrl: featuredImage === undefined ? null : link.url(site, mediaPath(featuredImage.storage_key)),
    bodyHtml: article.body_html,
    author: article.author_name,
    source: article.source,
    featuredImage:
      featuredImage === undefined
        ? null
        : {
            url: link.url(site, mediaPath(featuredImage.storage_key)),
            alt: featuredImage.alt_text ?? '',
            caption: article.featured_image_caption ?? featuredImage.caption,
            width: featuredImage.width,
            height: featuredImage.height,
          },
    attachments: data.attachments.map((m) => ({
      url: link.url(site, mediaPath(m.storage_key)),
      name: m.original_name,
      mimeType: m.mime_type,
      size: m.byte_size,
    })),
  };
}
