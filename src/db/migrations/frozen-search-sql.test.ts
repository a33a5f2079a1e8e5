/**
 * The migrations run frozen copies of the search SQL; the live search code (reindex,
 * the vn_fold/vn_exact generator from the TypeScript folding rules) keeps generating
 * it. When the two part, a database migrated from scratch no longer matches what the
 * code builds and queries: that is the moment to write a new migration.
 */
import { describe, expect, it } from 'vitest';
import { POSTGRES_NEAR_SCHEMA, POSTGRES_TRIGRAM_EXTENSION, SQLITE_NEAR_REINDEX, SQLITE_NEAR_SCHEMA } from '../../search/schema-near.js';
import { indexedKinds } from '../../search/kinds.js';
import { POSTGRES_SEARCH_PARTITIONING, POSTGRES_SEARCH_TABLES, POSTGRES_SEARCH_TRIGGERS } from '../../search/schema-postgres.js';
import { SQLITE_COMPACT, SQLITE_SEARCH_TABLES, SQLITE_SEARCH_TRIGGERS, sqliteKindFtsFill } from '../../search/schema-sqlite.js';
import { POSTGRES_SEARCH_SCHEMA_0002, SQLITE_SEARCH_SCHEMA_0002 } from './20261129_0002_search.sql.js';
import {
  POSTGRES_NEAR_SCHEMA_0006,
  POSTGRES_TRIGRAM_EXTENSION_0006,
  SQLITE_NEAR_REINDEX_0006,
  SQLITE_NEAR_SCHEMA_0006,
} from './20261129_0006_search_near.sql.js';
import { POSTGRES_SEARCH_TRIGGERS_0019, SQLITE_SEARCH_TRIGGERS_0019 } from './20261206_0019_search_kinds.sql.js';
import { POSTGRES_SEARCH_TRIGGERS_0020, SQLITE_SEARCH_TRIGGERS_0020 } from './20261206_0020_search_services.sql.js';
import { POSTGRES_SEARCH_TRIGGERS_0021, SQLITE_SEARCH_TRIGGERS_0021 } from './20261206_0021_search_questions.sql.js';
import { SQLITE_SEARCH_TRIGGERS_0030 } from './20261210_0030_search_scope.sql.js';
import { POSTGRES_SEARCH_PARTITIONS_0031, POSTGRES_SEARCH_TRIGGERS_0031 } from './20261211_0031_search_partitions.sql.js';
import { SQLITE_SEARCH_TRIGGERS_0032 } from './20261212_0032_search_exact_table.sql.js';
import { SQLITE_FTS_COMPACT_0033, SQLITE_FTS_FILL_0033, SQLITE_FTS_TABLES_0033, SQLITE_SEARCH_TRIGGERS_0033 } from './20261213_0033_search_newest_first.sql.js';

/** Statements as a set: each kind's come from the migration that added it, the live lists follow the registry's order. */
function asSet(...lists: (readonly string[])[]): string[] {
  return lists.flat().sort();
}

function drifted(live: string, migration: string): string {
  return (
    `The live search SQL ${live} no longer matches the frozen copy migration ${migration} applied. ` +
    'A new migration is due: add one that brings existing databases to the new SQL (freeze its text beside it), ' +
    'then point this comparison at that newest frozen copy. Never edit an applied migration.'
  );
}

