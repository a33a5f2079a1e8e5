/**
 * PostgreSQL: search_documents partitioned by site (search/schema-postgres.ts
 * SEARCH_PARTITIONS). A site's search read the GIN index of every site's documents: a
 * common word's prefix (`thon:*`) merged the lists of all 150 sites before the site filter
 * applied. Each site's documents now sit in one partition of 64 with its own indexes.
 * The rows are copied once: about 40 s per 100,000 articles, in the migration's transaction.
 * The kinds' triggers look their rows up by site as well as id and plan each statement for
 * its values, so that a write reads and locks one partition (by id alone, or with a plan kept
 * for any value, a publish locked all 64).
 *
 * SQLite: nothing; its FTS rows carry the site already (migration 0030).
 *
 * The statements are frozen in 20261211_0031_search_partitions.sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { POSTGRES_SEARCH_PARTITIONS_0031, POSTGRES_SEARCH_TRIGGERS_0031 } from './20261211_0031_search_partitions.sql.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const statement of [...POSTGRES_SEARCH_PARTITIONS_0031, ...POSTGRES_SEARCH_TRIGGERS_0031]) await sql.raw(statement).execute(db);
}
