/**
 * Versioned migrations, applied in name order by Kysely's Migrator. Each migration
 * is written once and receives the dialect for the few column types that differ.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db, Dialect } from '../database.js';
import * as initial from './20261129_0001_initial.js';
import * as search from './20261129_0002_search.js';
import * as editorial from './20261129_0003_editorial.js';
import * as totpReplay from './20261129_0005_totp_replay.js';
import * as searchNear from './20261129_0006_search_near.js';
import * as sessionsIdNotNull from './20261205_0007_sessions_id_not_null.js';
import * as articleTagsByTag from './20261205_0008_article_tags_by_tag.js';
import * as featuredOrder from './20261205_0009_featured_order.js';
import * as siteStateVersion from './20261205_0010_site_state_version.js';
import * as pageWorkflow from './20261205_0011_page_workflow.js';
import * as menuItems from './20261205_0012_menu_items.js';
import * as homeBlocks from './20261205_0013_home_blocks.js';
import * as legalDocuments from './20261206_0014_legal_documents.js';
import * as questions from './20261206_0015_questions.js';
import * as consultations from './20261206_0016_consultations.js';
import * as scheduleDirectory from './20261206_0017_schedule_directory.js';
import * as albums from './20261206_0018_albums.js';
import * as searchKinds from './20261206_0019_search_kinds.js';
import * as searchServices from './20261206_0020_search_services.js';
import * as searchQuestions from './20261206_0021_search_questions.js';
import * as syndication from './20261207_0023_syndication.js';
import * as viewStats from './20261207_0026_view_stats.js';
import * as imports from './20261207_0025_imports.js';
import * as topics from './20261207_0022_topics.js';
import * as siteArchiveMode from './20261207_0024_site_archive_mode.js';
import * as searchTitle from './20261208_0027_search_title.js';
import * as keysetIndexes from './20261208_0028_keyset_indexes.js';
import * as featuredKeyset from './20261209_0029_featured_keyset.js';
import * as searchScope from './20261210_0030_search_scope.js';
import * as searchPartitions from './20261211_0031_search_partitions.js';
import * as searchExactTable from './20261212_0032_search_exact_table.js';
import * as searchNewestFirst from './20261213_0033_search_newest_first.js';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

const MIGRATIONS: Record<string, DialectMigration> = {
  '20261129_0001_initial': initial,
  '20261129_0002_search': search,
  '20261129_0003_editorial': editorial,
  '20261129_0005_totp_replay': totpReplay,
  '20261129_0006_search_near': searchNear,
  '20261205_0007_sessions_id_not_null': sessionsIdNotNull,
  '20261205_0008_article_tags_by_tag': articleTagsByTag,
  '20261205_0009_featured_order': featuredOrder,
  '20261205_0010_site_state_version': siteStateVersion,
  '20261205_0011_page_workflow': pageWorkflow,
  '20261205_0012_menu_items': menuItems,
  '20261205_0013_home_blocks': homeBlocks,
  '20261206_0014_legal_documents': legalDocuments,
  '20261206_0015_questions': questions,
  '20261206_0016_consultations': consultations,
  '20261206_0017_schedule_directory': scheduleDirectory,
  '20261206_0018_albums': albums,
  '20261206_0019_search_kinds': searchKinds,
  '20261206_0020_search_services': searchServices,
  '20261206_0021_search_questions': searchQuestions,
  '20261207_0023_syndication': syndication,
  '20261207_0026_view_stats': viewStats,
  '20261207_0025_imports': imports,
  '20261207_0022_topics': topics,
  '20261207_0024_site_archive_mode': siteArchiveMode,
  '20261208_0027_search_title': searchTitle,
  '20261208_0028_keyset_indexes': keysetIndexes,
  '20261209_0029_featured_keyset': featuredKeyset,
  '20261210_0030_search_scope': searchScope,
  '20261211_0031_search_partitions': searchPartitions,
  '20261212_0032_search_exact_table': searchExactTable,
  '20261213_0033_search_newest_first': searchNewestFirst,
};

/** Every migration, in the order they apply. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  getMigrations(): Promise<Record<string, Migration>> {
    const entries = Object.entries(MIGRATIONS).map(([name, m]): [string, Migration] => [
      name,
      { up: (db: Kysely<unknown>) => m.up(db, this.dialect) },
    ]);
    return Promise.resolve(Object.fromEntries(entries));
  }
}

export class MigrationError extends Error {
  constructor(message: string, override readonly cause: unknown) {
    super(message);
    this.name = 'MigrationError';
  }
}

function outcome({ error, results }: MigrationResultSet): string[] {
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'không rõ';
    throw new MigrationError(`Nâng cấp cơ sở dữ liệu thất bại ở bước ${failed}`, error);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema up to date; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: new InCodeMigrationProvider(db.dialect) });
  return outcome(await migrator.migrateToLatest());
}

/** Applies the migrations up to and including `name` (tests of a later migration's upgrade path). */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: new InCodeMigrationProvider(db.dialect) });
  return outcome(await migrator.migrateTo(name));
}

/**
 * The migrations this code knows that the database has not applied (all of them when it
 * has none): the schema is behind the code while this is not empty. Reads Kysely's own
 * table rather than asking the migrator, which would create its tables on the way.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db.kysely).then(
    (result) => new Set(result.rows.map((row) => row.name)),
    () => new Set<string>(),
  );
  return MIGRATION_NAMES.filter((name) => !applied.has(name));
}
