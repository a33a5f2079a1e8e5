/**
 * All sites held in memory (a system has tens to a few hundred), so that routing a
 * request by its Host header costs a map lookup. Reloaded when the site-state version
 * moves, whichever process or CLI made the change (site-state.ts); besides, a host it
 * does not know makes it look again (at most every few seconds).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Site } from './site.js';
import { listSites } from './sites.repo.js';

/** Hosts that always mean the root (province) site in development. */
const ROOT_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Lower-cased host without port; undefined when the header is not a plausible host. */
export function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (hostHeader === undefined) return undefined;
  const host = hostHeader.trim().toLowerCase();
  if (host.length === 0 || host.length > 255) return undefined;
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 ? host.slice(0, end + 1) : undefined;
  }
  const name = host.replace(/:\d*$/, '');
  return /^[a-z0-9.-]+$/.test(name) ? name : undefined;
}

export class SiteRegistry {
  private sites: Site[] = [];
  private byHostname = new Map<string, Site>();
  private bySlug = new Map<string, Site>();
  private byId = new Map<number, Site>();

  private readonly reloadListeners = new Set<() => void>();

  constructor(private readonly db: Kysely<Database>) {}

  async reload(): Promise<void> {
    const sites = await listSites(this.db);
    this.sites = sites;
    this.bySlug = new Map(sites.map((s) => [s.slug, s]));
    this.byId = new Map(sites.map((s) => [s.id, s]));
    this.byHostname = new Map(sites.flatMap((s) => s.hostnames.map((h): [string, Site] => [h.toLowerCase(), s])));
    for (const listener of this.reloadListeners) listener();
  }

  /** Calls `listener` after each reload (a site, its settings or the list of sites changed); returns what unsubscribes it. */
  onReload(listener: () => void): () => void {
    this.reloadListeners.add(listener);
    return () => void this.reloadListeners.delete(listener);
  }

  all(): readonly Site[] {
    return this.sites;
  }

  /** The province: the site without a parent (the first, if several). */
  root(): Site | undefined {
    return this.sites.find((s) => s.parentId === null);
  }

  byIdOrUndefined(id: number): Site | undefined {
    return this.byId.get(id);
  }

  bySlugOrUndefined(slug: string): Site | undefined {
    return this.bySlug.get(slug);
  }

  /** `{slug}.localhost` → that site; localhost/127.0.0.1 → root; configured hostnames → theirs. */
  resolveHost(hostHeader: string | undefined): Site | undefined {
    const host = hostnameOf(hostHeader);
    if (host === undefined) return undefined;
    if (ROOT_HOSTS.has(host)) return this.root();
    if (host.endsWith('.localhost')) {
      const slug = host.slice(0, -'.localhost'.length);
      return this.bySlug.get(slug);
    }
    return this.byHostname.get(host);
  }
}
