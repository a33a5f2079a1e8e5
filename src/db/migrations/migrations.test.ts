import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { migrateToLatest } from './index.js';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of opened) await t.drop();
  });

  it('creates every table and is idempotent', async () => {
    const t = await createTestDatabase(dialect);
    opened.push(t);
    const tables = (await t.db.kysely.introspection.getTables()).map((x) => x.name);
    for (const name of ['sites', 'categories', 'articles', 'pages', 'media', 'redirects', 'users']) {
      expect(tables).toContain(name);
    }
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('round-trips instants as ISO UTC strings', async () => {
    const t = await createTestDatabase(dialect);
    opened.push(t);
    const row = await t.db.kysely
      .insertInto('sites')
      .values({ slug: 's', kind: 'province', parent_id: null, name: 'n', short_name: 'n', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#000000', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 0, created_at: '2022-11-16T09:21:00.000Z', updated_at: '2022-11-16T09:21:00.000Z' })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBe('2022-11-16T09:21:00.000Z');
    expect(typeof row.id).toBe('number');
  });
});
