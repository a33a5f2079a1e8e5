/**
 * The leaders' weekly schedule (lịch công tác), the officials' directory (danh bạ) and
 * the language of static pages. A week of a site's schedule is one workflow item
 * (schedule_weeks, with the article workflow's statuses, a revision counter and its
 * creator), its meetings are schedule_entries; directory_entries are a site's work
 * contacts, public while visible. pages.language is 'vi' for every page written before
 * ('en' for the English pages at /en/{slug}); a page's slug stays unique on its site
 * across both languages. Same statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema.alterTable('pages').addColumn('language', 'text', (c) => c.notNull().defaultTo('vi')).execute();

  await withId(db.schema.createTable('schedule_weeks'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    /** "2022-W46" */
    .addColumn('iso_week', 'text', notNull)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', instant)
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('return_note', 'text')
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('schedule_weeks_site_week_unique', ['site_id', 'iso_week'])
    .execute();

  await withId(db.schema.createTable('schedule_entries'), dialect)
    .addColumn('week_id', 'integer', (c) => c.notNull().references('schedule_weeks.id').onDelete('cascade'))
    /** "2022-11-16", a day of the week. */
    .addColumn('day', 'text', notNull)
    /** "07:30", Vietnam time. */
    .addColumn('start_time', 'text', notNull)
    .addColumn('end_time', 'text')
    .addColumn('leaders', 'text', notNull)
    .addColumn('content', 'text', notNull)
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chair', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attendees', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', notNull)
    .execute();
  await db.schema.createIndex('schedule_entries_week').on('schedule_entries').columns(['week_id', 'position']).execute();

  await withId(db.schema.createTable('directory_entries'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('position', 'text', notNull)
    .addColumn('unit', 'text', notNull)
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('visible', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('directory_entries_site').on('directory_entries').columns(['site_id', 'unit', 'sort_order']).execute();
}
