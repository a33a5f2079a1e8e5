/**
 * The yearly statistics of a site, per category: items published that year, how often the
 * category is updated (items per month, average days between items) and the views of its
 * articles; and per month, the items published and the views of every page of the site (the
 * chart). Pure: it takes what storage read and does the arithmetic, in Vietnam time.
 */
import { vietnamMonthOf } from '../time/vietnam-time.js';

export interface ReportInput {
  year: number;
  /** Now, for a year not yet over: its frequency is per month elapsed, not per twelve. */
  now: Date;
  categories: readonly { id: number; name: string; slug: string }[];
  /** Articles published in the year (any that was published: still, unpublished or withdrawn since). */
  published: readonly { categoryId: number; publishedAt: string }[];
  /** Article views of the year per category (the category the article was in when read). */
  categoryViews: ReadonlyMap<number, number>;
  /** Views of every page of the site, per month 'YYYY-MM'. */
  monthViews: ReadonlyMap<string, number>;
}

export interface CategoryLine {
  categoryId: number | null;
  name: string;
  slug: string | null;
  published: number;
  /** Items per month over the months of the year so far, one decimal. */
  perMonth: number;
  /** Average days between two items in the year, one decimal; null with fewer than two. */
  averageDaysBetween: number | null;
  views: number;
}

export interface MonthLine {
  month: string;
  published: number;
  views: number;
}

export interface YearlyStatistics {
  year: number;
  /** How many months of the year the frequency is spread over (12 for a past year). */
  months: number;
  categories: CategoryLine[];
  byMonth: MonthLine[];
  totals: { published: number; articleViews: number; siteViews: number };
}

const DAY_MS = 86_400_000;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The months of `year` counted for its frequency: all twelve once it is over, those begun so far while it runs; at least one. */
export function monthsElapsed(year: number, now: Date): number {
  const current = vietnamMonthOf(now);
  const currentYear = Number(current.slice(0, 4));
  if (year < currentYear) return 12;
  if (year > currentYear) return 12;
  return Math.max(1, Number(current.slice(5, 7)));
}

export function yearlyStatistics(input: ReportInput): YearlyStatistics {
  const months = monthsElapsed(input.year, input.now);
  const dates = new Map<number, number[]>();
  for (const p of input.published) {
    const list = dates.get(p.categoryId) ?? [];
    list.push(Date.parse(p.publishedAt));
    dates.set(p.categoryId, list);
  }
  const line = (categoryId: number | null, name: string, slug: string | null, times: number[], views: number): CategoryLine => {
    const sorted = [...times].sort((a, b) => a - b);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    return {
      categoryId, name, slug,
      published: sorted.length,
      perMonth: round1(sorted.length / months),
      averageDaysBetween: sorted.length < 2 || first === undefined || last === undefined ? null : round1((last - first) / DAY_MS / (sorted.length - 1)),
      views,
    };
  };
  const known = new Set(input.categories.map((c) => c.id));
  const categories = input.categories.map((c) => line(c.id, c.name, c.slug, dates.get(c.id) ?? [], input.categoryViews.get(c.id) ?? 0));
  // Views and items of categories deleted since: one line, so the totals still add up.
  const goneTimes = [...dates].filter(([id]) => !known.has(id)).flatMap(([, list]) => list);
  const goneViews = [...input.categoryViews].filter(([id]) => !known.has(id)).reduce((sum, [, n]) => sum + n, 0);
  if (goneTimes.length > 0 || goneViews > 0) categories.push(line(null, 'Chuyên mục đã xóa', null, goneTimes, goneViews));

  const byMonth: MonthLine[] = Array.from({ length: 12 }, (_, i) => {
    const month = `${String(input.year).padStart(4, '0')}-${String(i + 1).padStart(2, '0')}`;
    return { month, published: 0, views: input.monthViews.get(month) ?? 0 };
  });
  for (const p of input.published) {
    const m = byMonth[Number(vietnamMonthOf(p.publishedAt).slice(5, 7)) - 1];
    if (m !== undefined) m.published += 1;
  }
  return {
    year: input.year,
    months,
    categories,
    byMonth,
    totals: {
      published: input.published.length,
      articleViews: categories.reduce((sum, c) => sum + c.views, 0),
      siteViews: byMonth.reduce((sum, m) => sum + m.views, 0),
    },
  };
}
