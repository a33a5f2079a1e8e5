/**
 * The backup commands as the operator runs them: backup and restore print their
 * progress and a Vietnamese summary; migrate-data moves a SQLite installation into an
 * empty PostgreSQL keeping every article, revision, audit entry and account (row counts
 * and content checksums), leaves the media files where they are, and refuses a second
 * run into the now filled target. Mistakes are CliErrors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../backup/dump.js';
import { TABLE_ORDER } from '../backup/table-order.js';
import { createInstallation, fillInstallation, mediaFiles, tableDigests, type Installation } from '../backup/test-fixture.js';
import { openDatabase } from '../db/database.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { runBackupCommand, type BackupCommand, type BackupCommandContext } from './backup-commands.js';

/** Every table a backup holds. */
const TABLES = TABLE_ORDER.length;
import { CliError } from './cli-error.js';

let source: Installation;
let workDir = '';
let sourceDigests: Awaited<ReturnType<typeof tableDigests>>;
let sourceMedia: Record<string, string>;

beforeAll(async () => {
  source = await createInstallation('sqlite');
  await fillInstallation(source);
  sourceDigests = await tableDigests(source.db);
  sourceMedia = await mediaFiles(source.mediaDir);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-backup-cli-'));
});
afterAll(async () => {
  await source.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

function run(command: BackupCommand, args: string[], inst: Installation, tty = false) {
  let printed = '';
  const ctx: BackupCommandContext = {
    db: inst.db,
    mediaDir: inst.mediaDir,
    out: (text) => (printed += text),
    tty,
    openPostgres: (url) => openDatabase({ kind: 'postgres', url }),
  };
  return { done: runBackupCommand(command, args, ctx), printed: () => printed };
}

describe('govportal backup and restore', () => {
  it('back up with a line per table, restore on a terminal with a bar, and say what was done', async () => {
    const file = path.join(workDir, 'sao-luu.tar.gz');
    const articles = Number((await source.db.kysely.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(articles).toBeGreaterThan(0);
    const backup = run('backup', [file], source);
    expect(await backup.done).toBe(0);
    expect(backup.printed()).toContain(`  articles: ${articles} dòng\n`);
    expect(backup.printed()).toMatch(new RegExp(`Đã sao lưu vào .*sao-luu\\.tar\\.gz \\(\\d+ byte\\): ${TABLES} bảng, \\d+ dòng, 2 tệp phương tiện`));

    const target = await createInstallation('sqlite');
    try {
      const restore = run('restore', [file], target, true);
      expect(await restore.done).toBe(0);
      expect(restore.printed()).toContain(`[########################] articles: ${articles}/${articles} dòng`);
      expect(restore.printed()).toMatch(new RegExp(`Đã khôi phục từ .*: ${TABLES} bảng, \\d+ dòng, 2 tệp phương tiện\\.`));
      expect(await tableDigests(target.db)).toEqual(sourceDigests);
    } finally {
      await target.close();
    }
  });

  it('refuses a missing or extra argument, an existing file, and a damaged archive, as CliErrors', async () => {
    await expect(run('backup', [], source).done).rejects.toThrow(CliError);
    await expect(run('restore', ['a', 'b'], source).done).rejects.toThrow(/đúng một tệp/);
    const existing = path.join(workDir, 'co-san.txt');
    fs.writeFileSync(existing, 'x');
    await expect(run('backup', [existing], source).done).rejects.toThrow(CliError);
    await expect(run('restore', [existing], source).done).rejects.toThrow(/bị hỏng hoặc không đầy đủ/);
    await expect(run('migrate-data', ['--to', 'mysql://x'], source).done).rejects.toThrow(/--to postgres/);
    await expect(run('migrate-data', [], source).done).rejects.toThrow(CliError);
  });
});

describe.runIf(postgresAvailable)('govportal migrate-data from SQLite to PostgreSQL', () => {
  let target: TestDatabase;
  let url = '';
  let printed = '';
  beforeAll(async () => {
    target = await createTestDatabase('postgres');
    if (target.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    url = target.target.url;
    // An empty PostgreSQL as an operator creates it: no schema yet, migrate-data migrates it.
    await sql`drop schema public cascade`.execute(target.db.kysely);
    await sql`create schema public`.execute(target.db.kysely);
    const first = run('migrate-data', ['--to', url], source);
    expect(await first.done).toBe(0);
    printed = first.printed();
  });
  afterAll(() => target.drop());

  it('keeps every row of every table, checked by counts and content checksums', async () => {
    expect(await tableDigests(target.db)).toEqual(sourceDigests);
    for (const table of ['articles', 'article_revisions', 'audit_log', 'users', 'media', 'sessions', 'article_authors']) {
      expect(await countRows(target.db.kysely, table), table).toBe(await countRows(source.db.kysely, table));
    }
    expect(await countRows(target.db.kysely, 'article_revisions')).toBe(1);
    expect(await countRows(target.db.kysely, 'audit_log')).toBe(1);
    expect(printed).toContain(`Đã kiểm tra: ${TABLES} bảng khớp số dòng và mã kiểm tra SHA-256 với nguồn.`);
  });

  it('leaves the media files where they are, and says so', async () => {
    expect(await mediaFiles(source.mediaDir)).toEqual(sourceMedia);
    expect(printed).toContain(`Tệp phương tiện vẫn ở ${source.mediaDir}`);
  });

  it('refuses a second run into the now filled target, changing nothing', async () => {
    const before = await tableDigests(target.db);
    await expect(run('migrate-data', ['--to', url], source).done).rejects.toThrow(/Cơ sở dữ liệu đích không trống/);
    expect(await tableDigests(target.db)).toEqual(before);
  });
});
