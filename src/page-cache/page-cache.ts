/**
 * The page cache of this process: the store (page-store.ts), kept exact by the changes it
 * hears — article events, static page and legal document events, a reload of the sites,
 * admin writes (page-cache-plugin.ts) — and by the other processes' changes over Redis.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { ArticleEventType, DomainEvents, PageEventType } from '../editorial/events.js';
import { articleAppearances } from '../publishing/appearances.repo.js';
import { dependency, siteOfName } from '../publishing/read-dependencies.js';
import type { RedisClient } from '../redis/connection.js';
import type { SiteRegistry } from '../sites/index.js';
import { articleChangeNames } from './change-names.js';
import { channelFor, startInvalidationBus, type InvalidationBus, type InvalidationBusLog } from './invalidation-bus.js';
import { PageStore } from './page-store.js';

const ARTICLE_EVENTS: readonly ArticleEventType[] = ['published', 'changed', 'unpublished', 'withdrawn'];
const PAGE_EVENTS: readonly PageEventType[] = ['published', 'changed', 'unpublished'];

export interface PageCache {
  /** The rendered pages; undefined when PAGE_CACHE=off (every page rendered on each request). */
  readonly store: PageStore | undefined;
  /** Each site's menu and categories, held between changes of the site (both with and without the page store). */
  navigation<T>(siteId: number, load: () => Promise<T>): Promise<T>;
  /** How long a page may be served at most (the footer's numbers, changes the CLI makes). */
  readonly ttlMs: number;
  /** Drops the pages that showed any of `names`, here and in the other processes. */
  invalidate(names: readonly string[]): void;
  /** The same in this process only (what changed is this process's own: its visit counts). */
  invalidateHere(names: readonly string[]): void;
  /** Resolves once the changes heard so far have dropped their pages (tests, shutdown). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface PageCacheOptions {
  config: Pick<Config, 'pageCache' | 'redisUrl' | 'database'>;
  db: Kysely<Database>;
  events: DomainEvents;
  registry: SiteRegistry;
  redis: RedisClient | undefined;
  log: InvalidationBusLog & { error(obj: object, msg: string): void };
  now?: () => number;
}

export async function startPageCache(opts: PageCacheOptions): Promise<PageCache> {
  const { config, db, events, registry, log } = opts;
  const store = config.pageCache.enabled ? new PageStore({ maxBytes: config.pageCache.maxBytes, ...(opts.now === undefined ? {} : { now: opts.now }) }) : undefined;
  const now = opts.now ?? Date.now;
  const ttlMs = config.pageCache.ttlSeconds * 1000;
  const menus = new Map<number, { menu: Promise<unknown>; until: number }>();
  const clearAll = () => {
    store?.clear();
    menus.clear();
  };
  const drop = (names: readonly string[]) => {
    store?.invalidate(names);
    for (const name of names) {
      if (name === dependency.system) menus.clear();
      const siteId = siteOfName(name);
      if (siteId !== undefined) menus.delete(siteId);
    }
  };
  let bus: InvalidationBus | undefined;
  if (config.redisUrl !== undefined && opts.redis !== undefined) {
    bus = startInvalidationBus({ redisUrl: config.redisUrl, channel: channelFor(config.database), publisher: opts.redis, log, onNames: drop, onResubscribed: clearAll });
  }
  // Before serving: a subscription made later would drop what was kept meanwhile.
  await bus?.untilSubscribed();
  const invalidate = (names: readonly string[]) => {
    if (names.length === 0) return;
    drop(names);
    bus?.publish(names);
  };

  const unsubscribe: (() => void)[] = [];
  const inFlight = new Set<Promise<void>>();
  for (const type of ARTICLE_EVENTS) {
    unsubscribe.push(
      events.on(type, (event) => {
        // Without kept pages an article changes nothing held here (menus follow the site).
        if (store === undefined) return;
        // Heard right after the commit, before the answer to the change is sent: until the
        // lists it joined or left are known (one lookup), nothing is served from the store.
        const release = store.hold();
        const work = articleAppearances(db, event.articleId)
          .then((where) => invalidate(articleChangeNames(event, where)))
          .catch((error: unknown) => {
            // The lists are not known: drop every page rather than keep one that may be stale.
            clearAll();
            log.error({ err: error, event }, 'page-cache: cannot tell which pages an article change alters; every page is dropped');
          })
          .finally(() => {
            release();
            inFlight.delete(work);
          });
        inFlight.add(work);
        return work;
      }),
    );
  }
  for (const type of PAGE_EVENTS) {
    // A static page is in the menu and the site map of its site.
    unsubscribe.push(events.onPage(type, (event) => invalidate([dependency.site(event.siteId), dependency.kind('pages', event.siteId)])));
    unsubscribe.push(events.onDocument(type, (event) => invalidate([dependency.kind('documents', event.siteId)])));
  }
  // A site, its settings or the list of sites changed (here or in another process): every header may differ.
  unsubscribe.push(registry.onReload(clearAll));

  return {
    store,
    navigation<T>(siteId: number, load: () => Promise<T>): Promise<T> {
      const held = menus.get(siteId);
      // Held no longer than a page (what the command line changes without Redis shows as pages do).
      if (held !== undefined && held.until > now()) return held.menu as Promise<T>;
      const loading = load();
      menus.set(siteId, { menu: loading, until: now() + ttlMs });
      // A failed read is not held: the next request reads again.
      loading.catch(() => {
        if (menus.get(siteId)?.menu === loading) menus.delete(siteId);
      });
      return loading;
    },
    ttlMs,
    invalidate,
    invalidateHere: drop,
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    async close() {
      for (const stop of unsubscribe) stop();
      await Promise.all([...inFlight]);
      clearAll();
      await bus?.close();
    },
  };
}
