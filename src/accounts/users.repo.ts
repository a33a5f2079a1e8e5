/** Storage of accounts (system-wide; per-site roles come with the editorial system). */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export async function findUserByUsername(db: Conn, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function insertUser(
  db: Conn,
  user: { username: string; displayName: string; passwordHash: string; isSystemAdmin: boolean; now: string },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      email: null,
      password_hash: user.passwordHash,
      is_system_admin: user.isSystemAdmin ? 1 : 0,
      status: 'active',
      created_at: user.now,
      updated_at: user.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
