/**
 * SQLite statements kept prepared (statement-cache.ts): a repeated query is prepared once,
 * the same text read while it is being iterated gets a statement of its own, the cache stays bounded, and
 * a statement kept across a schema change runs against the new schema.
 */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

interface Tables {
  notes: { id: number; body: string };
}

describe('SQLite statements kept prepared', () => {
  let raw: SQLite.Database;
  let prepared: string[];
  let db: Kysely<Tables>;

  beforeEach(async () => {
    raw = new SQLite(':memory:');
    prepared = [];
    const counting = Object.assign(Object.create(raw) as SQLite.Database, {
      prepare: (text: string) => {
        prepared.push(text);
        return raw.prepare(text);
      },
    });
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(counting, 3) }) });
    await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)`.execute(db);
    for (let id = 1; id <= 5; id += 1) await db.insertInto('notes').values({ id, body: `ghi chú ${id}` }).execute();
  });
  afterEach(() => db.destroy());

  const byId = (id: number) => db.selectFrom('notes').select('body').where('id', '=', id).executeTakeFirst();

  it('prepares a repeated query once and answers each with its own values', async () => {
    prepared.length = 0;
    expect((await byId(2))?.body).toBe('ghi chú 2');
    expect((await byId(4))?.body).toBe('ghi chú 4');
    expect((await byId(9))?.body).toBeUndefined();
    expect(prepared).toHaveLength(1);
  });

  it('gives a statement of its own to the same text while it is being iterated', () => {
    const cache = withStatementCache(raw);
    const text = 'SELECT body FROM notes WHERE id <= ? ORDER BY id';
    const outer = cache.prepare(text);
    const seen: unknown[] = [];
    for (const row of outer.iterate([3])) {
      const inner = cache.prepare(text);
      expect(inner).not.toBe(outer);
      expect(inner.all([1])).toEqual([{ body: 'ghi chú 1' }]);
      seen.push(row);
    }
    expect(seen).toHaveLength(3);
    // Idle again, the kept statement is given back.
    expect(cache.prepare(text)).toBe(outer);
  });

  it('keeps at most its size of texts, the least recently used dropped first', async () => {
    prepared.length = 0;
    await byId(1); // text A
    await db.selectFrom('notes').select('id').where('body', '=', 'x').execute(); // B
    await db.selectFrom('notes').select('id').where('id', '>', 3).execute(); // C
    await byId(2); // A again: kept, now the most recent
    await db.selectFrom('notes').select('id').where('id', '<', 3).execute(); // D: B is dropped
    await byId(3); // A: still kept
    await db.selectFrom('notes').select('id').where('body', '=', 'y').execute(); // B: prepared again
    expect(prepared).toHaveLength(5);
  });

  it('runs a kept statement against the schema as it is now', async () => {
    await byId(1);
    await sql`ALTER TABLE notes RENAME COLUMN body TO old_body`.execute(db);
    await sql`ALTER TABLE notes ADD COLUMN body TEXT NOT NULL DEFAULT 'mới'`.execute(db);
    expect((await byId(1))?.body).toBe('mới');
  });
});
