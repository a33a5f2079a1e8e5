/**
 * The whole migration chain, run from an empty database on SQLite and PostgreSQL,
 * must build the schema the code expects: the tables and columns of schema.ts (through
 * the compiler-checked listing in expected-schema.ts) with their nullability and broad
 * kind, plus the search objects schema.ts does not describe. The migrations have no
 * `down`, so there is no down/up round trip to test.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { migrateToLatest, MIGRATION_NAMES } from './index.js';
import { actualSnapshot, expectedSnapshot } from './schema-snapshot.js';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    // A brand-new database, brought up by the whole chain.
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  it('applies every migration, in order, and a second run applies none', async () => {
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY timestamp, name`.execute(t.db.kysely);
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('builds exactly the schema the code expects', async () => {
    const expected = expectedSnapshot(dialect);
    const actual = await actualSnapshot(t.db.kysely, dialect);
    expect(actual, 'migrated database (Received) against expected-schema.ts (Expected): what schema.ts has and the database lacks needs a migration; what the database has and schema.ts lacks, a line in schema.ts').toEqual(expected);
  });

  it('round-trips instants as ISO UTC strings', async () => {
    const row = await t.db.kysely
      .insertInto('sites')
      .values({ slug: 's', kind: 'province', parent_id: null, name: 'n', short_name: 'n', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: '2022-11-16T09:21:00.000Z', updated_at: '2022-11-16T09:21:00.000Z' })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBe('2022-11-16T09:21:00.000Z');
    expect(typeof row.id).toBe('number');
  });
});
