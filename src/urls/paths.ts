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

/** The introduction (*Giới thiệu*): the page that presents the agency the site speaks for. */
export const INTRODUCTION_SLUG = 'gioi-thieu';

export function tagPath(tagSlug: string): string {
  return `/tag/${tagSlug}`;
}

/** Consultations on drafts (lấy ý kiến dự thảo): the list, one draft, its feed. */
export const CONSULTATIONS_PATH = '/lay-y-kien';

export function consultationPath(slug: string): string {
  return `${CONSULTATIONS_PATH}/${slug}`;
}

/**
 * First path segments the system itself uses on every site (its pages, files, feeds and
 * the fixed paths of the state-portal services), which a category slug may therefore not take.
 */
export const RESERVED_PATH_SEGMENTS: ReadonlySet<string> = new Set([
  'trang', 'so-do-trang', 'tag', 'admin', 'api', 'assets', 'media', 'healthz', 'metrics', 'readyz', 'tim-kiem', 'rss', 'sitemap',
  'robots', 'giao-dien', 'van-ban', 'hoi-dap', 'lay-y-kien', 'lich-cong-tac', 'danh-ba', 'cong-khai-thong-tin', 'chuyen-de',
  'thu-vien-anh', 'en',
]);
