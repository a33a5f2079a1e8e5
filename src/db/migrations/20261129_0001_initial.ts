/**
 * The foundation: sites, categories, articles and what hangs off them, static pages,
 * media references, old-URL redirects and user accounts.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await withId(db.schema.createTable('sites'), dialect)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', notNull)
    .addColumn('parent_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('short_name', 'text', notNull)
    .addColumn('hostnames', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('responsible_agency', 'text')
    .addColumn('responsible_person', 'text')
    .addColumn('logo_path', 'text')
    .addColumn('theme_color', 'text', (c) => c.notNull().defaultTo('#9b1c1c'))
    .addColumn('public_service_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('successor_site_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .execute();

  await withId(db.schema.createTable('users'), dialect)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text', notNull)
    .addColumn('is_system_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .execute();

  await withId(db.schema.createTable('categories'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('description', 'text')
    .addColumn('menu_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_menu', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('categories_site_slug_unique', ['site_id', 'slug'])
    .execute();

  await withId(db.schema.createTable('media'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', notNull)
    .addColumn('mime_type', 'text', notNull)
    .addColumn('byte_size', 'integer', notNull)
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('alt_text', 'text')
    .addColumn('caption', 'text')
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .execute();

  await withId(db.schema.createTable('articles'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('featured_image_id', 'integer', (c) => c.references('media.id'))
    .addColumn('featured_image_caption', 'text')
    .addColumn('author_name', 'text')
    .addColumn('source', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('withdrawn_note', 'text')
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', instant)
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('articles_site_slug_unique', ['site_id', 'slug'])
    .execute();
  await db.schema.createIndex('articles_site_published').on('articles').columns(['site_id', 'status', 'published_at']).execute();
  await db.schema.createIndex('articles_category_published').on('articles').columns(['category_id', 'status', 'published_at']).execute();

  await db.schema
    .createTable('article_categories')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_categories_pk', ['article_id', 'category_id'])
    .execute();

  await withId(db.schema.createTable('tags'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addUniqueConstraint('tags_site_slug_unique', ['site_id', 'slug'])
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();

  await db.schema
    .createTable('article_attachments')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_attachments_pk', ['article_id', 'media_id'])
    .execute();

  await db.schema
    .createTable('article_relations')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_relations_pk', ['article_id', 'related_article_id'])
    .execute();

  await withId(db.schema.createTable('pages'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('menu_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_menu', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('pages_site_slug_unique', ['site_id', 'slug'])
    .execute();

  await withId(db.schema.createTable('redirects'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('from_path', 'text', notNull)
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('cascade'))
    .addColumn('page_id', 'integer', (c) => c.references('pages.id').onDelete('cascade'))
    .addColumn('to_path', 'text')
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('redirects_site_path_unique', ['site_id', 'from_path'])
    .execute();
}
