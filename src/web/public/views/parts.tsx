/** Small pieces shared by public pages: breadcrumbs, article lists, pagination, dates. */
import type { VNode } from 'preact';
import type { ArticleSummary } from '../../../articles/articles.repo.js';
import type { MediaRow } from '../../../db/schema.js';
import { mediaUrl } from '../../../media/media.repo.js';
import { formatVietnamDate, formatVietnamDateTime, toVietnamIso } from '../../../text/index.js';
import { encodeListCursor } from '../../../publishing/list-cursor.js';
import type { ListPosition, ListWindow } from '../../../publishing/list-window.js';
import { articlePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }): VNode {
  return (
    <nav class="breadcrumbs" aria-label={vi.breadcrumbs}>
      <ol>
        {items.map((item) => (
          <li>{item.href !== undefined ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function PublishedTime({ instant }: { instant: string }): VNode {
  return <time datetime={toVietnamIso(instant)}>{formatVietnamDateTime(instant)}</time>;
}

export function ArticleList({ articles, headingLevel = 3, showLead = true }: { articles: ArticleSummary[]; headingLevel?: 2 | 3; showLead?: boolean }): VNode {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="article-list">
      {articles.map((a) => (
        <li class="article-list__item">
          <Heading class="article-list__title">
            <a href={articlePath(a.categorySlug, a.slug)}>{a.title}</a>
          </Heading>
          <p class="article-list__meta">
            <PublishedTime instant={a.publishedAt} />
          </p>
          {showLead && a.lead ? <p class="article-list__lead">{a.lead}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function Pagination({ basePath, page, pages }: { basePath: string; page: number; pages: number }): VNode | null {
  if (pages <= 1) return null;
  // A base path may carry its own query (search: /tim-kiem?q=…): the page number joins it.
  const href = (n: number) => (n === 1 ? basePath : `${basePath}${basePath.includes('?') ? '&' : '?'}trang=${n}`);
  return (
    <nav class="pagination" aria-label={vi.pagination}>
      {page > 1 ? (
        <a class="pagination__prev" href={href(page - 1)} rel="prev">
          {vi.previousPage}
        </a>
      ) : null}
      <span class="pagination__status">{vi.pageOf(page, pages)}</span>
      {page < pages ? (
        <a class="pagination__next" href={href(page + 1)} rel="next">
          {vi.nextPage}
        </a>
      ) : null}
    </nav>
  );
}

/**
 * The one place that inserts stored HTML unescaped. Its input is the output of
 * sanitizeRichText (html/sanitize.ts), applied whenever rich text is saved.
 */
export function SanitizedHtml({ html, class: className }: { html: string; class?: string }): VNode {
  return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Files to download under their heading (an article's attachments, a draft's files); nothing when there are none. */
export function FileList({ files, heading, id }: { files: readonly MediaRow[]; heading: string; id: string }): VNode | null {
  if (files.length === 0) return null;
  return (
    <section class="attachments" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {files.map((m) => (
          <li>
            <a href={mediaUrl(m)} download={m.original_name}>
              {m.original_name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The address of a keyset list page: the list's own for the top, else its cursor (`?cu-hon=`, `?moi-hon=`). */
export function listPageHref(basePath: string, at: ListPosition | undefined): string {
  if (at === undefined) return basePath;
  if (at.kind === 'page') return at.page === 1 ? basePath : `${basePath}?trang=${at.page}`;
  return `${basePath}?${at.kind === 'older' ? 'cu-hon' : 'moi-hon'}=${encodeListCursor(at.from)}`;
}

/** "từ 01-12-2026 đến 05-12-2026" of a page's rows (newest first), for its title; empty for none. */
export function listDateRange(articles: readonly ArticleSummary[]): { from: string; to: string } | undefined {
  const newest = articles[0];
  const oldest = articles[articles.length - 1];
  return newest === undefined || oldest === undefined ? undefined : { from: formatVietnamDate(oldest.publishedAt), to: formatVietnamDate(newest.publishedAt) };
}

/**
 * "Tin mới hơn" / "Tin cũ hơn" of a keyset list, in the look of Pagination above, with
 * where the page stands said as its dates ("Tin từ ngày … đến ngày …"): a page number
 * cannot be known without counting every row before it.
 */
export function KeysetPagination({ basePath, window }: { basePath: string; window: Pick<ListWindow, 'articles' | 'newer' | 'older'> }): VNode | null {
  const { newer, older } = window;
  if (newer === undefined && older === undefined) return null;
  const range = listDateRange(window.articles);
  const newerHref = newer === undefined ? undefined : newer.kind === 'top' ? basePath : listPageHref(basePath, { kind: 'newer', from: newer.from });
  return (
    <nav class="pagination" aria-label={vi.pagination}>
      {newerHref !== undefined ? (
        <a class="pagination__prev" href={newerHref} rel="prev">
          {vi.keyset.newer}
        </a>
      ) : null}
      <span class="pagination__status">{range === undefined ? vi.keyset.noOlder : vi.keyset.range(range.from, range.to)}</span>
      {older !== undefined ? (
        <a class="pagination__next" href={listPageHref(basePath, { kind: 'older', from: older })} rel="next">
          {vi.keyset.older}
        </a>
      ) : null}
    </nav>
  );
}
