/**
 * Citizens' questions and feedback (hỏi đáp, phản ánh kiến nghị): one row per question
 * sent through a site's public form, with the asker's details (never public), the
 * tracking code, the deadline (a Vietnam calendar day) and the answer. `title`,
 * `body_html`, `status`, `published_at` and `site_id` carry the public question and
 * answer only, so a search index can read them like articles and pages. Each site keeps
 * its own deadline in working days (`sites.question_deadline_days`, 15 by default).
 * Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema.alterTable('sites').addColumn('question_deadline_days', 'integer', (c) => c.notNull().defaultTo(15)).execute();

  await withId(db.schema.createTable('questions'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('field', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('question_text', 'text', notNull)
    .addColumn('asker_name', 'text', notNull)
    .addColumn('asker_email', 'text')
    .addColumn('asker_phone', 'text')
    .addColumn('asker_address', 'text')
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('received_at', instant, notNull)
    /** A Vietnam calendar day, YYYY-MM-DD. */
    .addColumn('deadline', 'text', notNull)
    .addColumn('assigned_unit', 'text')
    .addColumn('assignee', 'text')
    .addColumn('answer_html', 'text')
    .addColumn('answered_at', instant)
    .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', notNull)
    .addColumn('status_note', 'text')
    .addColumn('published_at', instant)
    .addColumn('slug', 'text')
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, notNull)
    .addUniqueConstraint('questions_slug_unique', ['site_id', 'slug'])
    .execute();
  await db.schema.createIndex('questions_by_site_status').on('questions').columns(['site_id', 'status', 'received_at']).execute();
}
