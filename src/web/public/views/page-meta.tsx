/**
 * Machine-readable descriptions of a page that is not an article — the home page and
 * the static pages (introduction, contact…): Open Graph, JSON-LD and the Dublin Core
 * elements Circular 24/2011/TT-BTTTT asks a state portal to publish on them too. The
 * Dublin Core block is shared with the article page (article-meta.tsx).
 */
import type { VNode } from 'preact';

/** JSON inside <script> must not be able to close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface DublinCoreFields {
  title: string;
  description: string;
  publisher: string;
  identifier: string;
  creator?: string | undefined;
  subject?: string | undefined;
  /** ISO 8601 with the Vietnam offset. */
  date?: string | undefined;
}

export function DublinCore({ dc }: { dc: DublinCoreFields }): VNode {
  return (
    <>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={dc.title} />
      <meta name="DC.creator" content={dc.creator ?? dc.publisher} />
      {dc.subject ? <meta name="DC.subject" content={dc.subject} /> : null}
      <meta name="DC.description" content={dc.description} />
      <meta name="DC.publisher" content={dc.publisher} />
      {dc.date ? <meta name="DC.date" content={dc.date} /> : null}
      <meta name="DC.type" content="Text" />
      <meta name="DC.format" content="text/html" />
      <meta name="DC.identifier" content={dc.identifier} />
      <meta name="DC.language" content="vi" />
    </>
  );
}

export interface WebPageMetaInput {
  title: string;
  description: string;
  url: string;
  siteName: string;
  siteOrigin: string;
  /** The home page describes the agency itself; another page is a page of its site. */
  kind: 'home' | 'page';
  /** ISO 8601 with the Vietnam offset: when the page last changed. */
  modifiedAt?: string | undefined;
}

export function WebPageMeta({ m }: { m: WebPageMetaInput }): VNode {
  const organisation = { '@type': 'GovernmentOrganization', name: m.siteName, url: `${m.siteOrigin}/`, logo: `${m.siteOrigin}/assets/emblem.svg` };
  const jsonLd =
    m.kind === 'home'
      ? { '@context': 'https://schema.org', '@type': 'WebSite', name: m.siteName, url: m.url, inLanguage: 'vi', publisher: organisation }
      : {
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          name: m.title,
          description: m.description,
          url: m.url,
          inLanguage: 'vi',
          ...(m.modifiedAt ? { dateModified: m.modifiedAt } : {}),
          isPartOf: { '@type': 'WebSite', name: m.siteName, url: `${m.siteOrigin}/` },
          publisher: organisation,
        };
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:site_name" content={m.siteName} />
      <meta property="og:title" content={m.title} />
      <meta property="og:description" content={m.description} />
      <meta property="og:url" content={m.url} />
      <DublinCore dc={{ title: m.title, description: m.description, publisher: m.siteName, identifier: m.url, date: m.modifiedAt }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
    </>
  );
}
