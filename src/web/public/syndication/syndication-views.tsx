/**
 * Syndicated news on a parent site: the home page's block and the /tin-dia-phuong list.
 * Each item links to the article on its source site (absolute, with the source's origin)
 * and names that site: the parent keeps no copy and no page of its own for it, so the
 * article has one address, its canonical URL and JSON-LD stay the source's, and the
 * reader sees it under the footer and contacts of the agency that answers for it.
 */
import type { VNode } from 'preact';
import type { Site } from '../../../sites/index.js';
import type { SyndicatedItem } from '../../../syndication/index.js';
import { articlePath, SYNDICATED_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, PublishedTime } from '../views/parts.js';
import { syndicationVi } from './messages.js';

/** The source site of an item, with the origin to link it; undefined when it is no longer in the system. */
function sourceOf(chrome: SiteChrome, item: SyndicatedItem): { site: Site; origin: string } | undefined {
  const site = chrome.sites.find((s) => s.id === item.sourceSiteId);
  return site === undefined ? undefined : { site, origin: chrome.originOf(site) };
}

export function SyndicatedList({ chrome, items, headingLevel = 3, showLead = true }: { chrome: SiteChrome; items: readonly SyndicatedItem[]; headingLevel?: 2 | 3; showLead?: boolean }): VNode {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="article-list syndicated-list">
      {items.flatMap((item) => {
        const source = sourceOf(chrome, item);
        if (source === undefined) return [];
        return [
          <li class="article-list__item">
            <Heading class="article-list__title">
              <a href={`${source.origin}${articlePath(item.categorySlug, item.slug)}`}>
                {item.title}
                <span class="visually-hidden"> {syndicationVi.onSource(source.site.name)}</span>
              </a>
            </Heading>
            <p class="article-list__meta">
              {syndicationVi.source}: <a href={`${source.origin}/`}>{source.site.shortName}</a> · <PublishedTime instant={item.publishedAt} />
            </p>
            {showLead && item.lead ? <p class="article-list__lead">{item.lead}</p> : null}
          </li>,
        ];
      })}
    </ul>
  );
}

/** The home page's block: the latest accepted items, and a link to them all. Nothing when there are none. */
export function SyndicatedBlock({ chrome, items }: { chrome: SiteChrome; items: readonly SyndicatedItem[] | undefined }): VNode | null {
  if (items === undefined || items.length === 0) return null;
  return (
    <section class="category-block syndicated-block" aria-labelledby="tin-dia-phuong">
      <h2 id="tin-dia-phuong" class="section-title">
        <a href={SYNDICATED_PATH}>{syndicationVi.title}</a>
      </h2>
      <SyndicatedList chrome={chrome} items={items} showLead={false} />
      <p class="more-link">
        <a href={SYNDICATED_PATH}>{syndicationVi.all}</a>
      </p>
    </section>
  );
}

export interface SyndicatedPageData {
  items: SyndicatedItem[];
  page: number;
  pages: number;
}

export function SyndicatedListPage({ chrome, data }: { chrome: SiteChrome; data: SyndicatedPageData }): VNode {
  const { page, pages } = data;
  const pageSuffix = page > 1 ? ` - ${vi.pageOf(page, pages)}` : '';
  const feed = `${SYNDICATED_PATH}/rss.xml`;
  return (
    <Layout
      chrome={chrome}
      title={`${syndicationVi.title}${pageSuffix} - ${chrome.site.shortName}`}
      name={syndicationVi.title}
      description={syndicationVi.lead(chrome.site.name)}
      path={page > 1 ? `${SYNDICATED_PATH}?trang=${page}` : SYNDICATED_PATH}
      head={<link rel="alternate" type="application/rss+xml" title={`${syndicationVi.title} - ${chrome.site.shortName}`} href={feed} />}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: syndicationVi.title }]} />
      <h1>{syndicationVi.title}</h1>
      <p class="lead">{syndicationVi.lead(chrome.site.name)}</p>
      {data.items.length === 0 ? <p>{syndicationVi.empty}</p> : <SyndicatedList chrome={chrome} items={data.items} headingLevel={2} />}
      <Pagination basePath={SYNDICATED_PATH} page={page} pages={pages} />
      <p class="rss-link">
        <a href={feed}>{vi.rssFeed}: {syndicationVi.title}</a>
      </p>
    </Layout>
  );
}
