/** Home: featured articles, the latest, then a block per category. */
import type { VNode } from 'preact';
import type { ArticleSummary } from '../../../articles/articles.repo.js';
import type { CategoryRow } from '../../../db/schema.js';
import { articlePath, categoryPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { JsonLd, organizationJsonLd } from './page-meta.js';
import { ArticleList, PublishedTime } from './parts.js';
import type { SyndicatedItem } from '../../../syndication/index.js';
import { SyndicatedBlock } from '../syndication/syndication-views.js';

export interface HomeData {
  featured: ArticleSummary[];
  latest: ArticleSummary[];
  blocks: { category: CategoryRow; articles: ArticleSummary[] }[];
  /** Articles accepted from the child sites (syndication), shown with their source named and linked. */
  syndicated?: readonly SyndicatedItem[];
}

export function HomePage({ chrome, data }: { chrome: SiteChrome; data: HomeData }): VNode {
  const [lead, ...others] = data.featured.length > 0 ? data.featured : data.latest.slice(0, 1);
  const description = `${chrome.site.name}: tin tức, chỉ đạo điều hành, thông tin cho người dân và doanh nghiệp.`;
  return (
    <Layout
      chrome={chrome}
      title={chrome.site.name}
      description={description}
      path="/"
      head={<JsonLd data={organizationJsonLd(chrome)} />}
    >
      <h1 class="visually-hidden">{chrome.site.name}</h1>
      {/* A new portal: one plain sentence instead of empty sections. */}
      {lead === undefined ? (
        <p class="lead">{vi.noArticlesYet}</p>
      ) : (
        <div class="home-top">
          <section class="home-featured" aria-labelledby="tin-noi-bat">
            <h2 id="tin-noi-bat" class="section-title">{vi.featured}</h2>
            <article class="lead-story">
              <h3 class="lead-story__title">
                <a href={articlePath(lead.categorySlug, lead.slug)}>{lead.title}</a>
              </h3>
              <p class="article-list__meta">
                <PublishedTime instant={lead.publishedAt} />
              </p>
              <p class="lead-story__lead">{lead.lead}</p>
            </article>
            <ArticleList articles={others.slice(0, 4)} />
          </section>
          <section class="home-latest" aria-labelledby="tin-moi">
            <h2 id="tin-moi" class="section-title">{vi.latest}</h2>
            <ArticleList articles={data.latest} showLead={false} />
          </section>
        </div>
      )}
      <div class="category-blocks">
        {data.blocks
          .filter((b) => b.articles.length > 0)
          .map(({ category, articles }) => (
            <section class="category-block" aria-labelledby={`cm-${category.slug}`}>
              <h2 id={`cm-${category.slug}`} class="section-title">
                <a href={categoryPath(category.slug)}>{category.name}</a>
              </h2>
              <ArticleList articles={articles} showLead={false} />
              <p class="more-link">
                <a href={categoryPath(category.slug)}>
                  {vi.more}<span class="visually-hidden">: {category.name}</span>
                </a>
              </p>
            </section>
          ))}
        <SyndicatedBlock chrome={chrome} items={data.syndicated} />
      </div>
    </Layout>
  );
}
