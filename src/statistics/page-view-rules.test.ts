/** Which responses are a reader's page view, robots by their user agent, and the Vietnam day of a view. */
import { describe, expect, it } from 'vitest';
import { countsAsPageView, isLikelyRobot, vietnamDayAt } from './page-view-rules.js';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
const page = { method: 'GET', url: '/tin-tuc/bai-mot', status: 200, contentType: 'text/html; charset=utf-8', userAgent: BROWSER };

describe('page views', () => {
  it('counts a GET of a public HTML page that answered 200', () => {
    expect(countsAsPageView(page)).toBe(true);
    expect(countsAsPageView({ ...page, url: '/' })).toBe(true);
    expect(countsAsPageView({ ...page, url: '/tin-tuc?trang=2' })).toBe(true);
    expect(countsAsPageView({ ...page, url: '/administration' })).toBe(true); // a category slug, not the admin
  });

  it('does not count HEAD, other answers, other types, the admin, the API, files, feeds or print views', () => {
    expect(countsAsPageView({ ...page, method: 'HEAD' })).toBe(false);
    expect(countsAsPageView({ ...page, method: 'POST' })).toBe(false);
    for (const status of [301, 304, 404, 410, 500]) expect(countsAsPageView({ ...page, status })).toBe(false);
    expect(countsAsPageView({ ...page, contentType: 'application/rss+xml; charset=utf-8', url: '/rss.xml' })).toBe(false);
    expect(countsAsPageView({ ...page, contentType: undefined })).toBe(false);
    for (const url of ['/admin', '/admin/bai-viet', '/api/v1/sites', '/media/a.jpg', '/assets/site.css', '/healthz', '/metrics']) {
      expect(countsAsPageView({ ...page, url }), url).toBe(false);
    }
    expect(countsAsPageView({ ...page, url: '/tin-tuc/bai-mot?ban-in=1' })).toBe(false);
  });

  it('skips user agents that name themselves robots, and requests without one', () => {
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'curl/8.5.0', 'python-requests/2.31', 'facebookexternalhit/1.1', 'Mozilla/5.0 HeadlessChrome/120.0', '', '   ', undefined]) {
      expect(isLikelyRobot(ua), String(ua)).toBe(true);
      expect(countsAsPageView({ ...page, userAgent: ua })).toBe(false);
    }
    expect(isLikelyRobot(BROWSER)).toBe(false);
    expect(isLikelyRobot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1')).toBe(false);
    // Only the start of a long header is read: a mark far beyond it is not looked for.
    expect(isLikelyRobot(`${BROWSER}${' '.repeat(100_000)}bot`)).toBe(false);
  });

  it('puts a view on its day in Vietnam (UTC+7)', () => {
    expect(vietnamDayAt(Date.parse('2022-11-15T16:59:59.999Z'))).toBe('2022-11-15');
    expect(vietnamDayAt(Date.parse('2022-11-15T17:00:00.000Z'))).toBe('2022-11-16');
    expect(vietnamDayAt(Date.parse('2022-12-31T17:00:00.000Z'))).toBe('2023-01-01');
  });
});
