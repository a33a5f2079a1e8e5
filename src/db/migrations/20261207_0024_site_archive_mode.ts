/**
 * How an archived site answers (migration 0024): 'serve' keeps serving every URL itself,
 * read-only, with a banner naming its successor; 'redirect' answers each public request
 * with a 301 to the same content under the successor (after `site:merge`). An active
 * site's mode is 'serve' and means nothing. Same statement on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('archive_mode', 'text', (c) => c.notNull().defaultTo('serve')).execute();
}
