import { describe, expect, it } from 'vitest';
import type { Site } from '../../sites/index.js';
import { SystemLinks } from './system-links.js';

function site(id: number, shortName: string, hostnames: string[]): Site {
  return {
    id, slug: `site-${id}`, kind: 'district', parentId: id === 1 ? null : 1, name: shortName, shortName, hostnames, contact: {},
    responsibleAgency: null, responsiblePerson: null, logoPath: null, themeColor: '#004a99', publicServiceUrl: null,
    status: 'active', successorSiteId: null, sortOrder: id, updatedAt: '2026-12-01T00:00:00.000Z', archiveMode: 'serve',
  };
}

/** A registry of `sites` whose reload the test triggers. */
function registryOf(sites: Site[]) {
  const listeners = new Set<() => void>();
  return {
    sites,
    all: () => sites,
    onReload(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    reload(next: Site[]) {
      sites = next;
      for (const l of listeners) l();
    },
  };
}

describe('the footer links to every site', () => {
  const sites = [site(1, 'Tỉnh Quảng Trị', ['quangtri.gov.vn']), site(2, 'Cam Lộ', ['camlo.quangtri.gov.vn']), site(3, 'A <b>&', ['a.quangtri.gov.vn'])];

  it('links each site at its hostname and marks the current one only', () => {
    const links = new SystemLinks(registryOf(sites), 'https');
    const html = links.html(2, 'camlo.quangtri.gov.vn');
    expect(html).toBe(
      '<li><a href="https://quangtri.gov.vn/">Tỉnh Quảng Trị</a></li>' +
        '<li><a href="https://camlo.quangtri.gov.vn/" aria-current="page">Cam Lộ</a></li>' +
        '<li><a href="https://a.quangtri.gov.vn/">A &lt;b>&amp;</a></li>',
    );
    // Another site's page marks that site, not the one asked before.
    expect(links.html(1, 'quangtri.gov.vn')).toContain('<a href="https://quangtri.gov.vn/" aria-current="page">');
    expect(links.html(1, 'quangtri.gov.vn').match(/aria-current/g)).toHaveLength(1);
  });

  it('draws the list again once the sites are reloaded (a site renamed)', () => {
    const registry = registryOf(sites);
    const links = new SystemLinks(registry, 'https');
    expect(links.html(1, 'quangtri.gov.vn')).toContain('>Cam Lộ<');
    registry.reload([sites[0] as Site, site(2, 'Huyện Cam Lộ', ['camlo.quangtri.gov.vn'])]);
    const after = links.html(1, 'quangtri.gov.vn');
    expect(after).toContain('>Huyện Cam Lộ<');
    expect(after).not.toContain('A &lt;b>');
  });

  it('keeps the reader on the port of a development host, whichever port it is', () => {
    const links = new SystemLinks(registryOf(sites), 'https');
    expect(links.html(1, 'localhost:3000')).toContain('href="http://site-2.localhost:3000/"');
    expect(links.html(1, 'site-2.localhost:4000')).toContain('href="http://site-2.localhost:4000/"');
  });

  it('keeps the port for a site without a hostname even on a public host', () => {
    const links = new SystemLinks(registryOf([...sites, site(4, 'Chưa có tên miền', [])]), 'https');
    expect(links.html(1, 'quangtri.gov.vn:8443')).toContain('href="http://site-4.localhost:8443/"');
    expect(links.html(1, 'quangtri.gov.vn:9443')).toContain('href="http://site-4.localhost:9443/"');
  });
});
