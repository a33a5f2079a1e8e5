/**
 * Machine-readable descriptions every public page carries (the layout adds them): Open
 * Graph and the Dublin Core elements Circular 24/2011/TT-BTTTT asks a state portal to
 * publish; the article page has its own richer set (article-meta.tsx) built on the same
 * Dublin Core block. The home and introduction pages also describe the agency itself as
 * JSON-LD `GovernmentOrganization`.
 */
import type { VNode } from 'preact';
import type { SiteChrome } from './chrome.js';

const SCRIPT_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

/** JSON inside <script> must not be able to close the element (one pass over the text). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => SCRIPT_ESCAPES[c] ?? c);
}

export function JsonLd({ data }: { data: Record<string, unknown> }): VNode {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
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

export interface PageMetaInput {
  title: string;
  description: string;
  url: string;
  siteName: string;
  /** ISO 8601 with the Vietnam offset: when the page last changed, when it says. */
  modifiedAt?: string | undefined;
}

export interface OpenGraphFields {
  type: 'website' | 'article';
  siteName: string;
  title: string;
  description: string;
  url: string;
  imageUrl?: string | undefined;
}

/** The Open Graph tags every page carries; an article adds its own `article:*` ones. */
export function OpenGraph({ og }: { og: OpenGraphFields }): VNode {
  return (
    <>
      <meta property="og:type" content={og.type} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:site_name" content={og.siteName} />
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={og.description} />
      <meta property="og:url" content={og.url} />
      {og.imageUrl ? <meta property="og:image" content={og.imageUrl} /> : null}
    </>
  );
}

/** Open Graph and Dublin Core for a page that is not an article. */
export function PageMeta({ m }: { m: PageMetaInput }): VNode {
  return (
    <>
      <OpenGraph og={{ type: 'website', siteName: m.siteName, title: m.title, description: m.description, url: m.url }} />
      <DublinCore dc={{ title: m.title, description: m.description, publisher: m.siteName, identifier: m.url, date: m.modifiedAt }} />
    </>
  );
}

/** The agency the site speaks for, as schema.org describes a government body. */
export function organizationJsonLd(chrome: SiteChrome): Record<string, unknown> {
  const { site, origin } = chrome;
  const parent = chrome.sites.find((s) => s.id === site.parentId);
  const { address, email, phone } = site.contact;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: site.name,
    alternateName: site.shortName,
    url: `${origin}/`,
    logo: `${origin}/assets/emblem.svg`,
    inLanguage: 'vi',
    ...(address ? { address: { '@type': 'PostalAddress', streetAddress: address, addressCountry: 'VN' } } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { telephone: phone } : {}),
    ...(parent !== undefined && parent.id !== site.id
      ? { parentOrganization: { '@type': 'GovernmentOrganization', name: parent.name, url: `${chrome.originOf(parent)}/` } }
      : {}),
  };
}
