/**
 * Consultations on drafts (lấy ý kiến dự thảo): the draft with its dates and drafting
 * body, moved through the article workflow's statuses; its attached files from the
 * media library; and the comments citizens send, each held for moderation. A comment's
 * email, phone and address are kept for staff only. Same statements on both databases.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);

  await withId(db.schema.createTable('consultations'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', notNull)
    .addColumn('drafting_body', 'text', (c) => c.notNull().defaultTo(''))
    /** Calendar days in Asia/Ho_Chi_Minh, "YYYY-MM-DD": open from the start of the first to the end of the last. */
    .addColumn('opens_on', 'text', notNull)
    .addColumn('closes_on', 'text', notNull)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', instant)
    .addColumn('created_at', instant, notNull)
    .addColumn('updated_at', instant, notNull)
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('return_note', 'text')
    /** The published summary of the comments received (báo cáo tổng hợp ý kiến), sanitised HTML. */
    .addColumn('report_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('report_published_at', instant)
    .addUniqueConstraint('consultations_site_slug_unique', ['site_id', 'slug'])
    .execute();
  await db.schema.createIndex('consultations_site_closes').on('consultations').columns(['site_id', 'closes_on']).execute();

  await db.schema
    .createTable('consultation_attachments')
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addPrimaryKeyConstraint('consultation_attachments_pk', ['consultation_id', 'media_id'])
    .execute();

  await withId(db.schema.createTable('consultation_comments'), dialect)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('organisation', 'text')
    /** Private: for staff to reach the commenter, never shown in public. */
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('body', 'text', notNull)
    .addColumn('received_at', instant, notNull)
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('moderated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('moderated_at', instant)
    .execute();
  await db.schema.createIndex('consultation_comments_by_state').on('consultation_comments').columns(['consultation_id', 'state', 'received_at']).execute();
}
