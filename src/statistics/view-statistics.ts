/**
 * Page views of every site and article, counted in memory and written in batches: a page
 * view never waits for, nor writes to, the database. Every few seconds the views gathered
 * so far go to the daily rows (and articles.view_count) in one transaction; closing writes
 * what is left. A failed write keeps its views for the next turn, up to a bound on what is
 * held (past it new keys are dropped: a view count is worth less than the memory of a
 * process under a flood).
 *
 * The footer's numbers come from here without a database read per page: a snapshot of every
 * site's totals, read at most every ~30 s (serialised with the writes, so a batch is never
 * counted twice nor missed), plus the views counted since. "Đang truy cập" is the number of
 * distinct visitors in the last five minutes, known only by a keyed hash of (address, user
 * agent): the key is random, lives in this process's memory only and changes every day, the
 * hashes are forgotten after five minutes and never written anywhere. No cookie is set.
 * Each process counts its own visitors (no round trip on the page's path, nothing shared
 * to keep): behind several processes the number is that of the process that answered.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { vietnamDayAt } from './page-view-rules.js';
import { addViewBatch, siteViewTotals } from './view-stats.repo.js';

export interface PageView {
  siteId: number;
  /** The article read, with the category it is in; absent for any other page. */
  article?: { id: number; categoryId: number } | undefined;
}

export interface VisitCounts {
  /** Distinct visitors in the last five minutes. */
  online: number;
  /** Views of the site's pages today (Vietnam day). */
  today: number;
  /** Views of the site's pages of all time. */
  total: number;
}

export interface ViewStatistics {
  /** Counts one page view; returns at once. */
  record(view: PageView): void;
  /** Notes a visitor of a site (address and user agent, hashed here and kept five minutes). */
  noteVisitor(siteId: number, address: string, userAgent: string): void;
  /** The footer's numbers from memory; undefined until the first snapshot is read. */
  counts(siteId: number): VisitCounts | undefined;
  /** Reads the snapshot of the sites' totals now (start-up, tests). */
  refresh(): Promise<void>;
  /** Writes the views gathered so far (tests, shutdown). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

export interface ViewStatisticsOptions {
  /** How often the views are written. */
  intervalMs?: number;
  /** How old the footer's snapshot may grow before it is read again. */
  snapshotMs?: number;
  /** How many distinct (site or article, day) keys are held at most while writes fail. */
  maxKeys?: number;
  /** How many visitors are remembered at most, over all sites. */
  maxVisitors?: number;
  /** The clock (tests move it); Date.now otherwise. */
  now?: () => number;
  onError?: (error: unknown) => void;
  /** After each read of the sites' totals: the footers shown since then are older (the page cache drops them). */
  onSnapshot?: () => void;
}

const ONLINE_WINDOW_MS = 5 * 60_000;

interface Pending {
  sites: Map<string, number>;
  articles: Map<string, { siteId: number; categoryId: number; views: number }>;
}

const emptyPending = (): Pending => ({ sites: new Map(), articles: new Map() });

