/** The frame of every public page: head, header with emblem and name, menu, footer. */
import type { ComponentChildren, VNode } from 'preact';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { SiteFooter } from './footer.js';
import { SiteHeader } from './header.js';

export interface LayoutProps {
  chrome: SiteChrome;
  /** Full <title>. */
  title: string;
  description?: string | undefined;
  /** Path of this page, for canonical links and the active menu item. */
  path: string;
  /** Extra tags for <head>: Open Graph, JSON-LD, Dublin Core. */
  head?: ComponentChildren;
  noindex?: boolean;
  /** The print view drops the menu and footer. */
  variant?: 'full' | 'print';
  children: ComponentChildren;
}

/** Theme colours and assets change with a deploy, not with each request. */
export const ASSET_VERSION = '1';

export function Layout(props: LayoutProps): VNode {
  const { chrome, variant = 'full' } = props;
  const canonical = `${chrome.origin}${props.path}`;
  return (
    <html lang={vi.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="stylesheet" href={`/assets/site.css?v=${ASSET_VERSION}`} />
        <link rel="stylesheet" href={`/giao-dien.css?v=${encodeURIComponent(chrome.site.updatedAt)}`} />
        <link rel="icon" href="/assets/emblem.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/rss+xml" title={`${vi.rssFeed} - ${chrome.site.shortName}`} href="/rss.xml" />
        {props.head}
        <script src={`/assets/site.js?v=${ASSET_VERSION}`} defer></script>
      </head>
      <body class={variant === 'print' ? 'print-view' : undefined}>
        <a class="skip-link" href="#noi-dung">{vi.skipToContent}</a>
        <SiteHeader chrome={chrome} path={props.path} compact={variant === 'print'} />
        {chrome.site.status === 'archived' ? (
          <div class="banner-archived" role="note">
            <div class="container">{vi.archivedBanner}</div>
          </div>
        ) : null}
        <main id="noi-dung" class="container main" tabIndex={-1}>
          {props.children}
        </main>
        {variant === 'print' ? null : <SiteFooter chrome={chrome} />}
      </body>
    </html>
  );
}
