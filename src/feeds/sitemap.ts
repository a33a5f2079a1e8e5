/**
 * sitemaps.org XML: one <urlset> while a site has at most `limit` URLs, otherwise a
 * <sitemapindex> of one file for pages and categories and numbered article files.
 * Written with our XML writer (xml.ts).
 */
import { element, parent, xmlDocument } from './xml.js';

/** The protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

const NAMESPACE = { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

export function urlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => parent('url', [element('loc', e.loc), ...(e.lastmod ? [element('lastmod', e.lastmod)] : [])]));
  return xmlDocument(parent('urlset', urls, NAMESPACE));
}

export function sitemapIndex(locations: readonly string[]): string {
  return xmlDocument(parent('sitemapindex', locations.map((loc) => parent('sitemap', [element('loc', loc)])), NAMESPACE));
}
