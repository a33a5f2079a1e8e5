/**
 * sitemaps.org XML: one <urlset> while a site has at most `limit` URLs, otherwise a
 * <sitemapindex> of one file for pages and categories and numbered article files.
 */
import { escapeXml } from './xml.js';

/** The protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function urlset(entries: readonly SitemapEntry[]): string {
  const body = entries
    .map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `${HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function sitemapIndex(locations: readonly string[]): string {
  const body = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n');
  return `${HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}
