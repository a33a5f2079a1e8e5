/**
 * Machine-readable descriptions of an article: Open Graph, JSON-LD NewsArticle and
 * the Dublin Core elements that Vietnamese rules ask government portals to publish.
 */
import type { VNode } from 'preact';
import { toVietnamIso } from '../../../text/index.js';
import { DublinCore, JsonLd, OpenGraph } from './page-meta.js';

export interface ArticleMetaInput {
  title: string;
  description: string;
  url: string;
  siteName: string;
  siteOrigin: string;
  section: string;
  author: string;
  publishedAt: string;
  modifiedAt: string;
  imageUrl?: string | undefined;
}


export function ArticleMeta({ m }: { m: ArticleMetaInput }): VNode {
  const published = toVietnamIso(m.publishedAt);
  const modified = toVietnamIso(m.modifiedAt);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: m.title,
    description: m.description,
    datePublished: published,
    dateModified: modified,
    inLanguage: 'vi',
    articleSection: m.section,
    mainEntityOfPage: { '@type': 'WebPage', '@id': m.url },
    url: m.url,
    author: { '@type': 'Person', name: m.author },
    publisher: {
      '@type': 'GovernmentOrganization',
      name: m.siteName,
      url: `${m.siteOrigin}/`,
      logo: { '@type': 'ImageObject', url: `${m.siteOrigin}/assets/emblem.svg` },
    },
    ...(m.imageUrl ? { image: [m.imageUrl] } : {}),
  };
  return (
    <>
      <OpenGraph og={{ type: 'article', siteName: m.siteName, title: m.title, description: m.description, url: m.url, imageUrl: m.imageUrl }} />
      <meta property="article:published_time" content={published} />
      <meta property="article:modified_time" content={modified} />
      <meta property="article:section" content={m.section} />
      <DublinCore
        dc={{ title: m.title, creator: m.author, subject: m.section, description: m.description, publisher: m.siteName, date: published, identifier: m.url }}
      />
      <JsonLd data={jsonLd} />
    </>
  );
}
