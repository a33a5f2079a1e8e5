/** Builds the services once; web plugins receive what they need from here. */
import type { Config } from './config.js';
import { incrementViewCount } from './articles/articles.repo.js';
import type { Db } from './db/database.js';
import { createDomainEvents } from './editorial/events.js';
import { createJobScheduler } from './jobs/scheduler.js';
import { createLogger } from './logger.js';
import { createReader } from './publishing/reader.js';
import { closeRedis, connectRedis, untilReady, type RedisEvents } from './redis/connection.js';
import type { SearchService } from './search/search.js';
import { createSearchService } from './search/service.js';
import { SiteRegistry } from './sites/index.js';

export async function createServices(config: Config, db: Db, redisEvents?: RedisEvents) {
  const registry = new SiteRegistry(db.kysely);
  await registry.reload();
  const reader = createReader(db.kysely);
  const search: SearchService = createSearchService(db);
  const events = createDomainEvents(createLogger(config));
  const redis = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, redisEvents);
  if (redis !== undefined) await untilReady(redis);
  return {
    config,
    db,
    registry,
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
    /** Shared by every process when REDIS_URL is set: the rate limits count here. */
    redis,
    /** View counting must never delay or fail a page. */
    recordArticleView(id: number): void {
      incrementViewCount(db.kysely, id).catch(() => undefined);
    },
    /** Closes what the services opened (the database is the caller's). */
    async close(): Promise<void> {
      if (redis !== undefined) await closeRedis(redis);
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
