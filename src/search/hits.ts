/**
 * Turns the ranked documents of one result page into hits: the live article or page
 * (title, text, path, category), with the title and an excerpt highlighted.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { articlePath, pagePath } from '../urls/paths.js';
import { excerptHtml, highlightText, htmlToPlainText } from './highlight.js';
import type { ParsedQuery, QueryWord } from './query.js';
import type { SearchContentType, SearchHit } from './search.js';

export interface HitRef {
  kind: SearchContentType;
  refId: number;
  /** The words to mark in this hit, when not the query's own (near matches). */
  marks?: readonly QueryWord[];
}

interface Content {
  siteId: number;
  path: string;
  title: string;
  lead: string;
  bodyHtml: string;
  publishedAt: string | null;
  categoryName: string | null;
  status: string;
}

async function loadArticles(db: Kysely<Database>, ids: number[]): Promise<Map<number, Content>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select(['a.id', 'a.site_id', 'a.slug', 'a.title', 'a.lead', 'a.body_html', 'a.published_at', 'a.status', 'c.slug as category_slug', 'c.name as category_name'])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        siteId: r.site_id,
        path: articlePath(r.category_slug, r.slug),
        title: r.title,
        lead: r.lead,
        bodyHtml: r.body_html,
        publishedAt: r.published_at,
        categoryName: r.category_name,
        status: r.status,
      },
    ]),
  );
}

async function loadPages(db: Kysely<Database>, ids: number[]): Promise<Map<number, Content>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('pages').select(['id', 'site_id', 'slug', 'title', 'body_html', 'published_at', 'status']).where('id', 'in', ids).execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { siteId: r.site_id, path: pagePath(r.slug), title: r.title, lead: '', bodyHtml: r.body_html, publishedAt: r.published_at, categoryName: null, status: r.status },
    ]),
  );
}

/** Hits in the order of `refs`; a document deleted in between is skipped. */
export async function loadHits(db: Kysely<Database>, refs: readonly HitRef[], query: ParsedQuery): Promise<SearchHit[]> {
  const idsOf = (kind: SearchContentType) => refs.filter((r) => r.kind === kind).map((r) => r.refId);
  const [articles, pages] = await Promise.all([loadArticles(db, idsOf('article')), loadPages(db, idsOf('page'))]);
  const hits: SearchHit[] = [];
  for (const ref of refs) {
    const content = (ref.kind === 'article' ? articles : pages).get(ref.refId);
    if (content === undefined) continue;
    const text = [content.lead, htmlToPlainText(content.bodyHtml)].filter((t) => t.length > 0).join(' ');
    const marks = ref.marks ?? query.words;
    hits.push({
      type: ref.kind,
      id: ref.refId,
      siteId: content.siteId,
      path: content.path,
      title: content.title,
      titleHtml: highlightText(content.title, marks),
      snippetHtml: excerptHtml(text, marks),
      publishedAt: content.publishedAt,
      categoryName: content.categoryName,
      status: content.status,
    });
  }
  return hits;
}
