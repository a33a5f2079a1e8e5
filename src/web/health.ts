/** /healthz: answers on any host; 503 when storage does not respond. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export function healthRoute(app: FastifyInstance, opts: { db: Db }) {
  app.get('/healthz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await sql`select 1`.execute(opts.db.kysely);
      return reply.send({ status: 'ok', database: opts.db.dialect });
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: opts.db.dialect });
    }
  });
}
