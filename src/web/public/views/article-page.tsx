/** The article page: everything the seed's original page showed, done properly. */
import type { VNode } from 'preact';
import type { ArticleSummary, TagRef } from '../../../articles/articles.repo.js';
import type { ArticleRow, CategoryRow, MediaRow } from '../../../db/schema.js';
import { withResponsiveImages } from '../../../html/responsive-images.js';
import { pictureParts } from '../../../media/index.js';
import { articlePath, categoryPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import { ArticleMeta } from './article-meta.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { ArticleList, Breadcrumbs, FileList, PublishedTime, SanitizedHtml, type Crumb } from './parts.js';
import { ResponsivePicture } from './responsive-image.js';
import { TagLinks } from './tag-page.js';

export interface ArticleData {
  article: ArticleRow & { published_at: string };
  category: CategoryRow;
  trail: CategoryRow[];
  featuredImage: MediaRow | undefined;
  attachments: MediaRow[];
  /** Library images the body shows inline (made responsive when rendered). */
  inlineImages?: MediaRow[];
  /** The article's tags, each linked to its page (none in the print view). */
  tags?: TagRef[];
  /** "Tin liên quan": the related articles the editor chose that are public, in their order. */
  related?: ArticleSummary[];
  others: ArticleSummary[];
}

function ShareLinks({ url, title }: { url: string; title: string }): VNode {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return (
    <div class="share">
      <span class="share__label">{vi.share}:</span>
      <ul class="share__list">
        <li>
          <a href={`https://www.facebook.com/sharer/sharer.php?u=${u}`} rel="noopener noreferrer">
            Facebook<span class="visually-hidden"> ({vi.shareFacebook})</span>
          </a>
        </li>
        <li>
          <a href={`https://twitter.com/intent/tweet?url=${u}&text=${t}`} rel="noopener noreferrer">
            X<span class="visually-hidden"> ({vi.shareX})</span>
          </a>
        </li>
        <li>
          <a href={`mailto:?subject=${t}&body=${u}`}>{vi.shareEmail}</a>
        </li>
        <li>
          <button type="button" class="link-button" data-copy-link={url} data-copied={vi.linkCopied} hidden>
            {vi.copyLink}
          </button>
        </li>
      </ul>
    </div>
  );
}

function Tools({ path }: { path: string }): VNode {
  return (
    <div class="article-tools">
      <div class="text-size" role="group" aria-label={vi.textSize} hidden>
        {/* The letters are a visual symbol; the name comes from the hidden words (WCAG 2.5.3 label in name). */}
        <button type="button" data-text-size="-1">
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">{vi.textSmaller}</span>
        </button>
        <button type="button" data-text-size="0">
          <span aria-hidden="true">A</span>
          <span class="visually-hidden">{vi.textNormal}</span>
        </button>
        <button type="button" data-text-size="1">
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">{vi.textLarger}</span>
        </button>
      </div>
      <a class="print-link" href={`${path}?ban-in=1`} rel="nofollow">
        {vi.print}
      </a>
    </div>
  );
}

export function ArticlePage({ chrome, data, print }: { chrome: SiteChrome; data: ArticleData; print: boolean }): VNode {
  const { article, category } = data;
  const path = articlePath(category.slug, article.slug);
  const url = `${chrome.origin}${path}`;
  const crumbs: Crumb[] = [{ href: '/', label: vi.home }];
  for (const c of data.trail) crumbs.push({ href: categoryPath(c.slug), label: c.name });
  crumbs.push({ label: article.title });
  const description = article.lead || article.title;
  const image = data.featuredImage;
  const related = data.related ?? [];
  return (
    <Layout
      chrome={chrome}
      title={`${article.title} - ${chrome.site.shortName}`}
      description={description}
      path={path}
      noindex={print}
      variant={print ? 'print' : 'full'}
      meta="own"
      head={
        <ArticleMeta
          m={{
            title: article.title,
            description,
            url,
            siteName: chrome.site.name,
            siteOrigin: chrome.origin,
            section: category.name,
            author: article.author_name ?? chrome.site.name,
            publishedAt: article.published_at,
            modifiedAt: article.updated_at > article.published_at ? article.updated_at : article.published_at,
            imageUrl: image ? `${chrome.origin}${pictureParts(image).src}` : undefined,
          }}
        />
      }
    >
      {print ? (
        <p class="print-actions">
          <a href={path}>{vi.backToArticle}</a>
          <button type="button" class="link-button" data-print hidden>
            {vi.printNow}
          </button>
        </p>
      ) : (
        <Breadcrumbs items={crumbs} />
      )}
      <div class={print ? 'article-layout article-layout--print' : 'article-layout'}>
        <article class="article" lang="vi">
          <h1 class="article__title">{article.title}</h1>
          <div class="article__meta">
            <PublishedTime instant={article.published_at} />
            {print ? null : <Tools path={path} />}
          </div>
          {article.lead ? <p class="article__lead">{article.lead}</p> : null}
          {image ? (
            <figure class="article__figure">
              <ResponsivePicture media={image} alt={image.alt_text ?? ''} />
              {(article.featured_image_caption ?? image.caption) ? <figcaption>{article.featured_image_caption ?? image.caption}</figcaption> : null}
            </figure>
          ) : null}
          <SanitizedHtml class="article__body" html={withResponsiveImages(article.body_html, data.inlineImages ?? [])} />
          {article.author_name || article.source ? (
            <p class="article__byline">
              {article.author_name ? <span class="article__author">{article.author_name}</span> : null}
              {article.source ? (
                <span class="article__source">
                  {vi.source}: {article.source}
                </span>
              ) : null}
            </p>
          ) : null}
          <FileList files={data.attachments} heading={vi.attachments} id="tep-dinh-kem" />
          {print ? null : <TagLinks tags={data.tags ?? []} />}
          {print ? null : <ShareLinks url={url} title={article.title} />}
        </article>
        {print || (related.length === 0 && data.others.length === 0) ? null : (
          // One grid cell beside the article, "Tin liên quan" above "Các tin khác".
          <div class="article-aside">
            {related.length === 0 ? null : (
              <aside class="other-news related-news" aria-labelledby="tin-lien-quan">
                <h2 id="tin-lien-quan" class="section-title">
                  {vi.relatedNews}
                </h2>
                <ArticleList articles={related} showLead={false} />
              </aside>
            )}
            {data.others.length === 0 ? null : (
              <aside class="other-news" aria-labelledby="cac-tin-khac">
                <h2 id="cac-tin-khac" class="section-title">
                  {vi.otherNews}
                </h2>
                <ArticleList articles={data.others} showLead={false} />
              </aside>
            )}
          </div>
        )}
      </div>
    </Layout>
  );
}