describe('live search SQL against the frozen migration SQL', () => {
  // Migration 0002 created the functions and tables and is still what the live code builds
  // them as; its triggers (document ids × 2) were replaced by those of 0019.
  it('PostgreSQL functions and index tables (search/schema-postgres.ts, pg-functions.ts) match migration 0002', () => {
    expect(POSTGRES_SEARCH_TABLES, drifted('POSTGRES_SEARCH_TABLES', '20261129_0002_search')).toEqual(POSTGRES_SEARCH_SCHEMA_0002.slice(0, POSTGRES_SEARCH_TABLES.length));
  });

  // 0030 recreated the FTS table with its scope column, 0032 without the exact body, which it
  // gave a table of its own, 0033 both again (rowids of minus the document id); search_documents is still 0002's.
  it('SQLite index tables (search/schema-sqlite.ts) match migration 0002, the FTS tables migration 0033', () => {
    const frozen = [...SQLITE_SEARCH_SCHEMA_0002.slice(0, 3), ...SQLITE_FTS_TABLES_0033.filter((s) => s.startsWith('CREATE'))];
    expect(SQLITE_SEARCH_TABLES, drifted('SQLITE_SEARCH_TABLES', '20261213_0033_search_newest_first')).toEqual(frozen);
  });

  // The triggers of the indexed kinds: 0019 installed those of articles and pages, 0020
  // those of legal documents, consultations and albums, 0021 those of questions; 0031 replaced
  // them all (rows looked up by site). A kind added later is installed by its own migration.
  it('PostgreSQL triggers of the indexed kinds (search/kinds.ts, schema-postgres.ts) match migration 0031', () => {
    expect(asSet(POSTGRES_SEARCH_TRIGGERS), drifted('POSTGRES_SEARCH_TRIGGERS', '20261211_0031_search_partitions')).toEqual(asSet(POSTGRES_SEARCH_TRIGGERS_0031));
  });

  it('migration 0031 replaced the PostgreSQL trigger of every kind 0019, 0020 and 0021 had installed', () => {
    const names = (statements: readonly string[]) => asSet(statements.filter((s) => s.startsWith('CREATE TRIGGER')).map((s) => s.slice(0, s.indexOf('FOR EACH ROW'))));
    expect(names(POSTGRES_SEARCH_TRIGGERS_0031)).toEqual(names([...POSTGRES_SEARCH_TRIGGERS_0019, ...POSTGRES_SEARCH_TRIGGERS_0020, ...POSTGRES_SEARCH_TRIGGERS_0021]));
  });

  // On SQLite, 0033 recreated the triggers of every kind (they write both FTS tables) and filled both tables.
  it('SQLite triggers and FTS fill of the indexed kinds (search/kinds.ts, schema-sqlite.ts) match migration 0033', () => {
    expect(asSet(SQLITE_SEARCH_TRIGGERS), drifted('SQLITE_SEARCH_TRIGGERS', '20261213_0033_search_newest_first')).toEqual(asSet(SQLITE_SEARCH_TRIGGERS_0033));
    expect(asSet(indexedKinds().flatMap(sqliteKindFtsFill)), drifted('sqliteKindFtsFill', '20261213_0033_search_newest_first')).toEqual(asSet(SQLITE_FTS_FILL_0033));
    expect(SQLITE_COMPACT, drifted('SQLITE_COMPACT', '20261213_0033_search_newest_first')).toEqual(SQLITE_FTS_COMPACT_0033);
  });

  it('migration 0033 recreated the SQLite triggers of every kind 0032 had installed', () => {
    const names = (statements: readonly string[]) => asSet(statements.filter((s) => s.startsWith('DROP TRIGGER')));
    expect(names(SQLITE_SEARCH_TRIGGERS_0033)).toEqual(names(SQLITE_SEARCH_TRIGGERS_0032));
  });

  it('migration 0032 recreated the SQLite triggers of every kind 0030 had installed', () => {
    const names = (statements: readonly string[]) => asSet(statements.filter((s) => s.startsWith('DROP TRIGGER')));
    expect(names(SQLITE_SEARCH_TRIGGERS_0032)).toEqual(names(SQLITE_SEARCH_TRIGGERS_0030));
  });

  it('migration 0030 recreated the SQLite triggers of every kind 0019, 0020 and 0021 had installed', () => {
    const names = (statements: readonly string[]) => asSet(statements.filter((s) => s.startsWith('DROP TRIGGER')));
    expect(names(SQLITE_SEARCH_TRIGGERS_0030)).toEqual(names([...SQLITE_SEARCH_TRIGGERS_0019, ...SQLITE_SEARCH_TRIGGERS_0020, ...SQLITE_SEARCH_TRIGGERS_0021]));
  });

  // 0031 made search_documents again, partitioned by site, with search_row() and every index of 0002, 0006, 0027 and 0030.
  it('PostgreSQL partitioning of the index table (search/schema-postgres.ts) matches migration 0031', () => {
    expect(POSTGRES_SEARCH_PARTITIONING, drifted('POSTGRES_SEARCH_PARTITIONING', '20261211_0031_search_partitions')).toEqual(POSTGRES_SEARCH_PARTITIONS_0031);
    const searchRow = POSTGRES_SEARCH_TABLES.find((s) => s.includes('FUNCTION search_row('));
    expect(searchRow).toBeDefined();
    expect(POSTGRES_SEARCH_PARTITIONS_0031).toContain(searchRow);
  });

  it('near-match SQL (search/schema-near.ts) matches migration 0006', () => {
    expect(POSTGRES_TRIGRAM_EXTENSION, drifted('POSTGRES_TRIGRAM_EXTENSION', '20261129_0006_search_near')).toBe(POSTGRES_TRIGRAM_EXTENSION_0006);
    expect(POSTGRES_NEAR_SCHEMA, drifted('POSTGRES_NEAR_SCHEMA', '20261129_0006_search_near')).toEqual(POSTGRES_NEAR_SCHEMA_0006);
    expect(SQLITE_NEAR_SCHEMA, drifted('SQLITE_NEAR_SCHEMA', '20261129_0006_search_near')).toEqual(SQLITE_NEAR_SCHEMA_0006);
    expect(SQLITE_NEAR_REINDEX, drifted('SQLITE_NEAR_REINDEX', '20261129_0006_search_near')).toEqual(SQLITE_NEAR_REINDEX_0006);
  });
});
