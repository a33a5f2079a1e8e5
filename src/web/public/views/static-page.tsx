/** A static page such as Giới thiệu or Liên hệ. */
import type { VNode } from 'preact';
import type { PageRow } from '../../../db/schema.js';
import { pagePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { Breadcrumbs, SanitizedHtml } from './parts.js';

export function StaticPage({ chrome, page }: { chrome: SiteChrome; page: PageRow }): VNode {
  return (
    <Layout chrome={chrome} title={`${page.title} - ${chrome.site.shortName}`} description={`${page.title} - ${chrome.site.name}`} path={pagePath(page.slug)}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: page.title }]} />
      <article class="article">
        <h1 class="article__title">{page.title}</h1>
        <SanitizedHtml class="article__body" html={page.body_html} />
      </article>
    </Layout>
  );
}
