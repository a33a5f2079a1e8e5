/** Builds the services once; web plugins receive what they need from here. */
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { createDomainEvents } from './editorial/events.js';
import { createJobScheduler } from './jobs/scheduler.js';
import { purposeKey } from './accounts/secret-box.js';
import { createLogger } from './logger.js';
import { createMetrics } from './observability/metrics.js';
import { createReader } from './publishing/reader.js';
import { closeRedis, connectRedis, untilReady, type RedisEvents } from './redis/connection.js';
import type { SearchService } from './search/search.js';
import { createSearchService } from './search/service.js';
import { SiteRegistry, startSiteState } from './sites/index.js';
import { FormGuard } from './security/form-guard.js';
import { createViewStatistics } from './statistics/view-statistics.js';
import { startPageCache } from './page-cache/page-cache.js';
import { dependency } from './publishing/read-dependencies.js';

/** What operators read when the shared Redis goes away and comes back. */
function redisOutageLog(log: ReturnType<typeof createLogger>): RedisEvents {
  return {
    down: (error) => log.warn({ err: error }, 'Redis không trả lời: giới hạn tần suất tạm đếm riêng trong từng tiến trình'),
    up: () => log.info('Redis đã trở lại: giới hạn tần suất lại đếm chung'),
  };
}

export interface ServiceOptions {
  /** The citizens' forms' clock (tests post a form "later" without sleeping); the real clock otherwise. */
  formClock?: () => number;
  /** How often the page views counted in memory are written (tests that watch the writes hold them back). */
  viewFlushMs?: number;
  /** How often the footer's numbers are read again (tests that watch the page cache hold them back). */
  viewSnapshotMs?: number;
}

export async function createServices(config: Config, db: Db, redisEvents?: RedisEvents, options: ServiceOptions = {}) {
  const log = createLogger(config);
  const redis = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, redisEvents ?? redisOutageLog(log));
  if (redis !== undefined) await untilReady(redis);
  const registry = new SiteRegistry(db.kysely);
  const siteState = await startSiteState({ db: db.kysely, registry, log, redisUrl: config.redisUrl, publisher: redis });
  const search: SearchService = createSearchService(db);
  const events = createDomainEvents(log);
  const pageCache = startPageCache({ config, db: db.kysely, events, registry, redis, log });
  const views = createViewStatistics(db.kysely, {
    ...(options.viewFlushMs === undefined ? {} : { intervalMs: options.viewFlushMs }),
    ...(options.viewSnapshotMs === undefined ? {} : { snapshotMs: options.viewSnapshotMs }),
    onError: (error) => log.warn({ err: error }, 'Chưa ghi được hoặc chưa đọc được lượt xem, sẽ thử lại ở lượt sau'),
    // The footers shown so far are older than the numbers now: their pages render again (this process only: each counts its own).
    onSnapshot: () => pageCache.invalidateHere([dependency.visits]),
  });
  const plainReader = createReader(db.kysely);
  // The header's menu is held per site until the site changes (the lean uncached path).
  const reader: typeof plainReader = { ...plainReader, navigation: (siteId) => pageCache.navigation(siteId, () => plainReader.navigation(siteId)) };
  void views.refresh(); // the footer's numbers, read once now and then at most every ~30 s
  return {
    config,
    db,
    registry,
    /**
     * Keeps `registry` in step with changes any process commits (the site-state version,
     * through Redis when REDIS_URL is set); a route that changed a site calls changed().
     */
    siteState,
    reader,
    /** Full-text search over every site (SQLite FTS5 or PostgreSQL full-text, by dialect). */
    search,
    /**
     * Article published, changed, unpublished or withdrawn, by a person or the scheduler,
     * heard after the commit: the page cache, feeds, search and syndication subscribe here.
     */
    events,
    /** Scheduled publish/unpublish from the jobs table; `serve` starts it, tests start their own. */
    scheduler: createJobScheduler(db, events),
    /** Prometheus metrics of this process (served at /metrics to operators). */
    metrics: createMetrics(db),
    /** Shared by every process when REDIS_URL is set: the rate limits count here. */
    redis,
    /**
     * Page views of sites and articles, counted in memory and written every few seconds (a page
     * view never writes), and the footer's numbers from memory (statistics/view-statistics.ts).
     */
    views,
    /** Signs and checks the citizens' public forms (anti-spam without third parties). */
    formGuard: new FormGuard({ key: purposeKey({ sessionSecret: config.sessionSecret, dataDir: config.dataDir }, 'govportal/citizen-forms/v1'), ...(options.formClock === undefined ? {} : { now: options.formClock }) }),
    /**
     * The public pages kept rendered, dropped exactly when what they show changes (here and,
     * through Redis, in every process); its store is undefined when PAGE_CACHE=off.
     */
    pageCache,
    /** Closes what the services opened (the database is the caller's), writing the views counted so far. */
    async close(): Promise<void> {
      await pageCache.close();
      await views.close();
      await siteState.close();
      if (redis !== undefined) await closeRedis(redis);
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
