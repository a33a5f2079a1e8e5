/** Public URL paths of content: readable, stable, and the one place that spells them. */

export function categoryPath(categorySlug: string): string {
  return `/${categorySlug}`;
}

export function articlePath(categorySlug: string, articleSlug: string): string {
  return `/${categorySlug}/${articleSlug}`;
}

export function pagePath(pageSlug: string): string {
  return `/trang/${pageSlug}`;
}
