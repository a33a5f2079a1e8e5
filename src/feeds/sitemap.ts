/**
 * sitemaps.org XML: one <urlset> while a site has at most `limit` URLs, otherwise a
 * <sitemapindex> of one file for pages and categories and numbered article files.
 * Written with our XML writer (xml.ts).
 */
import { element, parent, xmlDocument, type Xml } from './xml.js';

/** The protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

/** URLs per sitemap file we write: small enough that a file answers in a few tens of milliseconds at any size of site. */
export const SITEMAP_CHUNK = 5_000;

export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

const NAMESPACE = { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

function urlElement(e: SitemapEntry): Xml {
  return parent('url', [element('loc', e.loc), ...(e.lastmod ? [element('lastmod', e.lastmod)] : [])]);
}

export function urlset(entries: readonly SitemapEntry[]): string {
  return xmlDocument(parent('urlset', entries.map(urlElement), NAMESPACE));
}

export function sitemapIndex(locations: readonly string[]): string {
  return xmlDocument(parent('sitemapindex', locations.map((loc) => parent('sitemap', [element('loc', loc)])), NAMESPACE));
}
