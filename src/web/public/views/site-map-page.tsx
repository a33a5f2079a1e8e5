/** Sơ đồ trang: the site's structure as a plain text tree. */
import type { VNode } from 'preact';
import type { CategoryNode } from '../../../categories/index.js';
import type { PageRow } from '../../../db/schema.js';
import { categoryPath, pagePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { Breadcrumbs } from './parts.js';

function CategoryTree({ nodes }: { nodes: CategoryNode[] }): VNode {
  return (
    <ul>
      {nodes.map((n) => (
        <li>
          <a href={categoryPath(n.category.slug)}>{n.category.name}</a>
          {n.children.length > 0 ? <CategoryTree nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function SiteMapPage({ chrome, tree, pages }: { chrome: SiteChrome; tree: CategoryNode[]; pages: PageRow[] }): VNode {
  return (
    <Layout chrome={chrome} title={`${vi.siteMap} - ${chrome.site.shortName}`} description={`${vi.siteMap} - ${chrome.site.name}`} path="/so-do-trang">
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: vi.siteMap }]} />
      <h1>{vi.siteMap}</h1>
      <ul class="site-map">
        <li>
          <a href="/">{vi.home}</a>
          <ul>
            {pages.map((p) => (
              <li>
                <a href={pagePath(p.slug)}>{p.title}</a>
              </li>
            ))}
          </ul>
          <CategoryTree nodes={tree} />
          <ul>
            <li>
              <a href={chrome.site.publicServiceUrl ?? chrome.publicServiceUrl}>{vi.publicServices}</a>
            </li>
            <li>
              <a href="/rss.xml">{vi.rssFeed}</a>
            </li>
          </ul>
        </li>
      </ul>
    </Layout>
  );
}
