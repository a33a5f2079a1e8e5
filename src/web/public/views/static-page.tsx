/** A static page such as Giới thiệu or Liên hệ. */
import type { VNode } from 'preact';
import type { PageRow } from '../../../db/schema.js';
import { toVietnamIso } from '../../../text/index.js';
import { INTRODUCTION_SLUG, pagePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { JsonLd, organizationJsonLd } from './page-meta.js';
import { Breadcrumbs, SanitizedHtml } from './parts.js';

export function StaticPage({ chrome, page }: { chrome: SiteChrome; page: PageRow }): VNode {
  const path = pagePath(page.slug);
  // The editor's meta description when one was written; the title and site name otherwise.
  const description = page.description.trim() === '' ? `${page.title} - ${chrome.site.name}` : page.description;
  return (
    <Layout
      chrome={chrome}
      title={`${page.title} - ${chrome.site.shortName}`}
      name={page.title}
      description={description}
      path={path}
      modifiedAt={toVietnamIso(page.updated_at)}
      head={page.slug === INTRODUCTION_SLUG ? <JsonLd data={organizationJsonLd(chrome)} /> : null}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: page.title }]} />
      <article class="article">
        <h1 class="article__title">{page.title}</h1>
        <SanitizedHtml class="article__body" html={page.body_html} />
      </article>
    </Layout>
  );
}
