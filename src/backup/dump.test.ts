/**
 * The backup reads one moment: inside its read snapshot, a row another connection
 * commits meanwhile (the system keeps serving) is not seen, on either database; and a
 * table keyed by text comes out in byte order on both (PostgreSQL's locale would sort
 * "alpha" before "Zeta").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { countRows, tableRows, withReadSnapshot } from './dump.js';
import { TABLE_ORDER } from './table-order.js';

const stamp = '2026-11-29T03:00:00.000Z';

function site(slug: string) {
  return {
    slug, kind: 'commune' as const, parent_id: null, name: slug, short_name: slug, hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null,
    logo_path: null, theme_color: '#0b4f8a', public_service_url: null, status: 'active' as const, successor_site_id: null, sort_order: 0, created_at: stamp, updated_at: stamp,
  };
}

describe.each(TEST_DIALECTS)('reading tables on %s', (dialect) => {
  let t: TestDatabase;
  let other: Db;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    other = openDatabase(t.target);
  });
  afterAll(async () => {
    await other.close();
    await t.drop();
  });

  it('does not see what another connection commits during the snapshot', async () => {
    await t.db.kysely.insertInto('sites').values(site('xa-mot')).execute();
    const seen = await withReadSnapshot(t.db, async (trx) => {
      const first = await countRows(trx, 'sites');
      await other.kysely.insertInto('sites').values(site('xa-hai')).execute();
      return { first, second: await countRows(trx, 'sites') };
    });
    expect(seen).toEqual({ first: 1, second: 1 });
    expect(await countRows(t.db.kysely, 'sites')).toBe(2);
  });

  it('orders text keys byte by byte, in batches', async () => {
    const user = await t.db.kysely
      .insertInto('users')
      .values({ username: 'u', display_name: 'u', email: null, password_hash: 'x', is_system_admin: 0, status: 'active', updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const idHash of ['alpha', 'Zeta', 'beta', 'Ánh', 'a']) {
      await t.db.kysely.insertInto('sessions').values({ id_hash: idHash, user_id: user.id, csrf_token: 'c', created_at: stamp, last_seen_at: stamp, expires_at: stamp, revoked_at: null, ip: null, user_agent: null, second_factor_done: 0 }).execute();
    }
    const spec = TABLE_ORDER.find((s) => s.name === 'sessions');
    if (spec === undefined) throw new Error('sessions is not in the table order');
    const keys: unknown[] = [];
    for await (const row of tableRows(t.db.kysely, dialect, spec, 2)) keys.push(row['id_hash']);
    expect(keys).toEqual(['Zeta', 'a', 'alpha', 'beta', 'Ánh']);
  });
});
