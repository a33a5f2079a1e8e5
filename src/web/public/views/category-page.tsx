/** A category: its articles newest first, a page at a time. */
import type { VNode } from 'preact';
import type { ArticleSummary } from '../../../articles/articles.repo.js';
import type { CategoryRow } from '../../../db/schema.js';
import { categoryPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { ArticleList, Breadcrumbs, Pagination, type Crumb } from './parts.js';

export interface CategoryData {
  category: CategoryRow;
  trail: CategoryRow[];
  articles: ArticleSummary[];
  page: number;
  pages: number;
}

export function CategoryPage({ chrome, data }: { chrome: SiteChrome; data: CategoryData }): VNode {
  const { category, page, pages } = data;
  const path = categoryPath(category.slug);
  const crumbs: Crumb[] = [{ href: '/', label: vi.home }];
  for (const c of data.trail.slice(0, -1)) crumbs.push({ href: categoryPath(c.slug), label: c.name });
  crumbs.push({ label: category.name });
  const pageSuffix = page > 1 ? ` - ${vi.pageOf(page, pages)}` : '';
  return (
    <Layout
      chrome={chrome}
      title={`${category.name}${pageSuffix} - ${chrome.site.shortName}`}
      name={category.name}
      description={category.description ?? `${category.name} - ${chrome.site.name}`}
      path={page > 1 ? `${path}?trang=${page}` : path}
      head={<link rel="alternate" type="application/rss+xml" title={`${category.name} - ${chrome.site.shortName}`} href={`${path}/rss.xml`} />}
    >
      <Breadcrumbs items={crumbs} />
      <h1>{category.name}</h1>
      {category.description ? <p class="lead">{category.description}</p> : null}
      {data.articles.length === 0 ? <p>{vi.noArticles}</p> : <ArticleList articles={data.articles} headingLevel={2} />}
      <Pagination basePath={path} page={page} pages={pages} />
      <p class="rss-link">
        <a href={`${path}/rss.xml`}>{vi.rssFeed}: {category.name}</a>
      </p>
    </Layout>
  );
}
