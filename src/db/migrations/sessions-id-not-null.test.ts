/**
 * Migration 0007 rebuilds sessions on SQLite to make id_hash NOT NULL: a database made
 * before it keeps its sessions, their index and the cascade from users.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../database.js';
import { migrateUpTo } from './index.js';

describe('migration 0007 on an existing SQLite database', () => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('keeps every session, makes id_hash NOT NULL and still cascades from users', async () => {
    db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateUpTo(db, '20261129_0006_search_near');
    const k = db.kysely;
    const at = '2026-11-29T03:00:00.000Z';
    const user = await k
      .insertInto('users')
      .values({ username: 'lan', display_name: 'Lan', email: null, password_hash: 'x', is_system_admin: 0, status: 'active', totp_secret: null, totp_enabled_at: null, totp_last_step: null, locked_until: null, password_changed_at: null, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = { user_id: user.id, csrf_token: 'c', created_at: at, last_seen_at: at, expires_at: at, revoked_at: null, ip: '203.0.113.9', user_agent: 'ua', second_factor_done: 1 };
    await k.insertInto('sessions').values([{ ...session, id_hash: 'a' }, { ...session, id_hash: 'b', revoked_at: at }]).execute();
    const before = await k.selectFrom('sessions').selectAll().orderBy('id_hash').execute();

    expect(await migrateUpTo(db, '20261205_0007_sessions_id_not_null')).toEqual(['20261205_0007_sessions_id_not_null']);

    expect(await k.selectFrom('sessions').selectAll().orderBy('id_hash').execute()).toEqual(before);
    const idHash = await sql<{ notnull: number }>`SELECT "notnull" FROM pragma_table_info('sessions') WHERE name = 'id_hash'`.execute(k);
    expect(idHash.rows[0]?.notnull).toBe(1);
    const index = await sql<{ name: string }>`SELECT name FROM pragma_index_list('sessions') WHERE origin = 'c'`.execute(k);
    expect(index.rows.map((r) => r.name)).toEqual(['sessions_user']);
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM pragma_foreign_key_check`.execute(k)).rows[0]?.n).toBe(0);
    await k.deleteFrom('users').where('id', '=', user.id).execute();
    expect(await k.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});
