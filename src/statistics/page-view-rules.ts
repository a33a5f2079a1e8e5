/**
 * Which responses count as a page view, and what day a view belongs to. Pure: no I/O.
 *
 * A view is a person reading a public HTML page: a GET that answered 200 with HTML, not the
 * admin, the API, files, feeds or a print view (the article was already counted when it
 * was opened). Obvious robots are not people: counting them would be dishonest, so a user
 * agent that names itself a robot (or none at all) is skipped — by a bounded look at the
 * header's first characters, never a pattern that could run long on hostile text.
 */

/** Vietnam keeps UTC+7 all year: the calendar day of a view without Intl on the hot path. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The Vietnam calendar day ('YYYY-MM-DD') of an instant in milliseconds. */
export function vietnamDayAt(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Words that robots, crawlers, link previews and scripted clients put in their user agent. */
const ROBOT_MARKS = [
  'bot', 'crawl', 'spider', 'slurp', 'scrape', 'curl/', 'wget/', 'python-', 'go-http-client', 'java/', 'okhttp', 'axios/',
  'node-fetch', 'headless', 'lighthouse', 'pingdom', 'uptime', 'monitor', 'facebookexternalhit', 'preview', 'feedfetcher',
  'httpclient', 'libwww', 'apache-httpclient', 'phantomjs', 'bingpreview', 'yandex', 'baidu', 'coccoc',
] as const;

/** Only this many characters of the header are looked at. */
const UA_LOOK = 256;

export function isLikelyRobot(userAgent: string | undefined): boolean {
  if (userAgent === undefined) return true;
  const ua = userAgent.slice(0, UA_LOOK).toLowerCase();
  if (ua.trim().length === 0) return true;
  return ROBOT_MARKS.some((mark) => ua.includes(mark));
}

/** Path prefixes that are never a reader's page. */
const NOT_PAGES = ['/admin', '/api/', '/media/', '/assets/', '/healthz', '/metrics'] as const;

export interface ResponseFacts {
  method: string;
  /** The request's path and query as received. */
  url: string;
  status: number;
  contentType: string | undefined;
  userAgent: string | undefined;
}

export function countsAsPageView(r: ResponseFacts): boolean {
  if (r.method !== 'GET' || r.status !== 200) return false;
  if (r.contentType === undefined || !r.contentType.startsWith('text/html')) return false;
  const query = r.url.indexOf('?');
  const path = query === -1 ? r.url : r.url.slice(0, query);
  if (NOT_PAGES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return false;
  if (query !== -1 && new URLSearchParams(r.url.slice(query + 1, query + 1 + 2048)).get('ban-in') === '1') return false;
  return !isLikelyRobot(r.userAgent);
}
