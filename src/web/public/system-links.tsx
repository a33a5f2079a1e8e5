/**
 * The footer's links to every site of the system: 150 in a province, on every page. Drawn
 * on each request they were a tenth of an uncached page's render (each link's origin
 * worked out, each escaped). They are the same on every page of every site but for one
 * attribute, the current site's aria-current, so each site's list is drawn once per list
 * of sites and kept.
 *
 * Links on a development host ({slug}.localhost:PORT), and those of a site without a
 * hostname, carry the request's port, which the reader chooses: those are drawn for the
 * request and not held.
 */
import { renderToString } from 'preact-render-to-string';
import type { Site, SiteRegistry } from '../../sites/index.js';
import { isDevelopmentHost, siteOrigin } from '../site-origin.js';

function item(site: Site, origin: string, current: boolean): string {
  return renderToString(
    <li>
      <a href={`${origin}/`} aria-current={current ? 'page' : undefined}>
        {site.shortName}
      </a>
    </li>,
  );
}

function listHtml(sites: readonly Site[], originOf: (site: Site) => string, currentId: number): string {
  return sites.map((s) => item(s, originOf(s), s.id === currentId)).join('');
}

export class SystemLinks {
  /** Each site's whole list, drawn on its first page (a few KB per site); dropped when the sites are reloaded (a site added, renamed, moved). */
  private readonly held = new Map<number, string>();

  constructor(
    private readonly registry: Pick<SiteRegistry, 'all' | 'onReload'>,
    private readonly scheme: 'http' | 'https',
  ) {
    registry.onReload(() => this.held.clear());
  }

  /** The <li> items of every site, as HTML (each escaped as Preact escapes), `currentId` marked as the current page. */
  html(currentId: number, hostHeader: string | undefined): string {
    const sites = this.registry.all();
    const originOf = (s: Site) => siteOrigin(s, hostHeader, this.scheme);
    const sameForEveryReader = !isDevelopmentHost(hostHeader) && sites.every((s) => s.hostnames[0] !== undefined);
    if (!sameForEveryReader) return listHtml(sites, originOf, currentId);
    const kept = this.held.get(currentId);
    if (kept !== undefined) return kept;
    const html = listHtml(sites, originOf, currentId);
    // Only the registry's own sites are kept: the map stays as small as the list.
    if (sites.some((s) => s.id === currentId)) this.held.set(currentId, html);
    return html;
  }
}
