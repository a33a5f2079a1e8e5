/**
 * The backup's table list against the schema: it names every table of expected-schema.ts
 * but the derived ones, once; on a migrated database of each dialect every foreign key
 * points at an earlier table (or is a declared self-reference), and each declared primary
 * key is the table's real one. A table added by a later feature fails here until the
 * list names it. Plus the pure parts: row normalising and the manifest checks.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_SCHEMA } from '../db/expected-schema.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { normaliseRow } from './dump.js';
import { isSafeEntryName, parseManifest } from './manifest.js';
import { columnsOf, primaryKeyOf, SKIPPED_TABLES, TABLE_ORDER, tablesNotCovered } from './table-order.js';

describe('the table list', () => {
  it('covers every table of expected-schema.ts except the derived search index, each once', () => {
    expect(tablesNotCovered()).toEqual([]);
    const names = TABLE_ORDER.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(SKIPPED_TABLES).toEqual(['search_documents']);
    expect(names).not.toContain('search_documents');
    expect([...names, ...SKIPPED_TABLES].sort()).toEqual(Object.keys(EXPECTED_SCHEMA).sort());
  });

  it('declares self-references and keys among the columns of their table', () => {
    for (const spec of TABLE_ORDER) {
      const columns = columnsOf(spec.name).map((c) => c.name);
      for (const column of [...primaryKeyOf(spec), ...(spec.selfReferences ?? [])]) expect(columns, `${spec.name}.${column}`).toContain(column);
    }
  });
});

interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

async function foreignKeys(t: TestDatabase): Promise<ForeignKey[]> {
  const db = t.db.kysely;
  if (t.db.dialect === 'postgres') {
    const result = await sql<ForeignKey>`
      select cl.relname as "table", a.attname as "column", ref.relname as "references"
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_class ref on ref.oid = c.confrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'f' and cl.relnamespace = current_schema()::regnamespace`.execute(db);
    return result.rows;
  }
  const keys: ForeignKey[] = [];
  for (const table of Object.keys(EXPECTED_SCHEMA)) {
    const result = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${table})`.execute(db);
    for (const row of result.rows) keys.push({ table, column: row.from, references: row.table });
  }
  return keys;
}

async function primaryKey(t: TestDatabase, table: string): Promise<string[]> {
  const db = t.db.kysely;
  if (t.db.dialect === 'postgres') {
    const result = await sql<{ column: string }>`
      select a.attname as "column"
      from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
      where i.indrelid = ${table}::regclass and i.indisprimary
      order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
    return result.rows.map((r) => r.column);
  }
  const result = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
  return result.rows.map((r) => r.name);
}

describe.each(TEST_DIALECTS)('the table order against a migrated %s database', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  it('puts every table after the tables its foreign keys name', async () => {
    const position = new Map(TABLE_ORDER.map((spec, index) => [spec.name as string, index]));
    const keys = await foreignKeys(t);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const spec = TABLE_ORDER.find((s) => s.name === key.table);
      if (spec === undefined) continue; // a skipped table
      if (key.references === key.table) {
        expect(spec.selfReferences ?? [], `${key.table}.${key.column} refers to its own table`).toContain(key.column);
      } else {
        expect(position.get(key.references), `${key.table}.${key.column} → ${key.references}`).toBeLessThan(position.get(key.table) ?? -1);
      }
    }
  });

  it('declares each table’s real primary key', async () => {
    for (const spec of TABLE_ORDER) expect(await primaryKey(t, spec.name), spec.name).toEqual([...primaryKeyOf(spec)]);
  });
});

describe('row normalising', () => {
  it('writes instants as ISO strings with milliseconds and numbers as numbers, columns in schema order', () => {
    const columns = columnsOf('jobs');
    const row = normaliseRow(columns, {
      status: 'pending', id: '7', kind: 'publish', article_id: 3n, run_at: '2026-11-29T03:00:00Z', attempts: 0, locked_by: null,
      locked_at: new Date('2026-11-29T03:00:01.500Z'), done_at: null, last_error: null, created_by: null, created_at: '2026-11-29T03:00:00.000Z',
    });
    expect(JSON.stringify(row)).toBe(
      '{"id":7,"kind":"publish","article_id":3,"run_at":"2026-11-29T03:00:00.000Z","status":"pending","attempts":0,"locked_by":null,' +
        '"locked_at":"2026-11-29T03:00:01.500Z","done_at":null,"last_error":null,"created_by":null,"created_at":"2026-11-29T03:00:00.000Z"}',
    );
  });
});

describe('the manifest', () => {
  it('tells a foreign file, another version and a damaged manifest apart', () => {
    expect(parseManifest('not json')).toEqual({ ok: false, problem: { kind: 'unreadable' } });
    expect(parseManifest('{"format":"x-backup","version":1}')).toEqual({ ok: false, problem: { kind: 'foreign', format: 'x-backup' } });
    expect(parseManifest('{"format":"govportal-backup","version":3}')).toEqual({ ok: false, problem: { kind: 'version', version: 3 } });
    expect(parseManifest('{"format":"govportal-backup","version":1}')).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
  });

  it('accepts only entry names that stay inside their folder', () => {
    expect(isSafeEntryName('media/camlo/2026/11/a.png')).toBe(true);
    for (const name of ['', '/etc/passwd', 'media/../x', 'media//x', './x', 'media\\x']) expect(isSafeEntryName(name), name).toBe(false);
  });
});
