/**
 * How PostgreSQL is asked to plan search's statements. A pass tests `fts @@ query` on each
 * row it reads, and a row's tsvector (every word of the body) is stored apart from the row
 * (TOAST): reading it costs pages the planner does not count. At the default
 * random_page_cost (4, a spinning disk's) it judged a partition read row by row cheaper than
 * the GIN index for a common word, and each row's tsvector was read and decompressed: the
 * province's `nông thôn` first read took 345 ms at 110,000 articles, against 6 ms for the same
 * matches from the GIN index (`EXPLAIN ANALYZE`, search_documents_p56). At 1.1, the figure
 * usual for SSD storage, it takes the index. Set for search's own transaction only: the
 * rest of the application keeps the server's settings.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export const SEARCH_RANDOM_PAGE_COST = 1.1;

/** Runs `work` with search's planner setting: on PostgreSQL in one transaction that sets it; on SQLite as it is. */
export async function withSearchPlanning<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  if (db.dialect !== 'postgres') return work(db);
  return db.kysely.transaction().execute(async (trx) => {
    await sql`SELECT set_config('random_page_cost', ${String(SEARCH_RANDOM_PAGE_COST)}, true)`.execute(trx);
    return work({ ...db, kysely: trx });
  });
}
