/**
 * Static pages become content edited through the workflow: a meta description, the
 * revision counter of optimistic concurrency, who created the page, the note of a
 * return, and one row per save in page_revisions (like article_revisions). Pages take
 * the article workflow's statuses; status is text, so the 'draft', 'published' and
 * 'unpublished' rows written before stay valid. Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema.alterTable('pages').addColumn('description', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('pages').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('pages').addColumn('created_by', 'integer', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('pages').addColumn('return_note', 'text').execute();

  await withId(db.schema.createTable('page_revisions'), dialect)
    .addColumn('page_id', 'integer', (c) => c.notNull().references('pages.id').onDelete('cascade'))
    .addColumn('number', 'integer', notNull)
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    /** JSON: every editable field of the page as saved. */
    .addColumn('snapshot', 'text', notNull)
    .addColumn('note', 'text')
    .addUniqueConstraint('page_revisions_number_unique', ['page_id', 'number'])
    .execute();
}
