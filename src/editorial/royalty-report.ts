/**
 * The monthly royalty report: articles of a site first published in a calendar month
 * of Vietnam time, one line per author and article (an article without listed
 * authors counts its byline, or its creator, as sole author with 100 %).
 */
import type { Kysely } from 'kysely';
import type { ArticleStatus, Database } from '../db/schema.js';
import { formatVietnamDateTime, vietnamMonthRange } from '../time/vietnam-time.js';

type Conn = Kysely<Database>;


export interface RoyaltyLine {
  authorName: string;
  userId: number | null;
  share: number;
  articleId: number;
  title: string;
  categoryName: string;
  publishedAt: string;
  publishedAtLocal: string;
  status: ArticleStatus;
  genre: string | null;
  coefficient: number | null;
  isReprint: boolean;
  /** coefficient × share / 100, when graded. */
  points: number | null;
}

export interface RoyaltyReport {
  month: string;
  from: string;
  to: string;
  lines: RoyaltyLine[];
  authors: { authorName: string; userId: number | null; articles: number; points: number }[];
}

/** [start, end) of a "YYYY-MM" month in Vietnam time, as UTC instants. */
export function monthRange(month: string): { from: string; to: string } {
  const range = vietnamMonthRange(month);
  // The route's schema admits only existing months (contract/royalty.ts).
  if (range === undefined) throw new RangeError(`Not a month: ${month}`);
  return range;
}

export async function royaltyReport(db: Conn, siteId: number, month: string): Promise<RoyaltyReport> {
  const { from, to } = monthRange(month);
  const articles = await db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.title', 'a.status', 'a.published_at', 'a.genre', 'a.royalty_coefficient', 'a.is_reprint', 'a.author_name', 'a.created_by', 'u.display_name', 'c.name as category_name'])
    .where('a.site_id', '=', siteId)
    .where('a.status', 'in', ['published', 'unpublished', 'withdrawn'])
    .where('a.published_at', '>=', from)
    .where('a.published_at', '<', to)
    .orderBy('a.published_at')
    .orderBy('a.id')
    .execute();
  const ids = articles.map((a) => a.id);
  const authorRows = ids.length === 0 ? [] : await db.selectFrom('article_authors').selectAll().where('article_id', 'in', ids).orderBy('position').execute();
  const lines: RoyaltyLine[] = [];
  for (const a of articles) {
    if (a.published_at === null) continue;
    const listed = authorRows.filter((r) => r.article_id === a.id).map((r) => ({ name: r.name, userId: r.user_id, share: Number(r.share) }));
    const authors = listed.length > 0 ? listed : [{ name: a.author_name ?? a.display_name ?? 'Không rõ tác giả', userId: a.author_name ? null : a.created_by, share: 100 }];
    const coefficient = a.royalty_coefficient === null ? null : Number(a.royalty_coefficient);
    for (const author of authors) {
      lines.push({
        authorName: author.name,
        userId: author.userId,
        share: author.share,
        articleId: a.id,
        title: a.title,
        categoryName: a.category_name,
        publishedAt: a.published_at,
        publishedAtLocal: formatVietnamDateTime(a.published_at),
        status: a.status,
        genre: a.genre,
        coefficient,
        isReprint: a.is_reprint === 1,
        points: coefficient === null ? null : Math.round(coefficient * author.share) / 100,
      });
    }
  }
  lines.sort((x, y) => x.authorName.localeCompare(y.authorName, 'vi') || x.publishedAt.localeCompare(y.publishedAt) || x.articleId - y.articleId);
  const totals = new Map<string, RoyaltyReport['authors'][number]>();
  for (const line of lines) {
    const key = line.userId === null ? `name:${line.authorName}` : `user:${line.userId}`;
    const total = totals.get(key) ?? { authorName: line.authorName, userId: line.userId, articles: 0, points: 0 };
    total.articles += 1;
    total.points = Math.round((total.points + (line.points ?? 0)) * 100) / 100;
    totals.set(key, total);
  }
  return { month, from, to, lines, authors: [...totals.values()] };
}
