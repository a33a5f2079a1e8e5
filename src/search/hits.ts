/**
 * Turns the ranked documents of one result page into hits: the live content row of
 * each (title, text, path, category; read from its kind's table, kinds.ts), with the
 * title and an excerpt highlighted. The
 * excerpt is chosen in the lead and the opening of the body (EXCERPT_SOURCE_CHARS), so
 * a page of hits over very long articles costs no more than one over short ones.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toInstant } from './candidates.js';
import { excerptHtml, highlightText, htmlToPlainText } from './highlight.js';
import { searchKind, SEARCH_KIND_NAMES, type IndexedSearchKind } from './kinds.js';
import type { ParsedQuery, QueryWord } from './query.js';
import type { SearchContentType, SearchHit } from './search.js';

/** Characters of text (lead, then body) in which the excerpt is chosen: some 350 words. */
export const EXCERPT_SOURCE_CHARS = 2000;
/** Characters of sanitised body HTML read for that text: markup rarely triples the words. */
const BODY_OPENING_CHARS = 4 * EXCERPT_SOURCE_CHARS;

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
  /** The first BODY_OPENING_CHARS characters of the body HTML (all of it when shorter). */
  bodyOpening: string;
  publishedAt: string | null;
  categoryName: string | null;
  status: string;
}

/** The opening of a body, read as such from the database: a long body is never loaded whole. */
const bodyOpening = (column: 'a.body_html' | 'body_html') => sql<string>`substr(${sql.ref(column)}, 1, ${sql.lit(BODY_OPENING_CHARS)})`.as('body_opening');

/** Articles, with their category (its slug is in the article's path). */
async function loadArticles(db: Kysely<Database>, ids: number[]): Promise<Map<number, Content>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select(['a.id', 'a.site_id', 'a.slug', 'a.title', 'a.lead', bodyOpening('a.body_html'), 'a.published_at', 'a.status', 'c.slug as category_slug', 'c.name as category_name'])
    .where('a.id', 'in', ids)
    .execute();
  const { path } = searchKind('article');
  return new Map(
    rows.map((r) => [
      r.id,
      {
        siteId: r.site_id,
        path: path({ slug: r.slug, categorySlug: r.category_slug }),
        title: r.title,
        lead: r.lead,
        bodyOpening: r.body_opening,
        publishedAt: r.published_at,
        categoryName: r.category_name,
        status: r.status,
      },
    ]),
  );
}

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Rows of any other indexed kind, read by the columns its registry entry names. */
async function loadKind(db: Kysely<Database>, kind: IndexedSearchKind, ids: number[]): Promise<Map<number, Content>> {
  if (ids.length === 0) return new Map();
  const s = kind.source;
  const column = (name: string) => sql.ref(`r.${name}`);
  const lead = s.lead === null ? sql<string>`''` : column(s.lead);
  const rows = await sql<Row>`
    SELECT r.id, r.site_id, ${column(s.slug)} AS slug, ${column(s.title)} AS title, ${lead} AS lead,
      substr(${column(s.body)}, 1, ${sql.lit(BODY_OPENING_CHARS)}) AS body_opening, r.published_at, r.status
    FROM ${sql.table(s.table)} r WHERE r.id IN (${sql.join(ids)})`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      Number(r['id']),
      {
        siteId: Number(r['site_id']),
        path: kind.path({ slug: text(r['slug']), categorySlug: null }),
        title: text(r['title']),
        lead: text(r['lead']),
        bodyOpening: text(r['body_opening']),
        publishedAt: toInstant(r['published_at']),
        categoryName: null,
        status: text(r['status']),
      },
    ]),
  );
}

function loadContent(db: Kysely<Database>, kind: SearchContentType, ids: number[]): Promise<Map<number, Content>> {
  if (kind === 'article') return loadArticles(db, ids);
  const entry = searchKind(kind);
  return entry.source === undefined ? Promise.resolve(new Map<number, Content>()) : loadKind(db, { ...entry, source: entry.source }, ids);
}

/** A body opening without the tag or entity that the cut may have split. */
function wholeMarkup(opening: string): string {
  if (opening.length < BODY_OPENING_CHARS) return opening;
  let cut = opening;
  if (cut.lastIndexOf('<') > cut.lastIndexOf('>')) cut = cut.slice(0, cut.lastIndexOf('<'));
  if (cut.lastIndexOf('&') > cut.lastIndexOf(';')) cut = cut.slice(0, cut.lastIndexOf('&'));
  return cut;
}

/** The lead and the opening of the body as text, at most EXCERPT_SOURCE_CHARS, ending between words. */
export function excerptSource(lead: string, bodyOpening: string): string {
  const text = [lead, htmlToPlainText(wholeMarkup(bodyOpening))].filter((t) => t.length > 0).join(' ');
  if (text.length <= EXCERPT_SOURCE_CHARS) return text;
  const space = text.lastIndexOf(' ', EXCERPT_SOURCE_CHARS);
  return text.slice(0, space > 0 ? space : EXCERPT_SOURCE_CHARS);
}

/** Hits in the order of `refs`; a document deleted in between is skipped. */
export async function loadHits(db: Kysely<Database>, refs: readonly HitRef[], query: ParsedQuery): Promise<SearchHit[]> {
  const idsOf = (kind: SearchContentType) => refs.filter((r) => r.kind === kind).map((r) => r.refId);
  const loaded = await Promise.all(SEARCH_KIND_NAMES.map(async (kind) => [kind, await loadContent(db, kind, idsOf(kind))] as const));
  const contents = new Map(loaded);
  const hits: SearchHit[] = [];
  for (const ref of refs) {
    const content = contents.get(ref.kind)?.get(ref.refId);
    if (content === undefined) continue;
    const text = excerptSource(content.lead, content.bodyOpening);
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
