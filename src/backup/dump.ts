/**
 * Reading tables as normalised JSON lines: every row of a table in primary-key order,
 * one JSON object a line with the columns in expected-schema.ts's order, values written
 * the same way whichever database they come from (instants as ISO 8601 UTC strings with
 * milliseconds, flags and counters as numbers, JSON as the text stored). So the SHA-256
 * of a table's lines is its content checksum, comparable across SQLite and PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db, Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { columnsOf, primaryKeyOf, type TableColumn, type TableSpec } from './table-order.js';

export type JsonValue = string | number | null;
export type TableRow = Record<string, JsonValue>;

const BATCH_ROWS = 500;

function normaliseValue(column: TableColumn, value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (column.kind === 'instant' && typeof value === 'string') {
    const time = Date.parse(value);
    // Stored instants are ISO strings already; one that does not parse is kept as it is.
    return Number.isNaN(time) ? value : new Date(time).toISOString();
  }
  if ((column.kind === 'integer' || column.kind === 'real') && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return JSON.stringify(value);
}

/** One row as it is written to the archive: the columns in order, the values normalised. */
export function normaliseRow(columns: readonly TableColumn[], row: Record<string, unknown>): TableRow {
  const out: TableRow = {};
  for (const column of columns) out[column.name] = normaliseValue(column, row[column.name]);
  return out;
}

export function rowLine(row: TableRow): string {
  return `${JSON.stringify(row)}\n`;
}

/**
 * Text keys compare byte by byte on both databases (PostgreSQL's "C" collation is
 * SQLite's BINARY), so a table of text keys comes out in the same order from either.
 */
function keyExpression(dialect: Dialect, column: TableColumn): RawBuilder<unknown> {
  return dialect === 'postgres' && column.kind === 'text' ? sql`${sql.ref(column.name)} collate "C"` : sql`${sql.ref(column.name)}`;
}

/** Every row of a table in primary-key order, read in batches by key (no OFFSET). */
export async function* tableRows(db: Kysely<Database>, dialect: Dialect, spec: TableSpec, batchRows = BATCH_ROWS): AsyncGenerator<TableRow> {
  const columns = columnsOf(spec.name);
  const keyColumns = primaryKeyOf(spec).map((name) => {
    const column = columns.find((c) => c.name === name);
    if (column === undefined) throw new Error(`primary key column ${spec.name}.${name} is not in expected-schema.ts`);
    return column;
  });
  const selected = sql.join(columns.map((c) => sql.ref(c.name)));
  const keyList = sql.join(keyColumns.map((c) => keyExpression(dialect, c)));
  let after: JsonValue[] | undefined;
  for (;;) {
    const where = after === undefined ? sql`` : sql`where (${keyList}) > (${sql.join(after.map((v) => sql`${v}`))})`;
    const result = await sql<Record<string, unknown>>`select ${selected} from ${sql.table(spec.name)} ${where} order by ${keyList} limit ${batchRows}`.execute(db);
    for (const raw of result.rows) yield normaliseRow(columns, raw);
    const last = result.rows.at(-1);
    if (result.rows.length < batchRows || last === undefined) return;
    after = keyColumns.map((c) => normaliseValue(c, last[c.name]));
  }
}

export interface TableDigest {
  readonly rows: number;
  readonly sha256: string;
}

/** The row count and content checksum of a table as it is now. */
export async function digestTable(db: Kysely<Database>, dialect: Dialect, spec: TableSpec): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const row of tableRows(db, dialect, spec)) {
    hash.update(rowLine(row), 'utf8');
    rows += 1;
  }
  return { rows, sha256: hash.digest('hex') };
}

/**
 * Runs `fn` in one read transaction, so every table it reads is of the same moment while
 * the system keeps writing: REPEATABLE READ, READ ONLY on PostgreSQL; on SQLite in WAL
 * mode a transaction reads one snapshot from its first read on, without blocking writers.
 */
export function withReadSnapshot<T>(db: Db, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const builder = db.kysely.transaction();
  const configured = db.dialect === 'postgres' ? builder.setIsolationLevel('repeatable read').setAccessMode('read only') : builder;
  return configured.execute(fn);
}

/** The names of the migrations the database has applied, in order (none when it was never migrated). */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  try {
    const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    return result.rows.map((row) => row.name);
  } catch {
    return [];
  }
}

export async function countRows(db: Kysely<Database>, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
