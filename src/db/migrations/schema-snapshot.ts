/**
 * Reads a migrated database back in the terms of expected-schema.ts, one line per
 * fact ("users.email: text?", "trigger pages.search_sync", …), so that a test can
 * compare it with the listing on either dialect and show exactly what differs.
 * Kysely's own bookkeeping tables and FTS5's shadow tables are left out.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { EXPECTED_EXTRAS, EXPECTED_SCHEMA, type ColumnKind } from '../expected-schema.js';

const FTS5_SHADOW_SUFFIXES = ['_config', '_content', '_data', '_docsize', '_idx'];

/** The broad kind of a column type as each database names it ("unknown …" when it fits none). */
function kindOf(dialect: Dialect, dataType: string): string {
  const type = dataType.toLowerCase();
  if (dialect === 'postgres') {
    if (['int2', 'int4', 'int8'].includes(type)) return 'integer';
    if (['float4', 'float8', 'numeric'].includes(type)) return 'real';
    if (['text', 'varchar'].includes(type)) return 'text';
    if (type === 'timestamptz') return 'instant';
    if (type === 'tsvector') return 'tsvector';
  } else {
    if (['integer', 'int', 'bigint'].includes(type)) return 'integer';
    if (['real', 'double', 'float'].includes(type)) return 'real';
    if (type === 'text') return 'text';
  }
  return `unknown ${dataType}`;
}

/** How an expected kind is stored: SQLite keeps instants as ISO 8601 text. */
function storedKind(dialect: Dialect, kind: ColumnKind): string {
  return dialect === 'sqlite' && kind === 'instant' ? 'text' : kind;
}

/** The lines the migrated database should give. */
export function expectedSnapshot(dialect: Dialect): string[] {
  const lines = Object.entries(EXPECTED_SCHEMA).flatMap(([table, columns]) =>
    Object.entries(columns).map(([column, spec]: [string, string]) => {
      const nullable = spec.endsWith('?');
      return `${table}.${column}: ${storedKind(dialect, spec.replace('?', '') as ColumnKind)}${nullable ? '?' : ''}`;
    }),
  );
  if (dialect === 'postgres') {
    const extras = EXPECTED_EXTRAS.postgres;
    for (const [table, columns] of Object.entries(extras.columns)) {
      for (const [column, kind] of Object.entries(columns)) lines.push(`${table}.${column}: ${kind}`);
    }
    lines.push(...extras.functions.map((f) => `function ${f}`), ...extras.triggers.map((t) => `trigger ${t}`));
    lines.push(...extras.extensions.map((e) => `extension ${e}`), ...extras.searchIndexes.map((i) => `index ${i}`));
    lines.push(...Object.entries(extras.partitioned).map(([table, how]) => `partitioned ${table} BY ${how}`));
  } else {
    const extras = EXPECTED_EXTRAS.sqlite;
    for (const [table, columns] of Object.entries(extras.virtualTables)) lines.push(`virtual ${table} USING fts5 (${columns.join(', ')})`);
    lines.push(...extras.triggers.map((t) => `trigger ${t}`));
  }
  return lines.sort();
}

async function rows<DB, R>(db: Kysely<DB>, query: ReturnType<typeof sql<R>>): Promise<R[]> {
  return (await query.execute(db)).rows;
}

async function sqliteSnapshot<DB>(db: Kysely<DB>): Promise<string[]> {
  const lines: string[] = [];
  const virtual = await rows(db, sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`);
  const shadows = new Set(virtual.flatMap((v) => FTS5_SHADOW_SUFFIXES.map((s) => `${v.name}${s}`)));
  for (const v of virtual) {
    const module = /USING\s+(\w+)/i.exec(v.sql)?.[1]?.toLowerCase() ?? 'unknown';
    const columns = await rows(db, sql<{ name: string }>`SELECT name FROM pragma_table_info(${v.name}) ORDER BY cid`);
    lines.push(`virtual ${v.name} USING ${module} (${columns.map((c) => c.name).join(', ')})`);
  }
  const tables = await rows(
    db,
    sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'kysely\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
  );
  for (const { name: table } of tables.filter((t) => !shadows.has(t.name))) {
    const columns = await rows(db, sql<{ name: string; type: string; notnull: number; pk: number }>`SELECT name, type, "notnull", pk FROM pragma_table_info(${table})`);
    for (const c of columns) {
      // An INTEGER PRIMARY KEY is the rowid: never null, though SQLite does not mark it NOT NULL.
      const notNull = c.notnull === 1 || (c.pk > 0 && c.type.toUpperCase() === 'INTEGER');
      lines.push(`${table}.${c.name}: ${kindOf('sqlite', c.type)}${notNull ? '' : '?'}`);
    }
  }
  const triggers = await rows(db, sql<{ t: string }>`SELECT tbl_name || '.' || name AS t FROM sqlite_master WHERE type = 'trigger'`);
  lines.push(...triggers.map((r) => `trigger ${r.t}`));
  return lines.sort();
}

async function postgresSnapshot<DB>(db: Kysely<DB>): Promise<string[]> {
  const lines: string[] = [];
  // A partitioned table is listed once, with how it is split; its partitions are not tables of their own here.
  const partitioned = await rows(
    db,
    sql<{ name: string; key: string; parts: number | string }>`SELECT c.relname AS name, pg_get_partkeydef(c.oid) AS key,
      (SELECT count(*) FROM pg_inherits i WHERE i.inhparent = c.oid) AS parts
      FROM pg_class c WHERE c.relkind = 'p' AND c.relnamespace = 'public'::regnamespace`,
  );
  lines.push(...partitioned.map((p) => `partitioned ${p.name} BY ${p.key} into ${Number(p.parts)}`));
  const partitions = new Set(
    (await rows(db, sql<{ name: string }>`SELECT relname AS name FROM pg_class WHERE relispartition AND relkind = 'r' AND relnamespace = 'public'::regnamespace`)).map((p) => p.name),
  );
  for (const table of await db.introspection.getTables()) {
    if (table.schema !== 'public' || table.isView || partitions.has(table.name)) continue;
    for (const c of table.columns) lines.push(`${table.name}.${c.name}: ${kindOf('postgres', c.dataType)}${c.isNullable ? '?' : ''}`);
  }
  // Functions the migrations made, not those an extension brought.
  const functions = await rows(
    db,
    sql<{ name: string }>`SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  lines.push(...functions.map((f) => `function ${f.name}`));
  const triggers = await rows(db, sql<{ t: string }>`SELECT c.relname || '.' || t.tgname AS t FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal`);
  lines.push(...triggers.map((r) => `trigger ${r.t}`));
  const extensions = await rows(db, sql<{ name: string }>`SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`);
  lines.push(...extensions.map((e) => `extension ${e.name}`));
  const indexes = await rows(
    db,
    sql<{ name: string; def: string }>`SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = 'search_documents' AND indexname <> 'search_documents_pkey'`,
  );
  lines.push(...indexes.map((i) => `index ${i.name} ${i.def.slice(i.def.indexOf('USING'))}`));
  return lines.sort();
}

/** The lines the database actually gives. */
export function actualSnapshot<DB>(db: Kysely<DB>, dialect: Dialect): Promise<string[]> {
  return dialect === 'postgres' ? postgresSnapshot(db) : sqliteSnapshot(db);
}
