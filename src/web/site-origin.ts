/**
 * The absolute origin to link a site with. A reader on a development host
 * ({slug}.localhost, localhost, 127.0.0.1) is sent to {slug}.localhost on the same
 * port; elsewhere a site is linked at its first configured hostname.
 */
import type { Site } from '../sites/index.js';
import { hostnameOf } from '../sites/index.js';

export function isDevelopmentHost(hostHeader: string | undefined): boolean {
  const host = hostnameOf(hostHeader);
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || (host?.endsWith('.localhost') ?? false);
}

export function siteOrigin(site: Site, hostHeader: string | undefined, scheme: 'http' | 'https'): string {
  const primary = site.hostnames[0];
  if (!isDevelopmentHost(hostHeader) && primary !== undefined) return `${scheme}://${primary}`;
  const port = /:(\d+)$/.exec(hostHeader ?? '')?.[1];
  return `http://${site.slug}.localhost${port ? `:${port}` : ''}`;
}
