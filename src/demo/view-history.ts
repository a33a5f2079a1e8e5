/**
 * A plausible page-view history for the demo, so the footer's "Hôm nay / Tổng" and the
 * yearly statistics show something: a year of daily views for every site (more on weekdays,
 * growing slowly), and for each article published in that year the views of its first ten
 * days, falling off as news does; articles.view_count is their sum. Deterministic (a seeded
 * generator), so the demo is the same on every machine. Written in multi-row inserts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { vietnamDayAt } from '../statistics/page-view-rules.js';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 365;
const ARTICLE_DAYS = 10;
const CHUNK = 400;

/** mulberry32: a small seeded generator, good enough for made-up numbers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function seedDemoViewHistory(db: Kysely<Database>, now: Date): Promise<void> {
  const today = Date.parse(`${vietnamDayAt(now.getTime())}T00:00:00Z`);
  const first = today - (HISTORY_DAYS - 1) * DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const sites = await db.selectFrom('sites').select(['id', 'kind']).execute();
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'site_id', 'category_id', 'published_at'])
    .where('status', '=', 'published')
    .where('published_at', '>=', new Date(first - 7 * 3_600_000).toISOString())
    .execute();

  const siteRows: { site_id: number; day: string; views: number }[] = [];
  for (const site of sites) {
    const next = random(7_919 * site.id);
    const base = site.kind === 'province' ? 900 : site.kind === 'district' ? 260 : 80;
    for (let ms = first; ms <= today; ms += DAY_MS) {
      const weekday = new Date(ms).getUTCDay();
      const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
      const growth = 0.8 + (0.4 * (ms - first)) / (HISTORY_DAYS * DAY_MS);
      siteRows.push({ site_id: site.id, day: day(ms), views: Math.round(base * weekend * growth * (0.75 + 0.5 * next())) });
    }
  }
  const articleRows: { article_id: number; day: string; site_id: number; category_id: number; views: number }[] = [];
  const totals = new Map<number, number>();
  for (const a of articles) {
    if (a.published_at === null) continue;
    const next = random(104_729 * a.id);
    const start = Date.parse(`${vietnamDayAt(Date.parse(a.published_at))}T00:00:00Z`);
    const peak = 40 + Math.round(260 * next() * next());
    for (let d = 0; d < ARTICLE_DAYS; d++) {
      const ms = start + d * DAY_MS;
      if (ms > today) break;
      const views = Math.round(peak * Math.pow(0.55, d) * (0.8 + 0.4 * next()));
      if (views === 0) break;
      articleRows.push({ article_id: a.id, day: day(ms), site_id: a.site_id, category_id: a.category_id, views });
      totals.set(a.id, (totals.get(a.id) ?? 0) + views);
    }
  }
  await insertChunks(siteRows, (chunk) => db.insertInto('view_days').values(chunk).execute());
  await insertChunks(articleRows, (chunk) => db.insertInto('article_view_days').values(chunk).execute());
  for (const [id, views] of totals) await db.updateTable('articles').set({ view_count: views }).where('id', '=', id).execute();
}
