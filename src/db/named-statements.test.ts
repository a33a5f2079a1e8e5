/**
 * On PostgreSQL the reads built once (prepared-query.ts) run as named statements, prepared
 * once per connection; other queries stay unnamed. A migration that changes a table under a
 * running process does not break a named read: it answers with the table as it is now, and
 * its connection is closed rather than reused.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { preparedQuery } from './prepared-query.js';
import type { Database } from './schema.js';

const jobById = preparedQuery(1, (db, id: number) => db.selectFrom('jobs').selectAll().where('id', '=', id));

async function preparedOn(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.statement);
}

const backendPid = async (db: Kysely<Database>) => (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]?.pid;

describe.runIf(postgresAvailable)('named statements on postgres', () => {
  let t: TestDatabase;
  let jobId: number;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    const row = await t.db.kysely.insertInto('jobs').values({ kind: 'publish', article_id: null, run_at: '2026-12-01T00:00:00.000Z', status: 'pending' }).returning('id').executeTakeFirstOrThrow();
    jobId = row.id;
  }, 60_000);
  afterAll(() => t.drop());

  it('prepares a read built once on the connection that runs it, and nothing else', async () => {
    const seen = await t.db.kysely.connection().execute(async (db) => {
      await db.selectFrom('jobs').select('kind').where('id', '=', jobId).execute();
      const read = await jobById.first(db, jobId);
      return { read, prepared: await preparedOn(db) };
    });
    expect(seen.read).toMatchObject({ id: jobId, kind: 'publish', status: 'pending' });
    expect(seen.prepared).toEqual(['select * from "jobs" where "id" = $1']);
  });

  it('answers with the table as it is after a migration changed it, and closes the stale connection', async () => {
    const stale = await t.db.kysely.connection().execute(async (db) => {
      expect(await jobById.first(db, jobId)).not.toHaveProperty('note');
      await sql`ALTER TABLE jobs ADD COLUMN note text DEFAULT 'thêm sau'`.execute(db);
      // The statement prepared before the change returns other columns now.
      expect(await jobById.first(db, jobId)).toMatchObject({ id: jobId, note: 'thêm sau' });
      return backendPid(db);
    });
    // Every connection the pool lends afterwards reads the new columns; the stale one is gone.
    const after = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.db.kysely.connection().execute(async (db) => ({ read: await jobById.first(db, jobId), pid: await backendPid(db) })),
      ),
    );
    for (const { read } of after) expect(read).toMatchObject({ id: jobId, note: 'thêm sau' });
    expect(after.map((a) => a.pid)).not.toContain(stale);
  });
});
