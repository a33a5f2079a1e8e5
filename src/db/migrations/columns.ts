/**
 * Column types that differ between the two databases, named once so that each
 * migration is written a single time for both.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Dialect } from '../database.js';

export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'integer', (col) =>
    dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
  );
}

/** timestamptz in PostgreSQL; ISO 8601 text in SQLite (sorts correctly as text). */
export function instantType(dialect: Dialect): 'timestamptz' | 'text' {
  return dialect === 'postgres' ? 'timestamptz' : 'text';
}

export function notNull(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return col.notNull();
}
