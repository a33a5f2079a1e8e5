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

/** Citizens' questions (hỏi đáp): the list, one answered question, the form, the tracking page, the feed. */
export const QUESTIONS_PATH = '/hoi-dap';
export const QUESTION_FORM_PATH = '/hoi-dap/gui-cau-hoi';
export const QUESTION_TRACK_PATH = '/hoi-dap/tra-cuu';
export const QUESTION_RSS_PATH = '/hoi-dap/rss.xml';

export function questionPath(slug: string): string {
  return `/hoi-dap/${slug}`;
}

export function questionTrackPath(code: string): string {
  return `${QUESTION_TRACK_PATH}?ma=${encodeURIComponent(code)}`;
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
