/** What every public page needs to draw its header, menu and footer. */
import type { MenuLink } from '../../../menus/menu-tree.js';
import type { Site } from '../../../sites/index.js';
import type { VisitCounts } from '../../../statistics/view-statistics.js';

export interface SiteChrome {
  readonly site: Site;
  /** Absolute origin of this site as the reader reached it, e.g. http://camlo.localhost:3000. */
  readonly origin: string;
  /** Every site of the system. */
  readonly sites: readonly Site[];
  /** The origin to link another site of the system with, from where the reader is. */
  readonly originOf: (site: Site) => string;
  /** The footer's list items linking every site of the system, as HTML (system-links.tsx). */
  readonly systemLinksHtml: string;
  readonly root: Site;
  /** The site's menu between the home link and the fixed links (public services, site map). */
  readonly menu: readonly MenuLink[];
  readonly publicServiceUrl: string;
  /** "Đang truy cập / Hôm nay / Tổng" for the footer, from memory; absent until the counter has read its first snapshot. */
  readonly visits?: VisitCounts | undefined;
}
