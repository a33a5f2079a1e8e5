/**
 * The footer's links to every site of the system: 150 in a province, on every page. Drawn
 * on each request they were a tenth of an uncached page's render (each link's origin
 * worked out, each escaped). They are the same on every page of every site but for one
 * attribute, the current site's aria-current, so they are drawn once per list of sites
 * and joined on each request with the current site's own item.
 *
 * Links on a development host ({slug}.localhost:PORT), and those of a site without a
 * hostname, carry the request's port, which the reader chooses: those are drawn for the
 * request and not held.
 */
import { renderToString } from 'preact-render-to-string';
import type { Site, SiteRegistry } from '../../sites/index.js';
import { isDevelopmentHost, siteOrigin } from '../site-origin.js';

interface Drawn {
  /** Each site's item, in the registry's order. */
  readonly items: readonly string[];
  /** The same items marked as the current page. */
  readonly current: readonly string[];
  readonly indexOf: ReadonlyMap<number, number>;
  /** The whole list as each site's pages show it, joined on first use (a few KB per site). */
  readonly joined: Map<number, string>;
}

function item(site: Site, origin: string, current: boolean): string {
  return renderToString(
    <li>
      <a href={`${origin}/`} aria-current={current ? 'page' : undefined}>
        {site.shortName}
      </a>
    </li>,
  );
}

function draw(sites: readonly Site[], originOf: (site: Site) => string): Drawn {
  const origins = sites.map(originOf);
  return {
    items: sites.map((s, i) => item(s, origins[i] ?? '', false)),
    current: sites.map((s, i) => item(s, origins[i] ?? '', true)),
    indexOf: new Map(sites.map((s, i) => [s.id, i])),
    joined: new Map(),
  };
}

function join(drawn: Drawn, currentId: number): string {
  const at = drawn.indexOf.get(currentId);
  if (at === undefined) return drawn.items.join('');
  const items = [...drawn.items];
  items[at] = drawn.current[at] ?? '';
  return items.join('');
}

export class SystemLinks {
  /** Drawn for public hosts; dropped when the sites are reloaded (a site added, renamed, moved). */
  private held: Drawn | undefined;

  constructor(
    private readonly registry: Pick<SiteRegistry, 'all' | 'onReload'>,
    private readonly scheme: 'http' | 'https',
  ) {
    registry.onReload(() => {
      this.held = undefined;
    });
  }

  /** The <li> items of every site, as HTML (each escaped as Preact escapes), `currentId` marked as the current page. */
  html(currentId: number, hostHeader: string | undefined): string {
    const sites = this.registry.all();
    const originOf = (s: Site) => siteOrigin(s, hostHeader, this.scheme);
    const sameForEveryReader = !isDevelopmentHost(hostHeader) && sites.every((s) => s.hostnames[0] !== undefined);
    if (!sameForEveryReader) return sites.map((s) => item(s, originOf(s), s.id === currentId)).join('');
    this.held ??= draw(sites, originOf);
    const kept = this.held.joined.get(currentId);
    if (kept !== undefined) return kept;
    const html = join(this.held, currentId);
    // Only the registry's own sites are kept: the map stays as small as the list.
    if (this.held.indexOf.has(currentId)) this.held.joined.set(currentId, html);
    return html;
  }
}
