/**
 * The Prometheus metrics of one process (prom-client): request latency by route and
 * status, the job queue's depth and lag, the PostgreSQL pool, and Node's own (event-loop
 * lag, memory, GC). Each app has its own registry, so several apps in one process (tests)
 * never share counters; the collectors read their sources only when scraped.
 */
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/database.js';
import { queueStats } from '../jobs/jobs.repo.js';

export interface Metrics {
  readonly registry: Registry;
  /** Records one answered request; `route` is the route's pattern, never the raw path. */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
}

/** Seconds: from a cached page (a few ms) to a slow search or upload on an old server. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(db: Db, now: () => Date = () => new Date()): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'govportal_' });

  const latency = new Histogram({
    name: 'govportal_http_request_duration_seconds',
    help: 'Time to answer a request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  // One query per scrape feeds both queue gauges.
  let queue: Promise<{ pending: number; lagSeconds: number }> | null = null;
  const readQueue = () => {
    queue ??= queueStats(db.kysely, now()).finally(() => {
      queue = null;
    });
    return queue;
  };
  new Gauge({
    name: 'govportal_jobs_pending',
    help: 'Scheduled publish and unpublish jobs waiting to run',
    registers: [registry],
    async collect() {
      this.set((await readQueue()).pending);
    },
  });
  new Gauge({
    name: 'govportal_jobs_lag_seconds',
    help: 'How long the oldest due job has waited past its time',
    registers: [registry],
    async collect() {
      this.set((await readQueue()).lagSeconds);
    },
  });

  const pool = db.pool;
  if (pool !== undefined) {
    const poolGauge = (name: string, help: string, read: () => number) =>
      new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
    poolGauge('govportal_db_pool_connections', 'PostgreSQL connections open in the pool', () => pool.totalCount);
    poolGauge('govportal_db_pool_idle', 'PostgreSQL connections idle in the pool', () => pool.idleCount);
    poolGauge('govportal_db_pool_waiting', 'Queries waiting for a PostgreSQL connection', () => pool.waitingCount);
  }

  return {
    registry,
    observeRequest(method, route, status, seconds) {
      latency.observe({ method, route, status_code: String(status) }, seconds);
    },
  };
}
