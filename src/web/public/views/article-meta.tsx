/**
 * Machine-readable descriptions of an article: Open Graph, JSON-LD NewsArticle and
 * the Dublin Core elements that Vietnamese rules ask government portals to publish.
 */
import type { VNode } from 'preact';
import { toVietnamIso } from '../../../text/index.js';

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

/** JSON inside <script> must not be able to close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
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
      <meta property="og:type" content="article" />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:site_name" content={m.siteName} />
      <meta property="og:title" content={m.title} />
      <meta property="og:description" content={m.description} />
      <meta property="og:url" content={m.url} />
      {m.imageUrl ? <meta property="og:image" content={m.imageUrl} /> : null}
      <meta property="article:published_time" content={published} />
      <meta property="article:modified_time" content={modified} />
      <meta property="article:section" content={m.section} />
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={m.title} />
      <meta name="DC.creator" content={m.author} />
      <meta name="DC.subject" content={m.section} />
      <meta name="DC.description" content={m.description} />
      <meta name="DC.publisher" content={m.siteName} />
      <meta name="DC.date" content={published} />
      <meta name="DC.type" content="Text" />
      <meta name="DC.format" content="text/html" />
      <meta name="DC.identifier" content={m.url} />
      <meta name="DC.language" content="vi" />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
    </>
  );
}
