/**
 * SQLite's LIMIT is written into the SQL text (db/inline-limits.ts) only where it is a
 * whole number; anything else stays bound as built, and the rows are the same.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './database.js';

describe('LIMIT written into SQLite statements', () => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  async function open(): Promise<Db> {
    db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await sql`create table n (v integer not null)`.execute(db.kysely);
    await sql`insert into n (v) values (1), (2), (3), (4), (5), (6)`.execute(db.kysely);
    return db;
  }

  it('writes a whole-number limit into the text and keeps the offset and the other values bound', async () => {
    const { kysely } = await open();
    const query = kysely.selectFrom('n' as never).select(sql<number>`v`.as('v')).where(sql`v`, '>', 1).orderBy(sql`v`).limit(3).offset(1);
    const compiled = query.compile();
    expect(compiled.sql).toMatch(/limit 3 offset \?$/);
    expect(compiled.parameters).toEqual([1, 1]);
    expect((await query.execute()).map((r) => r.v)).toEqual([3, 4, 5]);
  });

  it('leaves a limit that is not a whole number, or an expression, bound as built', async () => {
    const { kysely } = await open();
    const half = kysely.selectFrom('n' as never).select(sql<number>`v`.as('v')).limit(2.5).compile();
    expect(half.sql).toMatch(/limit \?$/);
    expect(half.parameters).toEqual([2.5]);
    const expression = kysely.selectFrom('n' as never).select(sql<number>`v`.as('v')).limit(sql<number>`${2} + ${1}`).compile();
    expect(expression.sql).toMatch(/limit \? \+ \?$/);
    expect(expression.parameters).toEqual([2, 1]);
  });

  it('does the same inside subqueries', async () => {
    const { kysely } = await open();
    const inner = kysely.selectFrom('n as i' as never).select(sql<number>`i.v`.as('v')).orderBy(sql`i.v`, 'desc').limit(2);
    const query = kysely.selectFrom('n' as never).select(sql<number>`v`.as('v')).where(sql`v`, 'in', inner).orderBy(sql`v`);
    expect(query.compile().sql).toContain('limit 2)');
    expect((await query.execute()).map((r) => r.v)).toEqual([5, 6]);
  });
});
