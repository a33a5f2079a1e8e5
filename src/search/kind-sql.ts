/**
 * The SQL that puts one kind of content in the search index, for either database: the
 * triggers that keep its documents in step with its table (replacing any of the same
 * name), and the fill that indexes the rows already there. A migration that adds a kind
 * runs a frozen copy of this output (docs/content-types.md, "Adding a kind to search").
 */
import type { Dialect } from '../db/database.js';
import type { IndexedSearchKind } from './kinds.js';
import { postgresKindFill, postgresKindTriggers } from './schema-postgres.js';
import { sqliteKindFill, sqliteKindTriggers } from './schema-sqlite.js';

export interface KindSql {
  triggers: string[];
  fill: string[];
}

export function searchKindSql(kind: IndexedSearchKind, dialect: Dialect): KindSql {
  return dialect === 'postgres'
    ? { triggers: postgresKindTriggers(kind), fill: postgresKindFill(kind) }
    : { triggers: sqliteKindTriggers(kind), fill: sqliteKindFill(kind) };
}
