/** A tag (*từ khóa*): the site's public articles that carry it, newest first, a keyset page at a time. */
import type { VNode } from 'preact';
import type { TagRef } from '../../../articles/articles.repo.js';
import type { ListWindow } from '../../../publishing/list-window.js';
import type { TagListing } from '../../../publishing/reader.js';
import { tagPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { ArticleList, Breadcrumbs, KeysetPagination, listDateRange, listPageHref } from './parts.js';

export type TagData = TagListing & ListWindow;

export function TagPage({ chrome, data }: { chrome: SiteChrome; data: TagData }): VNode {
  const { tag } = data;
  const path = tagPath(tag.slug);
  const heading = vi.tagHeading(tag.name);
  const range = data.at === undefined ? undefined : listDateRange(data.articles);
  const pageSuffix = range === undefined ? '' : ` - ${vi.keyset.titleRange(range.from, range.to)}`;
  return (
    <Layout
      chrome={chrome}
      title={`${heading}${pageSuffix} - ${chrome.site.shortName}`}
      name={heading}
      description={vi.tagDescription(tag.name, data.total, chrome.site.name)}
      path={listPageHref(path, data.at)}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: heading }]} />
      <h1>{heading}</h1>
      <p class="lead">{vi.tagCount(data.total)}</p>
      <ArticleList articles={data.articles} headingLevel={2} />
      {data.articles.length === 0 ? <p>{vi.keyset.noOlder}</p> : null}
      <KeysetPagination basePath={path} window={data} />
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
