/**
 * Legal documents (*văn bản*, /van-ban): one row per document of a site, going through
 * the article workflow's statuses (status, published_at, revision, created_by,
 * return_note), with its number and symbol and the folded key every spelling of it
 * meets (number_key, indexed with the site), the slug of its type, field and issuing
 * body for the public filters, and the folded words of its number, type, summary and
 * issuer (search_text) for the `q` of /van-ban. `title` holds "type number: summary"
 * and `body_html` the optional sanitised text, for a later system-wide search index.
 * Relations (replaces, amends) and attached files of the media library are their own
 * tables. Dates of issue and effect are calendar dates (YYYY-MM-DD text). Same
 * statements on both databases.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await withId(db.schema.createTable('legal_documents'), dialect)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('slug', 'text', notNull)
    .addColumn('number', 'text', notNull)
    .addColumn('number_key', 'text', notNull)
    .addColumn('doc_type', 'text', notNull)
    .addColumn('issuer', 'text', notNull)
    .addColumn('issuer_slug', 'text', notNull)
    .addColumn('signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', notNull)
    .addColumn('effective_on', 'text')
    .addColumn('field', 'text', notNull)
    .addColumn('summary', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('validity', 'text', notNull)
    .addColumn('search_text', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('published_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('return_note', 'text')
    .addUniqueConstraint('legal_documents_site_slug_unique', ['site_id', 'slug'])
    .execute();
  await db.schema.createIndex('legal_documents_site_number').on('legal_documents').columns(['site_id', 'number_key']).execute();
  await db.schema.createIndex('legal_documents_site_issued').on('legal_documents').columns(['site_id', 'status', 'issued_on']).execute();

  await db.schema
    .createTable('legal_document_links')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('legal_documents.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('legal_documents.id').onDelete('cascade'))
    .addColumn('relation', 'text', notNull)
    .addPrimaryKeyConstraint('legal_document_links_pk', ['document_id', 'target_id'])
    .execute();
  await db.schema.createIndex('legal_document_links_target').on('legal_document_links').columns(['target_id']).execute();

  await db.schema
    .createTable('legal_document_attachments')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('legal_documents.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id'))
    .addColumn('position', 'integer', notNull)
    .addPrimaryKeyConstraint('legal_document_attachments_pk', ['document_id', 'media_id'])
    .execute();
}
