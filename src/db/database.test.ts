/** How the SQLite connection is set up: what every connection gets, and the bulk-load page cache. */
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

async function pragma(db: ReturnType<typeof openDatabase>, name: 'cache_size' | 'foreign_keys'): Promise<number> {
  const { rows } = await sql<Record<string, number>>`SELECT * FROM ${sql.raw(`pragma_${name}`)}`.execute(db.kysely);
  return Object.values(rows[0] ?? {})[0] ?? Number.NaN;
}

describe('openDatabase (SQLite)', () => {
  it('enforces foreign keys and keeps SQLite’s own page cache by default', async () => {
    const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    try {
      expect(await pragma(db, 'foreign_keys')).toBe(1);
      const bare = new SQLite(':memory:');
      expect(await pragma(db, 'cache_size')).toBe(bare.pragma('cache_size', { simple: true }));
      bare.close();
    } finally {
      await db.close();
    }
  });

  it('gives a bulk load the page cache it asks for, in MB', async () => {
    const db = openDatabase({ kind: 'sqlite', file: ':memory:' }, { sqliteCacheMb: 256 });
    try {
      expect(await pragma(db, 'cache_size')).toBe(-256 * 1024);
    } finally {
      await db.close();
    }
  });
});
