/**
 * Probes for the process manager and the proxy, on any host:
 * - `/healthz`: alive and storage answers (503 when it does not);
 * - `/readyz`: ready for traffic — storage answers and every migration this code knows
 *   has been applied; 503 with Retry-After otherwise, so a load balancer holds traffic
 *   back from a process started on a schema it does not expect yet.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { pendingMigrations } from '../db/migrations/index.js';

/** Seconds a proxy should wait before asking a process that is not ready again. */
const RETRY_AFTER_SECONDS = 5;

async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}

export function healthRoute(app: FastifyInstance, opts: { db: Db }, done: () => void) {
  // Applied migrations are never taken back: once all are there, asking again is waste.
  let schemaCurrent = false;

  app.get('/healthz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (await databaseAnswers(opts.db)) return reply.send({ status: 'ok', database: opts.db.dialect });
    return reply.code(503).send({ status: 'unavailable', database: opts.db.dialect });
  });

  app.get('/readyz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const database = await databaseAnswers(opts.db);
    let pending: string[] = [];
    if (database && !schemaCurrent) {
      pending = await pendingMigrations(opts.db);
      schemaCurrent = pending.length === 0;
    }
    if (database && pending.length === 0) return reply.send({ status: 'ready', database: opts.db.dialect });
    return reply
      .code(503)
      .header('Retry-After', String(RETRY_AFTER_SECONDS))
      .send({ status: 'not-ready', database: database ? 'ok' : 'unavailable', pendingMigrations: pending });
  });
  done();
}
