/**
 * Test support: what search should find, computed the slow, obvious way from the
 * content tables (every published article and page, its words folded in TypeScript),
 * independently of the index, the triggers and the engines. Tests compare the real
 * search with it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { exactText, foldedText } from '../../text/index.js';
import { htmlToPlainText } from '../highlight.js';
import { parseQuery, type QueryWord } from '../query.js';
import type { SearchContentType } from '../search.js';

export interface OracleDoc {
  key: string;
  type: SearchContentType;
  id: number;
  siteId: number;
  categoryId: number | null;
  title: string;
  publishedAt: string | null;
  /** Folded words of title, lead and body. */
  fields: { title: string[]; lead: string[]; body: string[] };
  exactTitle: string[];
}

export const docKey = (type: SearchContentType, id: number) => `${type}:${id}`;

const words = (text: string) => (text === '' ? [] : text.split(' '));

export async function loadOracle(db: Kysely<Database>): Promise<OracleDoc[]> {
  const articles = await db.selectFrom('articles').select(['id', 'site_id', 'category_id', 'title', 'lead', 'body_html', 'published_at']).where('status', '=', 'published').execute();
  const pages = await db.selectFrom('pages').select(['id', 'site_id', 'title', 'body_html', 'published_at']).where('status', '=', 'published').execute();
  const doc = (type: SearchContentType, id: number, siteId: number, categoryId: number | null, title: string, lead: string, html: string, publishedAt: string | null): OracleDoc => ({
    key: docKey(type, id),
    type,
    id,
    siteId,
    categoryId,
    title,
    publishedAt,
    fields: { title: words(foldedText(title)), lead: words(foldedText(lead)), body: words(foldedText(htmlToPlainText(html))) },
    exactTitle: words(exactText(title)),
  });
  return [
    ...articles.map((a) => doc('article', a.id, a.site_id, a.category_id, a.title, a.lead, a.body_html, a.published_at)),
    ...pages.map((p) => doc('page', p.id, p.site_id, null, p.title, '', p.body_html, p.published_at)),
  ];
}

/** Whether `sequence` occurs contiguously in `list` (the last word as a prefix when asked). */
export function containsSequence(list: readonly string[], sequence: readonly QueryWord[]): boolean {
  for (let start = 0; start + sequence.length <= list.length; start += 1) {
    const ok = sequence.every((w, i) => {
      const word = list[start + i] ?? '';
      return w.prefix ? word.startsWith(w.folded) : word === w.folded;
    });
    if (ok) return true;
  }
  return false;
}

/** The documents a query must find: every word (or quoted phrase) in one of the fields. */
export function oracleMatches(docs: readonly OracleDoc[], text: string): OracleDoc[] {
  const query = parseQuery(text);
  if (query.words.length === 0) return [];
  return docs.filter((d) => query.groups.every((group) => Object.values(d.fields).some((field) => containsSequence(field, group))));
}

/** Folded words of a phrase as query words (no prefix), for title checks. */
export function phraseWords(text: string): QueryWord[] {
  return foldedText(text)
    .split(' ')
    .map((folded) => ({ folded, exact: null, prefix: false }));
}
