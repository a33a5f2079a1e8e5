/**
 * The scheduler loop: every second, run the due jobs one by one until none is left.
 * Jobs live in the database, so a publish due while the server was down runs at the
 * first poll after start, and several processes can poll the same database: each
 * job runs in the transaction that claims it, so when a process dies mid-run the
 * others take its job at their next poll (claim.ts).
 */
import os from 'node:os';
import type { Db } from '../db/database.js';
import type { DomainEvents } from '../editorial/events.js';
import { releaseStaleJobs } from './claim.js';
import { runNextDueJob, type JobOutcome } from './run-job.js';

export interface SchedulerLog {
  error(obj: object, msg?: string): void;
}

export interface JobScheduler {
  /** This process's identity in jobs.locked_by. */
  readonly workerId: string;
  /** Starts polling (idempotent). */
  start(log?: SchedulerLog): void;
  /** Stops polling and waits for the run in progress. */
  stop(): Promise<void>;
  /** One poll: runs every job due at `now`; returns how each ended. */
  runDue(now?: Date): Promise<JobOutcome[]>;
}

/** Jobs are claimed one at a time, so idle processes share a burst of due jobs. */
const MAX_PER_POLL = 500;

/** `events` hears what the jobs publish and unpublish, as it hears people's changes. */
export function createJobScheduler(db: Db, events: DomainEvents, options: { intervalMs?: number; workerId?: string } = {}): JobScheduler {
  const intervalMs = options.intervalMs ?? 1000;
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}`;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<void> = Promise.resolve();
  let logger: SchedulerLog | undefined;

  async function poll(now: Date, shouldStop: () => boolean): Promise<JobOutcome[]> {
    await releaseStaleJobs(db.kysely, now);
    const outcomes: JobOutcome[] = [];
    while (outcomes.length < MAX_PER_POLL && !shouldStop()) {
      const outcome = await runNextDueJob(db, events, workerId, now);
      if (outcome === undefined) break;
      outcomes.push(outcome);
    }
    return outcomes;
  }

  const runDue = (now = new Date()) => poll(now, () => false);

  function tick(): void {
    current = poll(new Date(), () => !running)
      .then(() => undefined)
      .catch((error: unknown) => logger?.error({ err: error }, 'scheduler poll failed'))
      .finally(() => {
        if (running) {
          timer = setTimeout(tick, intervalMs);
          timer.unref();
        }
      });
  }

  return {
    workerId,
    runDue,
    start(log) {
      if (running) return;
      running = true;
      logger = log;
      tick();
    },
    async stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      await current;
    },
  };
}
