/**
 * The public views of topics: /chuyen-de (the topics a site shows, with their dates
 * and description) and /chuyen-de/{slug} (the topic, then its articles of every site,
 * newest first, each naming its site and linking to the article on that site).
 */
import type { VNode } from 'preact';
import type { MediaRow, TopicRow } from '../../../db/schema.js';
import { TOPICS_PATH, topicFeedPath, topicPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, PublishedTime } from '../views/parts.js';
import { ResponsivePicture } from '../views/responsive-image.js';
import { topicsVi as t } from './messages.js';

function Day({ value }: { value: string }): VNode {
  return <time datetime={value}>{t.day(value)}</time>;
}

/** "15/11/2022 – 15/12/2022", "Từ 15/11/2022", or nothing. */
function Dates({ topic }: { topic: TopicRow }): VNode | null {
  const { starts_on: from, ends_on: to } = topic;
  if (from !== null && to !== null) {
    return (
      <>
        <Day value={from} /> – <Day value={to} />
      </>
    );
  }
  if (from !== null) return <>{t.from(t.day(from))}</>;
  if (to !== null) return <>{t.until(t.day(to))}</>;
  return null;
}

/** Paragraphs of plain text: lines joined, split at blank lines (no pattern over the reader-facing text). */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) out.push(current.join(' '));
      current = [];
    } else current.push(trimmed);
  }
  if (current.length > 0) out.push(current.join(' '));
  return out;
}

/** The description as the owner wrote it: paragraphs split at blank lines, escaped by preact. */
function Paragraphs({ text }: { text: string }): VNode | null {
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  return (
    <div class="topic-description">
      {parts.map((p) => (
        <p>{p}</p>
      ))}
    </div>
  );
}

const feedLink = (chrome: SiteChrome, topic: TopicRow) => <link rel="alternate" type="application/rss+xml" title={`${t.rss} - ${topic.title}`} href={topicFeedPath(topic.slug)} />;

export function TopicListPage({ chrome, topics }: { chrome: SiteChrome; topics: TopicRow[] }): VNode {
  return (
    <Layout chrome={chrome} title={`${t.title} - ${chrome.site.shortName}`} name={t.title} description={t.lead(chrome.site.name)} path={TOPICS_PATH}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.lead(chrome.site.name)}</p>
      {topics.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="article-list topic-list">
          {topics.map((topic) => {
            const dates = <Dates topic={topic} />;
            return (
              <li class="article-list__item">
                <h2 class="article-list__title">
                  <a href={topicPath(topic.slug)}>{topic.title}</a>
                </h2>
                {topic.starts_on === null && topic.ends_on === null ? null : <p class="article-list__meta">{dates}</p>}
                {topic.description === '' ? null : <p class="article-list__lead">{paragraphs(topic.description)[0]}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

/** One article of the topic: its link on its own site (absolute when that is another site). */
export interface TopicArticleItem {
  title: string;
  lead: string;
  publishedAt: string;
  href: string;
  siteName: string;
  /** Whether the article is on the site being read. */
  here: boolean;
}

export interface TopicPageData {
  topic: TopicRow;
  image: MediaRow | undefined;
  items: TopicArticleItem[];
  total: number;
  page: number;
  pages: number;
}

export function TopicPage({ chrome, data }: { chrome: SiteChrome; data: TopicPageData }): VNode {
  const { topic, page, pages } = data;
  const suffix = page > 1 ? ` - ${vi.pageOf(page, pages)}` : '';
  const path = topicPath(topic.slug);
  return (
    <Layout
      chrome={chrome}
      title={`${topic.title}${suffix} - ${t.title} - ${chrome.site.shortName}`}
      name={topic.title}
      description={topic.description === '' ? topic.title : topic.description.slice(0, 300)}
      path={page > 1 ? `${path}?trang=${page}` : path}
      head={feedLink(chrome, topic)}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: TOPICS_PATH, label: t.title }, { label: topic.title }]} />
      <h1>{topic.title}</h1>
      {topic.starts_on === null && topic.ends_on === null ? null : (
        <p class="article-list__meta topic-dates">
          {t.dates}: <Dates topic={topic} />
        </p>
      )}
      {data.image !== undefined && data.image.kind === 'image' ? (
        <figure class="topic-image">
          <ResponsivePicture media={data.image} alt={data.image.alt_text ?? ''} sizes="(min-width: 64em) 48rem, 100vw" />
        </figure>
      ) : null}
      <Paragraphs text={topic.description} />
      <section aria-labelledby="cd-tin-bai">
        <h2 id="cd-tin-bai" class="section-title">
          {t.articles}
        </h2>
        <p class="article-list__meta">{t.count(data.total)}</p>
        {data.items.length === 0 ? (
          <p>{t.noArticles}</p>
        ) : (
          <ul class="article-list">
            {data.items.map((a) => (
              <li class="article-list__item">
                <h3 class="article-list__title">
                  <a href={a.href}>{a.title}</a>
                </h3>
                <p class="article-list__meta">
                  <PublishedTime instant={a.publishedAt} /> · <span class="topic-source">{a.siteName}</span>
                  {a.here ? null : <span class="visually-hidden"> ({t.otherSite})</span>}
                </p>
                {a.lead === '' ? null : <p class="article-list__lead">{a.lead}</p>}
              </li>
            ))}
          </ul>
        )}
        <Pagination basePath={path} page={page} pages={pages} />
      </section>
      <p class="rss-link">
        <a href={topicFeedPath(topic.slug)}>
          {vi.rssFeed}: {t.rss}
        </a>
      </p>
    </Layout>
  );
}
