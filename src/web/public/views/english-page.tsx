/** The English pages: one page at /en/{slug}, and the index at /en (with the introduction's text when there is one). */
import type { VNode } from 'preact';
import type { PageRow } from '../../../db/schema.js';
import { toVietnamIso } from '../../../text/index.js';
import { ENGLISH_HOME_PATH, englishPagePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { Breadcrumbs, SanitizedHtml } from './parts.js';

export function EnglishPage({ chrome, page }: { chrome: SiteChrome; page: PageRow }): VNode {
  const m = vi.english;
  return (
    <Layout
      chrome={chrome}
      lang="en"
      title={`${page.title} - ${chrome.site.shortName}`}
      name={page.title}
      description={page.description.trim() === '' ? page.title : page.description}
      path={englishPagePath(page.slug)}
      modifiedAt={toVietnamIso(page.updated_at)}
    >
      <Breadcrumbs items={[{ href: '/', label: m.home }, { href: ENGLISH_HOME_PATH, label: m.index }, { label: page.title }]} />
      <article class="article">
        <h1 class="article__title">{page.title}</h1>
        <SanitizedHtml class="article__body" html={page.body_html} />
      </article>
    </Layout>
  );
}

/** /en: the introduction's text when it is published, and the list of every English page. */
export function EnglishIndex({ chrome, pages, introduction }: { chrome: SiteChrome; pages: PageRow[]; introduction: PageRow | undefined }): VNode {
  const m = vi.english;
  const title = introduction?.title ?? m.index;
  return (
    <Layout chrome={chrome} lang="en" title={`${title} - ${chrome.site.shortName}`} name={title} description={m.indexDescription(chrome.site.shortName)} path={ENGLISH_HOME_PATH}>
      <Breadcrumbs items={[{ href: '/', label: m.home }, { label: m.index }]} />
      <h1>{title}</h1>
      {introduction === undefined ? null : <SanitizedHtml class="article__body" html={introduction.body_html} />}
      {pages.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <ul class="english-pages">
          {pages.map((p) => (
            <li>
              <a href={englishPagePath(p.slug)}>{p.title}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
