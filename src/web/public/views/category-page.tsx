/** A category: its articles newest first, a keyset page at a time ("Tin cũ hơn" / "Tin mới hơn"). */
import type { VNode } from 'preact';
import type { CategoryListing } from '../../../publishing/reader.js';
import type { ListWindow } from '../../../publishing/list-window.js';
import { categoryPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { ArticleList, Breadcrumbs, KeysetPagination, listDateRange, listPageHref, type Crumb } from './parts.js';

export type CategoryData = CategoryListing & ListWindow;

export function CategoryPage({ chrome, data }: { chrome: SiteChrome; data: CategoryData }): VNode {
  const { category } = data;
  const path = categoryPath(category.slug);
  const crumbs: Crumb[] = [{ href: '/', label: vi.home }];
  for (const c of data.trail.slice(0, -1)) crumbs.push({ href: categoryPath(c.slug), label: c.name });
  crumbs.push({ label: category.name });
  // A page below the top says which dates it holds, so that its title differs from the top's.
  const range = data.at === undefined ? undefined : listDateRange(data.articles);
  const pageSuffix = range === undefined ? '' : ` - ${vi.keyset.titleRange(range.from, range.to)}`;
  return (
    <Layout
      chrome={chrome}
      title={`${category.name}${pageSuffix} - ${chrome.site.shortName}`}
      name={category.name}
      description={category.description ?? `${category.name} - ${chrome.site.name}`}
      path={listPageHref(path, data.at)}
      head={<link rel="alternate" type="application/rss+xml" title={`${category.name} - ${chrome.site.shortName}`} href={`${path}/rss.xml`} />}
    >
      <Breadcrumbs items={crumbs} />
      <h1>{category.name}</h1>
      {category.description ? <p class="lead">{category.description}</p> : null}
      {data.articles.length === 0 ? <p>{data.at === undefined ? vi.noArticles : vi.keyset.noOlder}</p> : <ArticleList articles={data.articles} headingLevel={2} />}
      <KeysetPagination basePath={path} window={data} />
      <p class="rss-link">
        <a href={`${path}/rss.xml`}>{vi.rssFeed}: {category.name}</a>
      </p>
    </Layout>
  );
}
