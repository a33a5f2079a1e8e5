/** The frame of every public page: head, header with emblem and name, menu, footer. */
import type { ComponentChildren, VNode } from 'preact';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { ArchivedBanner } from './archived-banner.js';
import { SiteFooter } from './footer.js';
import { SiteHeader } from './header.js';
import { PageMeta } from './page-meta.js';

export interface LayoutProps {
  chrome: SiteChrome;
  /** Full <title>. */
  title: string;
  /** The page's own name, without the site's (Open Graph, Dublin Core); the full title when absent. */
  name?: string | undefined;
  description?: string | undefined;
  /** Path of this page, for canonical links and the active menu item. */
  path: string;
  /** Extra tags for <head>, such as JSON-LD. */
  head?: ComponentChildren;
  /**
   * `page` (the default): the layout adds Open Graph and Dublin Core from the title and
   * description; `own`: the page brings its own in `head` (the article page).
   */
  meta?: 'page' | 'own';
  /** ISO 8601 with the Vietnam offset: when the content last changed, if the page knows. */
  modifiedAt?: string | undefined;
  noindex?: boolean;
  /** The print view drops the menu and footer. */
  variant?: 'full' | 'print';
  /** The language of the page's content: Vietnamese unless it is an English page (/en). */
  lang?: 'vi' | 'en';
  children: ComponentChildren;
}

/** Theme colours and assets change with a deploy, not with each request. */
export const ASSET_VERSION = '3';

export function Layout(props: LayoutProps): VNode {
  const { chrome, variant = 'full' } = props;
  const canonical = `${chrome.origin}${props.path}`;
  // Every page says what it is; a page without its own words is described by its title.
  const description = props.description ?? props.title;
  return (
    <html lang={props.lang ?? vi.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" content={description} />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="stylesheet" href={`/assets/site.css?v=${ASSET_VERSION}`} />
        <link rel="stylesheet" href={`/giao-dien.css?v=${encodeURIComponent(chrome.site.updatedAt)}`} />
        <link rel="icon" href="/assets/emblem.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/rss+xml" title={`${vi.rssFeed} - ${chrome.site.shortName}`} href="/rss.xml" />
        {props.meta === 'own' ? null : <PageMeta m={{ title: props.name ?? props.title, description, url: canonical, siteName: chrome.site.name, modifiedAt: props.modifiedAt }} />}
        {props.head}
        <script src={`/assets/site.js?v=${ASSET_VERSION}`} defer></script>
      </head>
      <body class={variant === 'print' ? 'print-view' : undefined}>
        <a class="skip-link" href="#noi-dung">{vi.skipToContent}</a>
        <SiteHeader chrome={chrome} path={props.path} compact={variant === 'print'} />
        <ArchivedBanner chrome={chrome} />
        <main id="noi-dung" class="container main" tabIndex={-1}>
          {props.children}
        </main>
        {variant === 'print' ? null : <SiteFooter chrome={chrome} />}
      </body>
    </html>
  );
}
