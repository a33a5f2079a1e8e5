/** The site's contact lines and responsible agency (as the law asks), then the system's links. */
import type { VNode } from 'preact';
import { formatCount } from '../../../text/counts.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import type { VisitCounts } from '../../../statistics/view-statistics.js';

/** "Đang truy cập: 12 · Hôm nay: 1.234 · Tổng: 1.234.567": counted without cookies or personal data. */
function VisitLine({ visits }: { visits: VisitCounts }): VNode {
  const t = vi.visits;
  return (
    <p class="site-footer__visits">
      {t.online}: {formatCount(visits.online)} · {t.today}: {formatCount(visits.today)} · {t.total}: {formatCount(visits.total)}
    </p>
  );
}

export function SiteFooter({ chrome }: { chrome: SiteChrome }): VNode {
  const { site, root } = chrome;
  const c = site.contact;
  return (
    <footer class="site-footer">
      <div class="container site-footer__contact">
        <p class="site-footer__title">{c.footer ?? site.name}</p>
        <ul class="site-footer__lines">
          {site.responsibleAgency ? (
            <li>
              {vi.responsibleAgency}: {site.responsibleAgency}
            </li>
          ) : null}
          {site.responsiblePerson ? (
            <li>
              {vi.responsiblePerson}: {site.responsiblePerson}
            </li>
          ) : null}
          {c.address ? (
            <li>
              {vi.address}: {c.address}
            </li>
          ) : null}
          {c.email ? (
            <li>
              {vi.email}: <a href={`mailto:${c.email}`}>{c.email}</a>
            </li>
          ) : null}
          {c.phone ? (
            <li>
              {vi.phone}: {c.phone}
            </li>
          ) : null}
        </ul>
        <p class="site-footer__notice">{vi.reuseNotice}</p>
        {chrome.visits === undefined ? null : <VisitLine visits={chrome.visits} />}
      </div>
      <nav class="system-links" aria-labelledby="he-thong">
        <div class="container">
          <h2 id="he-thong" class="system-links__title">
            {vi.systemLinks(root.name)}
          </h2>
          {/* Drawn once per list of sites, each item escaped (system-links.tsx). */}
          <ul class="system-links__list" dangerouslySetInnerHTML={{ __html: chrome.systemLinksHtml }} />
        </div>
      </nav>
    </footer>
  );
}
