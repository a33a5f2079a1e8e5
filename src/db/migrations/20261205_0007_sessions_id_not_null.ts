/**
 * sessions.id_hash NOT NULL on SQLite too. Migration 0003 declared it a TEXT PRIMARY
 * KEY, which PostgreSQL makes NOT NULL but SQLite does not (a long-kept SQLite quirk),
 * so the schema differed from schema.ts there. SQLite cannot add NOT NULL to a column:
 * the table is rebuilt in one transaction, as the SQLite documentation describes
 * (no other table, view or trigger refers to sessions). Nothing to do on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

const SQLITE_REBUILD: readonly string[] = [
  `CREATE TABLE "sessions_rebuilt" ("id_hash" text not null primary key, "user_id" integer not null references "users" ("id") on delete cascade, "csrf_token" text not null, "created_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ','now')) not null, "last_seen_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ','now')) not null, "expires_at" text not null, "revoked_at" text, "ip" text, "user_agent" text, "second_factor_done" integer default 0 not null)`,
  // A session without a hash could never be found from a cookie: it is not carried over.
  `INSERT INTO "sessions_rebuilt" ("id_hash", "user_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "revoked_at", "ip", "user_agent", "second_factor_done")
    SELECT "id_hash", "user_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "revoked_at", "ip", "user_agent", "second_factor_done" FROM "sessions" WHERE "id_hash" IS NOT NULL`,
  `DROP TABLE "sessions"`,
  `ALTER TABLE "sessions_rebuilt" RENAME TO "sessions"`,
  `CREATE INDEX "sessions_user" on "sessions" ("user_id")`,
];

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') return;
  await db.transaction().execute(async (trx) => {
    for (const statement of SQLITE_REBUILD) await sql.raw(statement).execute(trx);
  });
}
