/** Reading and updating accounts for administration: by id, a searchable list, a new password. */
import { sql, type Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { Database, UserRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export async function findUserById(db: Conn, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** LIKE pattern for a substring, with LIKE's wildcards escaped. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listUsers(db: Conn, f: { q?: string | undefined; limit: number; offset: number }): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users');
  if (f.q !== undefined && f.q.length > 0) {
    const pattern = containsPattern(f.q);
    query = query.where(sql<boolean>`(lower(username) like ${pattern} escape '\\' or lower(display_name) like ${pattern} escape '\\')`);
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('username').limit(f.limit).offset(f.offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: toCount(count.n) };
}

/** Stores a new password hash; a password set by someone else must be changed at the next sign-in. */
export async function setPasswordHash(db: Conn, userId: number, passwordHash: string, opts: { mustChange: boolean; now: Date }): Promise<void> {
  const now = opts.now.toISOString();
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: opts.mustChange ? 1 : 0,
      failed_logins: 0,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}
