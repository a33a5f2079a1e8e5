/**
 * The migrations run frozen copies of the search SQL; the live search code (reindex,
 * the vn_fold/vn_exact generator from the TypeScript folding rules) keeps generating
 * it. When the two part, a database migrated from scratch no longer matches what the
 * code builds and queries: that is the moment to write a new migration.
 */
import { describe, expect, it } from 'vitest';
import { POSTGRES_NEAR_SCHEMA, POSTGRES_TRIGRAM_EXTENSION, SQLITE_NEAR_REINDEX, SQLITE_NEAR_SCHEMA } from '../../search/schema-near.js';
import { POSTGRES_REINDEX, POSTGRES_SEARCH_SCHEMA } from '../../search/schema-postgres.js';
import { SQLITE_REINDEX, SQLITE_SEARCH_SCHEMA } from '../../search/schema-sqlite.js';
import { POSTGRES_REINDEX_0002, POSTGRES_SEARCH_SCHEMA_0002, SQLITE_REINDEX_0002, SQLITE_SEARCH_SCHEMA_0002 } from './20261129_0002_search.sql.js';
import {
  POSTGRES_NEAR_SCHEMA_0006,
  POSTGRES_TRIGRAM_EXTENSION_0006,
  SQLITE_NEAR_REINDEX_0006,
  SQLITE_NEAR_SCHEMA_0006,
} from './20261129_0006_search_near.sql.js';

function drifted(live: string, migration: string): string {
  return (
    `The live search SQL ${live} no longer matches the frozen copy migration ${migration} applied. ` +
    'A new migration is due: add one that brings existing databases to the new SQL (freeze its text beside it), ' +
    'then point this comparison at that newest frozen copy. Never edit an applied migration.'
  );
}

describe('live search SQL against the frozen migration SQL', () => {
  it('PostgreSQL index, functions and triggers (search/schema-postgres.ts, pg-functions.ts) match migration 0002', () => {
    expect(POSTGRES_SEARCH_SCHEMA, drifted('POSTGRES_SEARCH_SCHEMA', '20261129_0002_search')).toEqual(POSTGRES_SEARCH_SCHEMA_0002);
    expect(POSTGRES_REINDEX, drifted('POSTGRES_REINDEX', '20261129_0002_search')).toEqual(POSTGRES_REINDEX_0002);
  });

  it('SQLite index, FTS table and triggers (search/schema-sqlite.ts) match migration 0002', () => {
    expect(SQLITE_SEARCH_SCHEMA, drifted('SQLITE_SEARCH_SCHEMA', '20261129_0002_search')).toEqual(SQLITE_SEARCH_SCHEMA_0002);
    expect(SQLITE_REINDEX, drifted('SQLITE_REINDEX', '20261129_0002_search')).toEqual(SQLITE_REINDEX_0002);
  });

  it('near-match SQL (search/schema-near.ts) matches migration 0006', () => {
    expect(POSTGRES_TRIGRAM_EXTENSION, drifted('POSTGRES_TRIGRAM_EXTENSION', '20261129_0006_search_near')).toBe(POSTGRES_TRIGRAM_EXTENSION_0006);
    expect(POSTGRES_NEAR_SCHEMA, drifted('POSTGRES_NEAR_SCHEMA', '20261129_0006_search_near')).toEqual(POSTGRES_NEAR_SCHEMA_0006);
    expect(SQLITE_NEAR_SCHEMA, drifted('SQLITE_NEAR_SCHEMA', '20261129_0006_search_near')).toEqual(SQLITE_NEAR_SCHEMA_0006);
    expect(SQLITE_NEAR_REINDEX, drifted('SQLITE_NEAR_REINDEX', '20261129_0006_search_near')).toEqual(SQLITE_NEAR_REINDEX_0006);
  });
});
