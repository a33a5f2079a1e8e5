/**
 * The site-state version: one row whose counter goes up, in the same transaction, with
 * every change to what each process holds in memory about the sites (settings, names,
 * hostnames, parents; sites created or removed). Every process compares it with the
 * version it loaded (src/sites/site-state.ts) and reloads when it differs, so a change
 * made through one process shows on all of them. Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('site_state')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
  await sql`INSERT INTO site_state (id, version) VALUES (1, 0)`.execute(db);
}
