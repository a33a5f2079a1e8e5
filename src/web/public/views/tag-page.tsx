/** A tag (*từ khóa*): the site's public articles that carry it, newest first, a page at a time. */
import type { VNode } from 'preact';
import type { ArticleSummary, TagRef } from '../../../articles/articles.repo.js';
import { tagPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { ArticleList, Breadcrumbs, Pagination } from './parts.js';

export interface TagData {
  tag: TagRef;
  articles: ArticleSummary[];
  page: number;
  pages: number;
  total: number;
}

export function TagPage({ chrome, data }: { chrome: SiteChrome; data: TagData }): VNode {
  const { tag, page, pages } = data;
  const path = tagPath(tag.slug);
  const heading = vi.tagHeading(tag.name);
  const pageSuffix = page > 1 ? ` - ${vi.pageOf(page, pages)}` : '';
  return (
    <Layout
      chrome={chrome}
      title={`${heading}${pageSuffix} - ${chrome.site.shortName}`}
      name={heading}
      description={vi.tagDescription(tag.name, data.total, chrome.site.name)}
      path={page > 1 ? `${path}?trang=${page}` : path}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: heading }]} />
      <h1>{heading}</h1>
      <p class="lead">{vi.tagCount(data.total)}</p>
      <ArticleList articles={data.articles} headingLevel={2} />
      <Pagination basePath={path} page={page} pages={pages} />
    </Layout>
  );
}

/** The tags under an article, each a link to its page. */
export function TagLinks({ tags }: { tags: readonly TagRef[] }): VNode | null {
  if (tags.length === 0) return null;
  return (
    <div class="tags">
      <span class="tags__label">{vi.tags}:</span>
      <ul class="tags__list">
        {tags.map((t) => (
          <li>
            <a href={tagPath(t.slug)} rel="tag">
              {t.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
