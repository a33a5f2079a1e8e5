/**
 * Article views, counted in memory and written in batches: a page view never waits for,
 * nor writes to, the database. Every few seconds the counts gathered so far go to the
 * articles in one transaction; closing the process writes what is left. If the write
 * fails (the database away), the counts wait for the next turn — up to a bound on how
 * many articles are held, past which the oldest turn's views are dropped (a view count
 * is worth less than the memory of a process under a flood).
 */
import type { Kysely } from 'kysely';
import { addViewCounts } from '../articles/articles.repo.js';
import type { Database } from '../db/schema.js';

export interface ViewCounter {
  /** Counts one view of an article; returns at once. */
  record(articleId: number): void;
  /** Writes the counts gathered so far (tests, shutdown). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

export interface ViewCounterOptions {
  /** How often the counts are written. */
  intervalMs?: number;
  /** How many distinct articles are held at most while writes fail. */
  maxArticles?: number;
  onError?: (error: unknown) => void;
}

export function createViewCounter(db: Kysely<Database>, options: ViewCounterOptions = {}): ViewCounter {
  const intervalMs = options.intervalMs ?? 5_000;
  const maxArticles = options.maxArticles ?? 100_000;
  let counts = new Map<number, number>();
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    // One write at a time, each taking what was gathered until it began.
    writing = writing.then(async () => {
      if (counts.size === 0) return;
      const batch = counts;
      counts = new Map();
      try {
        await addViewCounts(db, batch);
      } catch (error) {
        options.onError?.(error);
        if (counts.size + batch.size <= maxArticles) {
          for (const [id, n] of batch) counts.set(id, (counts.get(id) ?? 0) + n);
        }
      }
    });
    return writing;
  }

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    record(articleId) {
      const n = counts.get(articleId);
      if (n !== undefined) counts.set(articleId, n + 1);
      else if (counts.size < maxArticles) counts.set(articleId, 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
