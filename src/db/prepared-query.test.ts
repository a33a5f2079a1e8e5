/**
 * Reads built once (prepared-query.ts): each run binds its own values, on both databases,
 * as the same query built each time would read; a value the query never takes is refused
 * when the read is first built, rather than silently ignored.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { preparedQuery } from './prepared-query.js';
import type { Database, JobStatus } from './schema.js';

const STATUSES: readonly JobStatus[] = ['pending', 'done', 'failed'];

/** The same read, built each time. */
function built(db: Kysely<Database>, status: JobStatus, from: string, limit: number) {
  return db.selectFrom('jobs').select(['id', 'run_at']).where('status', '=', status).where('run_at', '>=', from).where('kind', '=', 'publish').orderBy('run_at').orderBy('id').limit(limit);
}

describe.each(TEST_DIALECTS)('prepared reads on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const rows = Array.from({ length: 30 }, (_, i) => ({
      kind: i % 4 === 0 ? ('unpublish' as const) : ('publish' as const),
      article_id: null,
      run_at: new Date(Date.UTC(2026, 11, 1 + (i % 10), i)).toISOString(),
      status: STATUSES[i % 3] ?? 'pending',
    }));
    await t.db.kysely.insertInto('jobs').values(rows).execute();
  }, 60_000);
  afterAll(() => t.drop());

  const jobsFrom = preparedQuery(3, (db, status: JobStatus, from: string, limit: number) => built(db, status, from, limit));

  it('reads with the values of each run, as the same query built each time would', async () => {
    const db = t.db.kysely;
    const cases = [['pending', '2026-12-01', 3], ['done', '2026-12-05', 2], ['failed', '2026-12-03', 100], ['pending', '2027-01-01', 5], ['done', '2026-01-01', 1]] as const;
    let seen = 0;
    for (const [status, from, limit] of cases) {
      const expected = await built(db, status, from, limit).execute();
      seen += expected.length;
      expect(await jobsFrom.all(db, status, from, limit)).toEqual(expected);
    }
    // The cases read rows, and not always the same ones.
    expect(seen).toBeGreaterThan(5);
    expect(await jobsFrom.first(db, 'done', '2026-12-05', 10)).toEqual(await built(db, 'done', '2026-12-05', 10).executeTakeFirst());
    expect(await jobsFrom.first(db, 'pending', '2027-01-01', 10)).toBeUndefined();
  });

  it('refuses a read that never takes one of its values', async () => {
    const unused = preparedQuery(2, (db, from: string, limit: number) => db.selectFrom('jobs').select('id').where('run_at', '>=', from).limit(limit > 0 ? 10 : 1));
    await expect(unused.all(t.db.kysely, '2026-12-01', 3)).rejects.toThrow(/did not reach/);
  });
});
