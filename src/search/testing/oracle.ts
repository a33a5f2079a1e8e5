/**
 * Test support: what search should find, computed the slow, obvious way from the
 * content tables (every published article and page, its words folded in TypeScript),
 * independently of the index, the triggers and the engines. Tests compare the real
 * search with it.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { exactText, foldedText } from '../../text/index.js';
import { htmlToPlainText } from '../highlight.js';
import { indexedKinds } from '../kinds.js';
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
  const docs: OracleDoc[] = [];
  // Every kind the index holds, read from its table by the registry's columns.
  for (const k of indexedKinds()) {
    const s = k.source;
    const rows = await sql<OracleRow>`SELECT id, site_id, ${s.category === null ? sql`NULL` : sql.ref(s.category)} AS category_id, ${sql.ref(s.title)} AS title,
        ${s.lead === null ? sql`''` : sql.ref(s.lead)} AS lead, ${sql.ref(s.body)} AS body_html, published_at
      FROM ${sql.table(s.table)} WHERE status = 'published'`.execute(db);
    for (const r of rows.rows) docs.push(doc(k.kind, Number(r.id), Number(r.site_id), r.category_id === null ? null : Number(r.category_id), r.title, r.lead, r.body_html, r.published_at));
  }
  return docs;
}

interface OracleRow {
  id: number | string;
  site_id: number | string;
  category_id: number | string | null;
  title: string;
  lead: string;
  body_html: string;
  published_at: string | null;
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
