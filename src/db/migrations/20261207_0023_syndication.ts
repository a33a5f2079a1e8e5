/**
 * Syndication (SPEC §1): a district's published article proposed to its parent site,
 * accepted or declined there with a note, or retracted by the district. One row per
 * proposal; nothing of the article is copied (the parent reads the source row through
 * the read gate). At most one live proposal (proposed or accepted) per article and
 * target: a partial unique index, the same statement on both databases. A row goes with
 * its article (ON DELETE CASCADE: removing the demo system deletes its articles).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);

  await withId(db.schema.createTable('syndications'), dialect)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('from_site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('to_site_id', 'integer', (c) => c.notNull().references('sites.id'))
    /** 'proposed' | 'accepted' | 'declined' | 'retracted' (syndication/syndication-rules.ts). */
    .addColumn('state', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('proposed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('proposed_at', instant, notNull)
    .addColumn('decided_at', instant)
    .execute();
  await sql`CREATE UNIQUE INDEX syndications_live ON syndications (article_id, to_site_id) WHERE state IN ('proposed', 'accepted')`.execute(db);
  await db.schema.createIndex('syndications_to_site').on('syndications').columns(['to_site_id', 'state']).execute();
  await db.schema.createIndex('syndications_from_site').on('syndications').columns(['from_site_id', 'state']).execute();
}
