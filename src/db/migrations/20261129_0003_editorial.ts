/**
 * The editorial system: per-site roles, sessions, two-factor recovery codes,
 * article revisions (optimistic concurrency), scheduled jobs, royalty data, and the
 * append-only audit log (the database itself refuses UPDATE and DELETE on it).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { instantType, notNull, withId } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const instant = instantType(dialect);
  const now = dialect === 'postgres' ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_enabled_at', instant).execute();
  await db.schema.alterTable('users').addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('locked_until', instant).execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', instant).execute();
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('site_roles')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('role', 'text', notNull)
    .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('granted_at', instant, (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('site_roles_pk', ['user_id', 'site_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('last_seen_at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', instant, notNull)
    .addColumn('revoked_at', instant)
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('second_factor_done', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await withId(db.schema.createTable('recovery_codes'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', notNull)
    .addColumn('used_at', instant)
    .execute();

  await db.schema.alterTable('articles').addColumn('created_by', 'integer', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('articles').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('return_note', 'text').execute();
  await db.schema.alterTable('articles').addColumn('scheduled_at', instant).execute();
  await db.schema.alterTable('articles').addColumn('unpublish_at', instant).execute();
  await db.schema.alterTable('articles').addColumn('genre', 'text').execute();
  await db.schema.alterTable('articles').addColumn('royalty_coefficient', 'real').execute();
  await db.schema.alterTable('articles').addColumn('is_reprint', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('approved_by', 'integer', (c) => c.references('users.id')).execute();

  await withId(db.schema.createTable('article_revisions'), dialect)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('number', 'integer', notNull)
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    /** JSON: every editable field of the article as saved. */
    .addColumn('snapshot', 'text', notNull)
    .addColumn('note', 'text')
    .addUniqueConstraint('article_revisions_number_unique', ['article_id', 'number'])
    .execute();

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('name', 'text', notNull)
    /** Share of the royalty, in percent; the shares of an article add up to 100. */
    .addColumn('share', 'real', notNull)
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'position'])
    .execute();

  await withId(db.schema.createTable('jobs'), dialect)
    .addColumn('kind', 'text', notNull)
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
    .addColumn('run_at', instant, notNull)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', instant)
    .addColumn('done_at', instant)
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema.alterTable('media').addColumn('uploaded_by', 'integer', (c) => c.references('users.id')).execute();
  /** JSON array of responsive variants: { width, format, storage_key, byte_size }. */
  await db.schema.alterTable('media').addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]')).execute();

  await withId(db.schema.createTable('audit_log'), dialect)
    .addColumn('at', instant, (c) => c.notNull().defaultTo(now))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text')
    .addColumn('site_id', 'integer')
    .addColumn('action', 'text', notNull)
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('ip', 'text')
    /** JSON with what changed; never a password, hash, secret or token. */
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_site_at').on('audit_log').columns(['site_id', 'at']).execute();

  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}
