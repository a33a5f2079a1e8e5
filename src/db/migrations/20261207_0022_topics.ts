/**
 * Topics (chuyên đề, /chuyen-de): campaigns that gather published articles of any site
 * of the system. A topic with no site is the system's (its owners are the system
 * administrators); else it is that site's. Its slug is unique among the system's topics
 * and within each site (partial unique indexes: NULL site ids are never equal); that a
 * site topic does not take a system topic's slug is checked by the service.
 * `topic_articles` holds each article's membership: proposed, accepted or declined
 * (with the owner's note), never a copy of the article's text. Same statements on both databases.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);

  await withId(db.schema.createTable('topics'), dialect)
    .addColumn('site_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('image_media_id', 'integer', (c) => c.references('media.id'))
    /** "2022-11-15": calendar days, as the campaign names them. */
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', instant, notNull)
    .addColumn('updated_at', instant, notNull)
    .execute();
  await db.schema.createIndex('topics_system_slug_unique').on('topics').column('slug').unique().where(sql<SqlBool>`site_id IS NULL`).execute();
  await db.schema.createIndex('topics_site_slug_unique').on('topics').columns(['site_id', 'slug']).unique().where(sql<SqlBool>`site_id IS NOT NULL`).execute();

  await withId(db.schema.createTable('topic_articles'), dialect)
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('state', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('proposed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('proposed_at', instant, notNull)
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', instant)
    .addUniqueConstraint('topic_articles_unique', ['topic_id', 'article_id'])
    .execute();
  await db.schema.createIndex('topic_articles_article').on('topic_articles').column('article_id').execute();
}
