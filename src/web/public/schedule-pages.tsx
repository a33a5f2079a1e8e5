/**
 * The public pages of the leaders' schedule (/lich-cong-tac, ?tuan=2022-W46, and its RSS
 * feed of published weeks), the officials' directory (/danh-ba) and the English pages
 * (/en, /en/{slug}). A wrong week is a Vietnamese 400 page, never a 5xx.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import type { Database } from '../../db/schema.js';
import { groupByUnit } from '../../directory/directory-rules.js';
import { listDirectoryEntries } from '../../directory/directory.repo.js';
import { buildRssOf, RSS_ITEMS } from '../../feeds/rss.js';
import { ENGLISH_INTRODUCTION_SLUG } from '../../pages/templates.js';
import { readPublicWeek } from '../../schedule/schedule-reader.js';
import { listPublishedScheduleWeeks } from '../../schedule/schedule.repo.js';
import { isSlug } from '../../text/index.js';
import { parseIsoWeek, vietnamIsoWeek, type IsoWeek } from '../../time/iso-week.js';
import { SCHEDULE_FEED_PATH, schedulePath } from '../../urls/paths.js';
import { HttpError } from '../http-error.js';
import { vi } from '../messages.js';
import { renderDocument } from '../render.js';
import { siteOrigin } from '../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../site-routing.js';
import { RSS, sendFeed } from './feeds.js';
import { DirectoryPage } from './views/directory-page.js';
import { EnglishIndex, EnglishPage } from './views/english-page.js';
import { SchedulePage } from './views/schedule-page.js';

export interface SchedulePagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
const badWeek = () => new HttpError(400, vi.schedule.badWeekTitle, vi.schedule.badWeek);

function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300').send(renderDocument(page));
}

/** ?tuan=2022-W46, or this week in Vietnam when absent; anything else (letters, W60, a repeated or huge value) is refused. */
export function weekOfQuery(query: unknown, now: Date): IsoWeek {
  const value = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)['tuan'] : undefined;
  if (value === undefined) return vietnamIsoWeek(now);
  const week = typeof value === 'string' ? parseIsoWeek(value) : undefined;
  if (week === undefined) throw badWeek();
  return week;
}

export function schedulePages(app: FastifyInstance, opts: SchedulePagesOptions): void {
  const { db, reader } = opts;

  app.get('/lich-cong-tac', async (request, reply) => {
    const site = requireSite(request);
    const now = new Date();
    const week = weekOfQuery(request.query, now);
    const [chrome, data] = await Promise.all([buildChrome(request, opts), readPublicWeek(db, site.id, week)]);
    return sendPage(reply, <SchedulePage chrome={chrome} data={data} now={now} />);
  });

  app.get(SCHEDULE_FEED_PATH, async (request: FastifyRequest, reply) => {
    const site = requireSite(request);
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const weeks = await listPublishedScheduleWeeks(db, site.id, RSS_ITEMS);
    const items = weeks.flatMap((w) => {
      const week = parseIsoWeek(w.iso_week);
      if (week === undefined || w.published_at === null) return [];
      const title = vi.schedule.heading(week.week, week.year);
      return [{ title, url: `${origin}${schedulePath(w.iso_week)}`, publishedAt: w.published_at, description: vi.schedule.description(site.name, week.week, week.year) }];
    });
    const xml = buildRssOf(
      { title: `${vi.schedule.title} - ${site.name}`, description: `${vi.schedule.title} ${site.name}`, link: `${origin}${schedulePath()}`, feedUrl: `${origin}${SCHEDULE_FEED_PATH}`, origin, copyright: site.name },
      items,
    );
    return sendFeed(request, reply, RSS, xml);
  });

  app.get('/danh-ba', async (request, reply) => {
    const site = requireSite(request);
    const [chrome, rows] = await Promise.all([buildChrome(request, opts), listDirectoryEntries(db, site.id, true)]);
    return sendPage(reply, <DirectoryPage chrome={chrome} units={groupByUnit(rows)} />);
  });

  app.get('/en', async (request, reply) => {
    const site = requireSite(request);
    const [chrome, pages] = await Promise.all([buildChrome(request, opts), reader.englishPages(site.id)]);
    const introduction = pages.find((p) => p.slug === ENGLISH_INTRODUCTION_SLUG);
    return sendPage(reply, <EnglishIndex chrome={chrome} pages={pages.filter((p) => p !== introduction)} introduction={introduction} />);
  });

  app.get<{ Params: { slug: string } }>('/en/:slug', async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const page = await reader.englishPage(site.id, request.params.slug);
    if (page === undefined) {
      const moved = await reader.redirectFor(site.id, request.url.split('?', 1)[0] ?? '');
      if (moved.kind === 'moved') return reply.redirect(moved.location, 301);
      throw notFound();
    }
    return sendPage(reply, <EnglishPage chrome={await buildChrome(request, opts)} page={page} />);
  });
}
