/**
 * Public articles of a site offered to an editor as "Tin liên quan" of one article:
 * what the site's search finds for the editor's words, or else for the article's title.
 * A search needs all its words (search/query.ts), so a whole title finds little but
 * itself: the title is searched as its pairs of neighbouring words ("chuyển đổi",
 * "đổi số" — Vietnamese words are mostly two syllables), and the articles matching
 * the most pairs come first. Nothing found from the title: the newest of its category.
 */
import type { Kysely } from 'kysely';
import { otherArticlesInCategory, publishedArticlesByIds, type ArticleSummary } from '../articles/articles.repo.js';
import type { Database } from '../db/schema.js';
import type { SearchService } from '../search/search.js';
import { searchWords } from '../text/index.js';

export const MAX_SUGGESTIONS = 10;
const MAX_TITLE_QUERIES = 8;
/** Ranked matches read per query: enough that dropping the article itself and non-public ones leaves ten. */
const MATCHES_PER_QUERY = 40;

/** The title's pairs of neighbouring words as quoted phrases (a one-word title: that word), at most eight. */
export function titleQueries(title: string): string[] {
  const words = searchWords(title).map((w) => w.replace(/["“”„]/gu, '')).filter((w) => w.length > 0);
  if (words.length === 1) return words;
  const pairs = words.slice(1).map((word, i) => `"${words[i] ?? ''} ${word}"`);
  return [...new Set(pairs)].slice(0, MAX_TITLE_QUERIES);
}

/** Ids found by each query, merged: found by more queries first, then by the best rank. */
export function mergeRankings(rankings: readonly (readonly number[])[]): number[] {
  const tally = new Map<number, { hits: number; best: number }>();
  for (const ids of rankings) {
    ids.forEach((id, rank) => {
      const t = tally.get(id);
      tally.set(id, t === undefined ? { hits: 1, best: rank } : { hits: t.hits + 1, best: Math.min(t.best, rank) });
    });
  }
  return [...tally.entries()].sort(([, a], [, b]) => b.hits - a.hits || a.best - b.best).map(([id]) => id);
}

export interface SuggestionTarget {
  id: number;
  siteId: number;
  title: string;
  categoryId: number;
}

export async function suggestRelated(
  db: Kysely<Database>,
  search: Pick<SearchService, 'rankedIds'> | undefined,
  article: SuggestionTarget,
  q: string | undefined,
): Promise<ArticleSummary[]> {
  const typed = q !== undefined && q.length > 0;
  const queries = typed ? [q] : titleQueries(article.title);
  const rankings =
    search === undefined
      ? []
      : await Promise.all(
          queries.map(async (text) =>
            (await search.rankedIds({ text, siteIds: [article.siteId], type: 'article', limit: MATCHES_PER_QUERY }))
              .filter((r) => r.type === 'article')
              .map((r) => r.id),
          ),
        );
  const ids = mergeRankings(rankings).filter((id) => id !== article.id);
  // publishedArticlesByIds passes the read gate and keeps the order.
  const found = (await publishedArticlesByIds(db, article.siteId, ids.slice(0, MATCHES_PER_QUERY))).slice(0, MAX_SUGGESTIONS);
  if (found.length > 0 || typed) return found;
  return otherArticlesInCategory(db, article.categoryId, MAX_SUGGESTIONS, article.id);
}
