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

/** The legal documents of a site (*văn bản*): the filtered list, and one document. */
export const DOCUMENTS_PATH = '/van-ban';

export function documentPath(documentSlug: string): string {
  return `${DOCUMENTS_PATH}/${documentSlug}`;
}

/** Consultations on drafts (lấy ý kiến dự thảo): the list, one draft, its feed. */
export const CONSULTATIONS_PATH = '/lay-y-kien';

export function consultationPath(slug: string): string {
  return `${CONSULTATIONS_PATH}/${slug}`;
}

/** Citizens' questions (hỏi đáp): the list, one answered question, the form, the tracking page, the feed. */
export const QUESTIONS_PATH = '/hoi-dap';
export const QUESTION_FORM_PATH = '/hoi-dap/gui-cau-hoi';
export const QUESTION_TRACK_PATH = '/hoi-dap/tra-cuu';
export const QUESTION_RSS_PATH = '/hoi-dap/rss.xml';

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
  'tin-dia-phuong',
]);

// ---- The items of the state-portal services, as search hits link to them ----

export function questionPath(slug: string): string {
  return `/hoi-dap/${slug}`;
}

// ---- Albums (Thư viện ảnh) ----

/** The site's albums, newest first. */
export const ALBUMS_PATH = '/thu-vien-anh';

export function albumPath(albumSlug: string): string {
  return `${ALBUMS_PATH}/${albumSlug}`;
}

export const ALBUMS_FEED_PATH = `${ALBUMS_PATH}/rss.xml`;
// ---- The leaders' schedule, the directory, the English pages ----

/** The leaders' weekly schedule: this week at /lich-cong-tac, another at ?tuan=2022-W46. */
export function schedulePath(isoWeek?: string): string {
  return isoWeek === undefined ? '/lich-cong-tac' : `/lich-cong-tac?tuan=${isoWeek}`;
}

export const SCHEDULE_FEED_PATH = '/lich-cong-tac/rss.xml';

/** The officials' directory (danh bạ). */
export const DIRECTORY_PATH = '/danh-ba';

/** The English pages: the index (or introduction) at /en, each page at /en/{slug}. */
export const ENGLISH_HOME_PATH = '/en';

export function englishPagePath(pageSlug: string): string {
  return `/en/${pageSlug}`;
}

/** A static page's address in its language. */
export function pagePathIn(pageSlug: string, language: 'vi' | 'en'): string {
  return language === 'en' ? englishPagePath(pageSlug) : pagePath(pageSlug);
}

/** The list of information the agency must disclose (Luật Tiếp cận thông tin 2016). */
export const DISCLOSURE_PATH = '/cong-khai-thong-tin';

// ---- Syndication: news of the child sites on their parent ----

/** The articles a parent site accepted from its child sites (Tin từ các địa phương), with its feed. */
export const SYNDICATED_PATH = '/tin-dia-phuong';
export const SYNDICATED_FEED_PATH = `${SYNDICATED_PATH}/rss.xml`;

// ---- Topics (chuyên đề): articles gathered across the sites of the system ----

/** The topics shown on a site: the system's and the site's own. */
export const TOPICS_PATH = '/chuyen-de';

export function topicPath(topicSlug: string): string {
  return `${TOPICS_PATH}/${topicSlug}`;
}

export function topicFeedPath(topicSlug: string): string {
  return `${TOPICS_PATH}/${topicSlug}/rss.xml`;
}
