/**
 * Search's planner setting holds for search's own statements and for nothing else: on
 * PostgreSQL the work runs in one transaction with random_page_cost at
 * SEARCH_RANDOM_PAGE_COST, and the pool's connections keep the server's setting after it,
 * even when the work fails. SQLite has no such setting: the work runs on the database as given.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { SEARCH_RANDOM_PAGE_COST, withSearchPlanning } from './search-planning.js';

describe.each(TEST_DIALECTS)('search planning on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  const pageCost = async (db: TestDatabase['db']) => (await sql<{ cost: string }>`SELECT current_setting('random_page_cost') AS cost`.execute(db.kysely)).rows[0]?.cost;

  it.runIf(dialect === 'postgres')('plans search with the SSD page cost, inside its transaction only', async () => {
    const server = await pageCost(t.db);
    expect(server).not.toBe(String(SEARCH_RANDOM_PAGE_COST));
    const inside = await withSearchPlanning(t.db, async (db) => {
      // The same connection throughout: a transaction of its own.
      const [first, second] = [await pageCost(db), await pageCost(db)];
      return { first, second, open: (await sql<{ open: boolean }>`SELECT now() = statement_timestamp() AS open`.execute(db.kysely)).rows[0]?.open };
    });
    expect(inside).toEqual({ first: String(SEARCH_RANDOM_PAGE_COST), second: String(SEARCH_RANDOM_PAGE_COST), open: false });
    await expect(
      withSearchPlanning(t.db, () => {
        throw new Error('échec voulu');
      }),
    ).rejects.toThrow('échec voulu');
    // Every connection of the pool, after a search that ended and one that failed.
    const after = await Promise.all(Array.from({ length: 5 }, () => t.db.kysely.connection().execute((c) => pageCost({ ...t.db, kysely: c }))));
    expect(new Set(after)).toEqual(new Set([server]));
  });

  it.runIf(dialect === 'sqlite')('runs the work on the database as given', async () => {
    expect(await withSearchPlanning(t.db, (db) => Promise.resolve(db === t.db))).toBe(true);
  });
});