export function createViewStatistics(db: Kysely<Database>, options: ViewStatisticsOptions = {}): ViewStatistics {
  const intervalMs = options.intervalMs ?? 5_000;
  const snapshotMs = options.snapshotMs ?? 30_000;
  const maxKeys = options.maxKeys ?? 100_000;
  const maxVisitors = options.maxVisitors ?? 200_000;
  const now = options.now ?? Date.now;

  let pending = emptyPending();
  let writing: Promise<void> = Promise.resolve();
  /** The sites' totals as last read, and when. */
  let snapshot: { day: string; at: number; totals: Map<number, { total: number; today: number }> } | undefined;
  let refreshing = false;
  /** When the snapshot was last asked for (a database away is not asked on every page). */
  let askedAt = Number.NEGATIVE_INFINITY;
  /** Site views counted since the snapshot was read (pending, being written, or written after it): site → day → views. */
  let fresh = new Map<number, Map<string, number>>();

  // Visitors: site → hash → last seen; a Map keeps insertion order, and a returning visitor
  // is moved to the end, so the oldest are first and leave from the front.
  const visitors = new Map<number, Map<string, number>>();
  let visitorCount = 0;
  let key = { day: '', secret: Buffer.alloc(0) };

  function addFresh(siteId: number, day: string, n: number): void {
    let days = fresh.get(siteId);
    if (days === undefined) fresh.set(siteId, (days = new Map<string, number>()));
    days.set(day, (days.get(day) ?? 0) + n);
  }

  function keysHeld(): number {
    return pending.sites.size + pending.articles.size;
  }

  function flush(): Promise<void> {
    // One write at a time, each taking what was gathered until it began.
    writing = writing.then(async () => {
      if (keysHeld() === 0) return;
      const batch = pending;
      pending = emptyPending();
      try {
        await addViewBatch(db, batch);
      } catch (error) {
        options.onError?.(error);
        for (const [k, n] of batch.sites) {
          const held = pending.sites.get(k);
          if (held !== undefined || keysHeld() < maxKeys) pending.sites.set(k, (held ?? 0) + n);
        }
        for (const [k, row] of batch.articles) {
          const held = pending.articles.get(k);
          if (held !== undefined) held.views += row.views;
          else if (keysHeld() < maxKeys) pending.articles.set(k, row);
        }
      }
    });
    return writing;
  }

  function refresh(): Promise<void> {
    refreshing = true;
    askedAt = now();
    // After any write under way: what the read sees and what is still pending never overlap.
    writing = writing.then(async () => {
      try {
        const day = vietnamDayAt(now());
        const totals = await siteViewTotals(db, day);
        snapshot = { day, at: now(), totals };
        fresh = new Map();
        for (const [k, n] of pending.sites) {
          const bar = k.indexOf('|');
          addFresh(Number(k.slice(0, bar)), k.slice(bar + 1), n);
        }
        options.onSnapshot?.();
      } catch (error) {
        options.onError?.(error);
      } finally {
        refreshing = false;
      }
    });
    return writing;
  }

  function pruneVisitors(seen: Map<string, number>, cutoff: number): void {
    for (const [hash, at] of seen) {
      if (at >= cutoff) break;
      seen.delete(hash);
      visitorCount -= 1;
    }
  }

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    record(view) {
      const day = vietnamDayAt(now());
      const siteKey = `${view.siteId}|${day}`;
      const held = pending.sites.get(siteKey);
      if (held === undefined && keysHeld() >= maxKeys) return;
      pending.sites.set(siteKey, (held ?? 0) + 1);
      addFresh(view.siteId, day, 1);
      if (view.article === undefined) return;
      const articleKey = `${view.article.id}|${day}`;
      const row = pending.articles.get(articleKey);
      if (row !== undefined) row.views += 1;
      else if (keysHeld() < maxKeys) pending.articles.set(articleKey, { siteId: view.siteId, categoryId: view.article.categoryId, views: 1 });
    },

    noteVisitor(siteId, address, userAgent) {
      const at = now();
      const day = vietnamDayAt(at);
      if (key.day !== day) key = { day, secret: crypto.randomBytes(32) };
      const hash = crypto.createHmac('sha256', key.secret).update(address).update('\n').update(userAgent.slice(0, 512)).digest('base64url');
      let seen = visitors.get(siteId);
      if (seen === undefined) visitors.set(siteId, (seen = new Map<string, number>()));
      pruneVisitors(seen, at - ONLINE_WINDOW_MS);
      if (seen.delete(hash)) visitorCount -= 1;
      if (visitorCount >= maxVisitors) return;
      seen.set(hash, at);
      visitorCount += 1;
    },

    counts(siteId) {
      const at = now();
      const day = vietnamDayAt(at);
      // Past midnight the old snapshot's "today" is simply not used until the next read.
      if (!refreshing && at - askedAt >= snapshotMs) void refresh();
      if (snapshot === undefined) return undefined;
      const base = snapshot.totals.get(siteId);
      let total = base?.total ?? 0;
      let today = snapshot.day === day ? (base?.today ?? 0) : 0;
      for (const [d, n] of fresh.get(siteId) ?? []) {
        total += n;
        if (d === day) today += n;
      }
      const seen = visitors.get(siteId);
      if (seen !== undefined) pruneVisitors(seen, at - ONLINE_WINDOW_MS);
      return { online: seen?.size ?? 0, today, total };
    },

    refresh,
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
